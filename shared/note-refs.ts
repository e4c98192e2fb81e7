// How a notebook note quotes a highlight by reference: `[[highlight:<id>]]` in its Markdown.
// The reference stays linked to the highlight; readers render it as the quote with its source.
// This is the one parser of references: the editor's preview, search and the brief all use it.

const REF = /\[\[highlight:([A-Za-z0-9-]{1,64})\]\]/g;

/** Fenced code blocks (``` or ~~~, to their closing fence or the end) and inline code spans. */
const CODE =
  /^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^[ \t]{0,3}\1[^\n]*$|(?![\s\S]))|(?<!`)(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?[^`]\2(?!`)/gm;

export const highlightRef = (id: string) => `[[highlight:${id}]]`;

/** A reference found in a note: where it stands, and whether it is alone in its paragraph. */
export interface NoteRef {
  highlightId: string;
  start: number;
  end: number;
  /** Alone on its line between blank lines (or the note's ends): a block quote, not inline. */
  block: boolean;
}

/** The stretches of a note's Markdown that are code, where a reference is only typed text. */
export function codeRanges(body: string): Array<[number, number]> {
  return Array.from(body.matchAll(CODE), (m) => [m.index, m.index + m[0].length]);
}

/** Every reference in a note in order; `skipCode` leaves those inside code spans and fences. */
export function noteRefs(body: string, { skipCode = false } = {}): NoteRef[] {
  const code = skipCode ? codeRanges(body) : [];
  const inCode = (at: number) => code.some(([from, to]) => at >= from && at < to);
  const refs: NoteRef[] = [];
  for (const m of body.matchAll(REF)) {
    if (inCode(m.index)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const block =
      /(^|\n[ \t]*\n)[ \t]*$/.test(body.slice(0, start)) &&
      /^[ \t]*(\n[ \t]*\n|\n?$)/.test(body.slice(end));
    refs.push({ highlightId: m[1]!, start, end, block });
  }
  return refs;
}

/** The highlight ids a note refers to, in order of first appearance. */
export function highlightRefs(body: string): string[] {
  return [...new Set(noteRefs(body).map((r) => r.highlightId))];
}

export type NotePart = { text: string } | { highlightId: string; block: boolean };

/**
 * Splits a note body into text and references, for rendering each reference as a quote.
 * With `skipCode`, a reference inside a code span or fence stays text, as the analyst typed it.
 */
export function splitRefs(body: string, options: { skipCode?: boolean } = {}): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const ref of noteRefs(body, options)) {
    if (ref.start > last) parts.push({ text: body.slice(last, ref.start) });
    parts.push({ highlightId: ref.highlightId, block: ref.block });
    last = ref.end;
  }
  if (last < body.length) parts.push({ text: body.slice(last) });
  return parts;
}

// ---- an ACH matrix in a note: `[[ach:<id>]]` alone in its paragraph stands for the table ----

const ACH_REF = /(^|\n[ \t]*\n)[ \t]*\[\[ach:([A-Za-z0-9-]{1,64})\]\][ \t]*(?=\n[ \t]*\n|\n?$)/g;

export const achRef = (id: string) => `[[ach:${id}]]`;

export type MatrixPart = { text: string } | { achId: string };

/** Splits a note's Markdown at matrices standing alone in their paragraphs (not inside code). */
export function splitAchRefs(markdown: string): MatrixPart[] {
  const code = codeRanges(markdown);
  const parts: MatrixPart[] = [];
  let last = 0;
  for (const m of markdown.matchAll(ACH_REF)) {
    const start = m.index + m[1]!.length;
    if (code.some(([from, to]) => start >= from && start < to)) continue;
    if (start > last) parts.push({ text: markdown.slice(last, start) });
    parts.push({ achId: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < markdown.length) parts.push({ text: markdown.slice(last) });
  return parts;
}

/** The matrices a note shows, in order. */
export const achRefs = (markdown: string): string[] =>
  splitAchRefs(markdown).flatMap((p) => ('achId' in p ? [p.achId] : []));

// ---- a chart in a note: `[[chart:<kind>]]` alone in its paragraph draws it in the brief ----

const CHART_REF = /(^|\n[ \t]*\n)[ \t]*\[\[chart:([a-z-]{1,32})\]\][ \t]*(?=\n[ \t]*\n|\n?$)/g;

export const chartRef = (kind: string) => `[[chart:${kind}]]`;

export type ChartPart = { text: string } | { chart: string };

/** Splits a note's Markdown at charts standing alone in their paragraphs (not inside code). */
export function splitChartRefs(markdown: string): ChartPart[] {
  const code = codeRanges(markdown);
  const parts: ChartPart[] = [];
  let last = 0;
  for (const m of markdown.matchAll(CHART_REF)) {
    const start = m.index + m[1]!.length;
    if (code.some(([from, to]) => start >= from && start < to)) continue;
    if (start > last) parts.push({ text: markdown.slice(last, start) });
    parts.push({ chart: m[2]! });
    last = m.index + m[0].length;
  }
  if (last < markdown.length) parts.push({ text: markdown.slice(last) });
  return parts;
}
