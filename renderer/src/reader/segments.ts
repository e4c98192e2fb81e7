// Cuts one block's text at every highlight edge, so overlapping highlights each get their own marks.
import type { PlacedHighlight } from './highlight-placement';

export interface Segment {
  /** UTF-16 range in the article text. */
  start: number;
  end: number;
  /** Highlights covering the whole segment, outermost (longest) first, for nesting marks. */
  covering: PlacedHighlight[];
}

export function segmentBlock(
  blockStart: number,
  blockEnd: number,
  placed: readonly PlacedHighlight[],
): Segment[] {
  const touching = placed.filter((p) => p.start < blockEnd && p.end > blockStart);
  if (touching.length === 0) return [{ start: blockStart, end: blockEnd, covering: [] }];

  const cuts = new Set([blockStart, blockEnd]);
  for (const p of touching) {
    cuts.add(Math.max(blockStart, p.start));
    cuts.add(Math.min(blockEnd, p.end));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const outerFirst = [...touching].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      a.highlight.createdAt.localeCompare(b.highlight.createdAt),
  );

  const segments: Segment[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    if (end <= start) continue;
    segments.push({
      start,
      end,
      covering: outerFirst.filter((p) => p.start <= start && p.end >= end),
    });
  }
  return segments;
}
