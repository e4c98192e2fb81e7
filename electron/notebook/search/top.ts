// The best k of many scored documents without sorting them all: a bounded min-heap over the
// dense score array, allocating only for the documents that enter it. Ties go to the kind
// shown first (sources, quotes, article notes, notebook notes), then to the newest document.

export interface Ranked {
  n: number;
  score: number;
  kind: number;
}

/** True when (score, kind, n) ranks below `b`. */
const below = (score: number, kind: number, n: number, b: Ranked) =>
  score !== b.score ? score < b.score : kind !== b.kind ? kind > b.kind : n < b.n;
const worse = (a: Ranked, b: Ranked) => below(a.score, a.kind, a.n, b);

/** The k best documents with a score of zero or more, best first. */
export function topK(
  scores: Float32Array,
  kindOf: (n: number) => number,
  k: number,
  skip: ReadonlySet<number>,
): Ranked[] {
  const heap: Ranked[] = [];
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!]);
  const up = (i: number) => {
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!worse(heap[i]!, heap[parent]!)) break;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < heap.length && worse(heap[l]!, heap[least]!)) least = l;
      if (r < heap.length && worse(heap[r]!, heap[least]!)) least = r;
      if (least === i) return;
      swap(i, least);
      i = least;
    }
  };
  if (k <= 0) return [];
  // Newest first: on a tie the newer document wins, so among equal scores (a filter's hits all
  // score 0) the older ones are turned away by one comparison instead of each entering the heap.
  for (let n = scores.length - 1; n >= 0; n--) {
    const score = scores[n]!;
    if (score < 0 || skip.has(n)) continue;
    if (heap.length < k) {
      heap.push({ n, score, kind: kindOf(n) });
      up(heap.length - 1);
      continue;
    }
    const min = heap[0]!;
    if (score < min.score) continue;
    const kind = kindOf(n);
    if (below(score, kind, n, min)) continue;
    heap[0] = { n, score, kind };
    down(0);
  }
  return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
}
