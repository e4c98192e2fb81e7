// Rebuilds a PDF's blocks from its lines: drops running headers, footers and page numbers
// (kept as removed blocks), joins lines into paragraphs, mends hyphenated words, finds headings.
import type { ExtractedBlock } from './extracted';
import type { Line } from './pdf-lines';

export interface PdfBlock extends ExtractedBlock {
  page: number;
  size: number;
}

interface Marked extends Line {
  removed?: string;
}

const PAGE_NUMBER =
  /^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?(?:\d{1,4}|(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3}))(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$/i;
const BULLET_GLYPH = /^[•◦▪‣●○■□∙·\-–*]\s+/;
const NUMBERED = /^\(?\d{1,3}[.)]\s+/;
const ENDS_SENTENCE = /[.!?:;…]["'”’)\]]*$/;
/** A table-of-contents entry: dot leaders and a page number. */
const TOC_ENTRY = /(?:\.\s?){3,}\s*(?:\d+|[ivxlc]+)$/i;

export function layoutLines(pages: Line[][], pageHeights: number[]): PdfBlock[] {
  const marked = markMargins(pages, pageHeights);
  const kept = marked.filter((l) => !l.removed);
  const body = bodySize(kept);
  const lineGap = typicalGap(kept, body);
  const margins = columnMargins(kept, body);
  const words = wordSet(kept);

  const blocks: PdfBlock[] = [];
  let pending: PdfBlock[] = [];
  let current: (PdfBlock & { last: Line }) | null = null;
  const close = () => {
    if (current)
      blocks.push({
        kind: current.kind,
        text: current.text,
        page: current.page,
        size: current.size,
      });
    current = null;
    blocks.push(...pending);
    pending = [];
  };

  for (const line of marked) {
    if (line.removed) {
      // A header between two halves of a paragraph must not cut it: it follows the paragraph.
      const block = { kind: 'paragraph' as const, text: line.text, removed: line.removed };
      (current ? pending : blocks).push({ ...block, page: line.page, size: line.size });
      continue;
    }
    const heading = line.size >= body * 1.15 && line.text.length <= 200;
    // A dash or a number opening a wrapped line ("the valley\n– home to") is not a list
    // unless the line before closed a sentence or was an item itself.
    const open: boolean =
      !current || current.kind === 'list-item' || ENDS_SENTENCE.test(current.last.text);
    const glyph: boolean = BULLET_GLYPH.test(line.text) && (open || /^[•◦▪‣●○■□]/.test(line.text));
    const bullet: boolean = glyph || (open && NUMBERED.test(line.text));
    const margin = margins.get(key(line)) ?? { left: line.x0, right: line.x1 };
    if (current && continues(current, current.last, line, heading, bullet, margin)) {
      current.text = joinLines(current.text, line.text, words);
      current.last = line;
      continue;
    }
    close();
    const kind: PdfBlock['kind'] = heading ? 'heading' : bullet ? 'list-item' : 'paragraph';
    const text: string = glyph ? line.text.replace(BULLET_GLYPH, '') : line.text;
    current = { kind, text, page: line.page, size: line.size, last: line };
  }
  close();
  return blocks;

  function continues(
    block: PdfBlock,
    prev: Line,
    line: Line,
    heading: boolean,
    bullet: boolean,
    margin: { left: number; right: number },
  ): boolean {
    if (bullet || (block.kind === 'heading') !== heading || TOC_ENTRY.test(prev.text)) return false;
    if (Math.abs(line.size - prev.size) > 0.15 * prev.size || line.mono !== prev.mono) return false;
    const indented = line.x0 > margin.left + 0.7 * line.size;
    if (line.page !== prev.page || line.column !== prev.column) {
      // Across a page or column break only position-free evidence counts: an unfinished
      // sentence continues, unless the new line starts indented like a fresh paragraph.
      if (heading) return false;
      // A list item's wrapped text hangs right of the margin; a paragraph's does not.
      return !ENDS_SENTENCE.test(prev.text) && indented === (block.kind === 'list-item');
    }
    const dy = line.y - prev.y;
    if (heading) return dy > 0 && dy <= 1.6 * line.size;
    if (dy <= 0 || dy > lineGap * 1.3 + 1) return false;
    // A list item's wrapped lines hang under its text; a paragraph's first line is indented.
    if (indented && block.kind !== 'list-item') return false;
    const short = prev.x1 < margin.right - 0.2 * (margin.right - margin.left);
    return !(short && ENDS_SENTENCE.test(prev.text));
  }
}

/**
 * Marks page numbers and running headers/footers: a line among the first or last two of a
 * page whose text (digits aside) recurs at the same height on at least 40% of the pages.
 */
function markMargins(pages: Line[][], heights: number[]): Marked[] {
  const pageCount = pages.filter((p) => p.length > 0).length;
  const needed = Math.max(2, Math.ceil(pageCount * 0.4));
  const out: Marked[][] = pages.map((lines) => lines.map((l) => ({ ...l })));
  const inMargin = (l: Line) => {
    const height = heights[l.page] ?? 0;
    return l.y < height * 0.15 || l.y > height * 0.85;
  };
  const label = (l: Line) =>
    l.y < (heights[l.page] ?? 0) / 2 ? 'running header' : 'running footer';
  const byText = new Map<string, Marked[]>();
  const edges: Marked[] = [];
  for (const lines of out) {
    const byY = [...lines].sort((a, b) => a.y - b.y);
    for (const line of new Set([...byY.slice(0, 2), ...byY.slice(-2)])) {
      edges.push(line);
      const text = line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ');
      byText.set(text, [...(byText.get(text) ?? []), line]);
    }
  }
  for (const same of byText.values()) {
    for (const line of same) {
      if (inMargin(line) && PAGE_NUMBER.test(line.text)) {
        line.removed = 'page number';
        continue;
      }
      const pagesWithIt = new Set(
        same.filter((c) => Math.abs(c.y - line.y) <= 4).map((c) => c.page),
      );
      if (pagesWithIt.size >= needed) line.removed = label(line);
    }
  }
  // Headers that change by chapter ("Chapter 2: ... 3") recur on too few pages to count,
  // but they sit in the margin slot, at the size, of the headers that did.
  const slots = edges.filter((l) => l.removed && l.removed !== 'page number');
  for (const line of edges) {
    if (line.removed || !inMargin(line)) continue;
    const same = (s: Line) =>
      s.page !== line.page && Math.abs(s.y - line.y) <= 2 && Math.abs(s.size - line.size) < 0.5;
    if (slots.some(same)) line.removed = label(line);
  }
  return out.flat();
}

/** The size most of the text is set in, weighted by length. */
function bodySize(lines: Line[]): number {
  const weight = new Map<number, number>();
  for (const l of lines) {
    const size = Math.round(l.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + l.text.length);
  }
  let best = 0;
  let most = -1;
  for (const [size, w] of weight) if (w > most) [best, most] = [size, w];
  return best || 10;
}

/** The usual distance between baselines of body text: most neighbours sit within a paragraph. */
function typicalGap(lines: Line[], body: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1]!;
    const b = lines[i]!;
    const dy = b.y - a.y;
    if (a.page === b.page && a.column === b.column && dy > 0 && Math.abs(a.size - body) < 0.5) {
      gaps.push(dy);
    }
  }
  gaps.sort((p, q) => p - q);
  return gaps[Math.floor(gaps.length * 0.4)] ?? body * 1.2;
}

