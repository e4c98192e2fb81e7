// The identifiers and timestamps every schema uses (apart from model.ts so any schema can import them).
import { z } from 'zod';
import { MAX_ID_CHARS } from './limits';

export const Id = z.string().min(1).max(MAX_ID_CHARS);
export const IsoDateTime = z.iso.datetime({ offset: true });
/** A calendar date as printed on a page, `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date();
