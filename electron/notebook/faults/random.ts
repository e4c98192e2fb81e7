// Repeatable randomness for the fault suite: a failing run names its seed, and the same seed
// makes the same choices again (the moments of the kills still vary).
export interface Random {
  /** In [0, 1). */
  next(): number;
  /** In [0, below). */
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
  token(): string;
}

export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'purple', 'orange'] as const;

/** mulberry32: small, fast, and good enough to choose operations. */
export function randomSource(seed: number): Random {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    pick: <T>(items: readonly T[]) => items[int(items.length)]!,
    token: () => `${Date.now().toString(36)}${int(2 ** 32).toString(36)}`,
  };
}

const WORDS = (
  'the ministry said talks would resume after a review of earlier failures while officials ' +
  'in the capital denied any report of troop movements near the border crossing and analysts ' +
  'noted that shipments of grain fuel and medicine had been delayed for weeks by inspections'
).split(' ');

export function sentence(random: Random, words: number): string {
  const chosen = Array.from({ length: words }, () => random.pick(WORDS));
  const text = chosen.join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}
