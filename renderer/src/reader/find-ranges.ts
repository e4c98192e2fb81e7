// Turns ranges of the article text (UTF-16 offsets) into DOM positions over the reader's text
// nodes, which highlights cut into pieces; the gaps between blocks belong to no node.
import type { TextRun } from './selection-offsets';

export interface TextSpan {
  start: number;
  end: number;
}

export interface NodeSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/**
 * Where [start, end) lies among `runs` (in text order, as `textRuns` gives them): a start in a
 * gap moves forward to the next node, an end in a gap back to the previous one. Null when no
 * rendered text lies inside the span (a removed block, a gap).
 */
export function nodeSpan(runs: readonly TextRun[], { start, end }: TextSpan): NodeSpan | null {
  if (end <= start || runs.length === 0) return null;
  // The last run beginning at or before `start`; the start lies in it or in the gap after it.
  let first = lastRunAtOrBefore(runs, start);
  if (first === -1 || start >= runEnd(runs[first]!)) first++;
  // The last run beginning before `end`.
  const last = lastRunAtOrBefore(runs, end - 1);
  if (first >= runs.length || last === -1 || last < first) return null;
  const from = runs[first]!;
  const to = runs[last]!;
  return {
    startNode: from.node,
    startOffset: Math.max(0, start - from.start),
    endNode: to.node,
    endOffset: Math.min(to.node.length, end - to.start),
  };
}

const runEnd = (run: TextRun) => run.start + run.node.length;

function lastRunAtOrBefore(runs: readonly TextRun[], offset: number): number {
  let low = 0;
  let high = runs.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (runs[mid]!.start <= offset) low = mid + 1;
    else high = mid;
  }
  return low - 1;
}
