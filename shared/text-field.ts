// A free-text field of the contract: a string with its cap, refused past it in words.
import { z } from 'zod';

export const Text = (what: string, max: number) =>
  z
    .string()
    .max(max, `${what} is longer than the ${max.toLocaleString('en')} characters it may be`);
