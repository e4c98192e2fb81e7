// A brief's note read into blocks for the paged formats (Word, PDF): the note's Markdown through
// the exports' own reader, each quote kept where the analyst put it, inline or standing alone.
import { noteBlocks, type NoteBlock, type Span } from '../docx-note';
import type { DrawnChart } from '../chart-render';
import type { BriefMatrix } from './brief-matrix';
import type { BriefPart, BriefQuote } from './brief-model';

export type QuotePart = Exclude<BriefPart, { kind: 'text' | 'matrix' | 'chart' }>;

/** A run of a block: styled text, or a quote (or a quote left out) in the flow of the text. */
export type BriefPiece = { span: Span } | { quote: QuotePart };

export type BriefBlock =
  /** A quote alone in its paragraph: set apart as a block quote. */
  | { kind: 'quote'; quote: BriefQuote }
  | { kind: 'text'; block: NoteBlock; pieces: BriefPiece[] }
  /** An ACH matrix: a table of its own. */
  | { kind: 'matrix'; matrix: BriefMatrix }
  /** A chart: a picture of its own. */
  | { kind: 'chart'; chart: DrawnChart };

/** Stands in for a quote while the Markdown is read (letters and digits only: kept as is). */
const PLACEHOLDER = /DOSSIERQUOTE(\d+)X/g;

export function briefBlocks(parts: readonly BriefPart[]): BriefBlock[] {
  const quotes: Array<Exclude<BriefPart, { kind: 'text' }>> = [];
  const markdown = parts
    .map((part) => {
      if (part.kind === 'text') return part.markdown;
      quotes.push(part);
      const mark = `DOSSIERQUOTE${quotes.length - 1}X`;
      return part.kind === 'matrix' || part.kind === 'chart' ? `\n\n${mark}\n\n` : mark;
    })
    .join('');
  return noteBlocks(markdown).map((block): BriefBlock => {
    const alone = block.spans
      .map((s) => s.text)
      .join('')
      .trim()
      .match(/^DOSSIERQUOTE(\d+)X$/);
    const part = alone ? quotes[Number(alone[1])] : undefined;
    if (part?.kind === 'quote' && part.block) return { kind: 'quote', quote: part.quote };
    if (part?.kind === 'matrix') return { kind: 'matrix', matrix: part.matrix };
    if (part?.kind === 'chart') return { kind: 'chart', chart: part.chart };
    const pieces: BriefPiece[] = [];
    for (const span of block.spans) {
      let at = 0;
      for (const m of span.text.matchAll(PLACEHOLDER)) {
        if (m.index > at) pieces.push({ span: { ...span, text: span.text.slice(at, m.index) } });
        const quote = quotes[Number(m[1])]!;
        if (quote.kind !== 'matrix' && quote.kind !== 'chart') pieces.push({ quote });
        at = m.index + m[0].length;
      }
      if (at < span.text.length) pieces.push({ span: { ...span, text: span.text.slice(at) } });
    }
    return { kind: 'text', block, pieces };
  });
}
