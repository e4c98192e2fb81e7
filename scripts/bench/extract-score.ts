// The extraction benchmark's metric in-process (4-token shingles; precision and recall per
// page, averaged; F1 from the means), for fitting the cleaners' numbers and for per-page
// figures. The printed totals still come from the benchmark's own scorer.

export interface PageScore {
  precision: number | null;
  recall: number | null;
}

const tokens = (s: string) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];

export function shingles(text: string): Map<string, number> {
  const t = tokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - 3); i++) {
    const k = t.slice(i, i + 4).join(' ');
    if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function scorePage(gold: Map<string, number>, text: string): PageScore {
  const got = shingles(text);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const k of new Set([...gold.keys(), ...got.keys()])) {
    const a = gold.get(k) ?? 0;
    const b = got.get(k) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  if (fp === 0 && fn === 0 && tp > 0) return { precision: 1, recall: 1 };
  return {
    precision: tp + fp > 0 ? tp / (tp + fp) : null,
    recall: tp + fn > 0 ? tp / (tp + fn) : null,
  };
}

/** F1 of one page (its own precision and recall). */
export function pageF1({ precision, recall }: PageScore): number {
  const p = precision ?? 0;
  const r = recall ?? 0;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

/** The benchmark's F1 over pages: precision and recall averaged, then combined. */
export function setF1(scores: readonly PageScore[]): {
  f1: number;
  precision: number;
  recall: number;
} {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / (v.length || 1);
  const precision = mean(scores.flatMap((s) => (s.precision === null ? [] : [s.precision])));
  const recall = mean(scores.flatMap((s) => (s.recall === null ? [] : [s.recall])));
  return { f1: (2 * precision * recall) / (precision + recall || 1), precision, recall };
}