const key = (l: Line) => `${l.page}:${l.column}`;

/** Each column's text edges: the commonest left edge of its body lines and their right-most end. */
function columnMargins(lines: Line[], body: number): Map<string, { left: number; right: number }> {
  const groups = new Map<string, Line[]>();
  for (const l of lines) groups.set(key(l), [...(groups.get(key(l)) ?? []), l]);
  const out = new Map<string, { left: number; right: number }>();
  for (const [k, group] of groups) {
    const bodyLines = group.filter((l) => Math.abs(l.size - body) < 1);
    const sample = bodyLines.length ? bodyLines : group;
    const counts = new Map<number, number>();
    for (const l of sample) counts.set(Math.round(l.x0), (counts.get(Math.round(l.x0)) ?? 0) + 1);
    const left = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
    out.set(k, { left, right: Math.max(...sample.map((l) => l.x1)) });
  }
  return out;
}

function wordSet(lines: Line[]): Set<string> {
  const words = new Set<string>();
  for (const l of lines) {
    for (const w of l.text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []) {
      words.add(w);
    }
  }
  return words;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * Joins a line to the text before it. A word broken with a hyphen at the line end is mended
 * unless the document spells it with a hyphen elsewhere ("well-known"), or it continues with
 * a capital ("anti-American").
 */
export function joinLines(before: string, after: string, words: ReadonlySet<string>): string {
  const soft = /(\p{L}+)\u00AD$/u.exec(before);
  if (soft) return before.slice(0, -1) + after;
  const hyphen = /(\p{L}+)[-\u2010]$/u.exec(before);
  const next = /^(\p{L}+)/u.exec(after);
  if (hyphen && next) {
    const head = hyphen[1]!;
    const tail = next[1]!;
    const keep =
      /^\p{Lu}/u.test(tail) ||
      (words.has(`${head}-${tail}`.toLowerCase()) && !words.has(`${head}${tail}`.toLowerCase()));
    return keep ? before + after : before.slice(0, -1) + after;
  }
  if (CJK.test(before.slice(-1)) && CJK.test(after.slice(0, 1))) return before + after;
  return `${before} ${after}`;
}
