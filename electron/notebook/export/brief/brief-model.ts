// A brief: notebook notes as the analyst wrote them, each `[[highlight:id]]` resolved to the
// quote's current words and a numbered citation, the sources list after, and what could not be
// quoted named. Every format (Markdown, HTML, Word, PDF) renders this one model.
import type { BriefStyle } from '../../../../shared/contract';
import { exportTitle } from '../../../../shared/export-title';
import type { ArticleDetail, Highlight, Note } from '../../../../shared/model';
import { codeRanges, splitAchRefs, splitChartRefs, splitRefs } from '../../../../shared/note-refs';
import { paragraphNumbers } from '../../../../shared/paragraphs';
import { NotebookError } from '../../../../shared/result';
import { dateOriginLabel, gradeSentence, paragraphsOf } from '../quote-provenance';
import type { ExportSource } from '../source';
import { ChartKind } from '../../../../shared/charts';
import { renderChart, type DrawnChart } from '../chart-render';
import { briefMatrix, type BriefMatrix } from './brief-matrix';
import { cite, type Cite } from './citations';

export interface BriefQuote {
  /** The footnote's number (1-based, in reading order over every note of the brief). */
  note: number;
  /** The quote's words as the article holds them now. */
  words: string;
  /** The footnote: the style's citation, then where the date came from and when it was captured. */
  footnote: string;
  /** Right-to-left script in the quote (Urdu, Arabic...): laid out so. */
  rtl: boolean;
}

/** A note's Markdown cut at its quotes: text runs, and quotes or references to nothing. */
export type BriefPart =
  | { kind: 'text'; markdown: string }
  | { kind: 'quote'; quote: BriefQuote; block: boolean }
  /** An ACH matrix standing alone in its paragraph, its quote rows cited like any quote. */
  | { kind: 'matrix'; matrix: BriefMatrix }
  /** A chart standing alone in its paragraph, drawn as it is now. */
  | { kind: 'chart'; chart: DrawnChart }
  /** `mark` stands in the text where the quote was; the end of the brief says why. */
  | { kind: 'missing'; highlightId: string; block: boolean; mark: string };

/** What stands where a quote the brief could not write out was (the end of the brief says why). */
export const LEFT_OUT_MARK = '[quote left out: see the end of this brief]';
/** The same, where the notes are one section of a whole-notebook export. */
export const LEFT_OUT_OF_SECTION = '[quote left out: see the end of the notebook notes]';

export interface BriefNote {
  title: string;
  parts: BriefPart[];
}

export interface BriefModel {
  title: string;
  style: BriefStyle;
  notes: BriefNote[];
  /** Every quote, in footnote order. */
  quotes: BriefQuote[];
  sources: string[];
  /** What the brief could not write out, and why (also said in the file). */
  leftOut: string[];
  generatedAt: Date;
}

const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** The day in the words a footnote uses: 26 June 2024. */
const longDay = (iso: string) =>
  new Date(`${iso.slice(0, 10)}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });

/** Where the date came from and when the source was captured, after the style's citation. */
function provenance(article: ArticleDetail): string {
  const origin = dateOriginLabel(article);
  const dated = article.publishedAt
    ? origin
      ? `Date ${origin}.`
      : ''
    : 'No publication date known.';
  return [dated, `Captured ${longDay(article.capturedAt)}.`].filter(Boolean).join(' ');
}

export async function openBrief(
  source: ExportSource,
  noteIds: readonly string[],
  style: BriefStyle,
  generatedAt = new Date(),
  leftOutMark = LEFT_OUT_MARK,
): Promise<BriefModel> {
  const all = source.notes();
  const chosen: Note[] = [...new Set(noteIds)].map((id) => {
    const note = all.find((n) => n.id === id);
    if (!note) throw new NotebookError('NOT_FOUND', `There is no notebook note ${id}.`);
    return note;
  });
  return briefOfNotes(source, chosen, style, generatedAt, leftOutMark);
}

/** ACH matrices on their own as a brief: each under its question, its quotes cited. */
export function openMatrixBrief(
  source: ExportSource,
  achIds: readonly string[],
  style: BriefStyle,
  generatedAt = new Date(),
): Promise<BriefModel> {
  const notes = [...new Set(achIds)].map((id): Note => {
    const matrix = source.achMatrix?.(id);
    if (!matrix) throw new NotebookError('NOT_FOUND', `achIds: there is no ACH matrix ${id}.`);
    return {
      id,
      title: matrix.question,
      body: `[[ach:${id}]]`,
      createdAt: matrix.createdAt,
      updatedAt: matrix.updatedAt,
    };
  });
  return briefOfNotes(source, notes, style, generatedAt, LEFT_OUT_MARK);
}

async function briefOfNotes(
  source: ExportSource,
  chosen: readonly Note[],
  style: BriefStyle,
  generatedAt: Date,
  leftOutMark: string,
): Promise<BriefModel> {
  const articles = new Map<string, ArticleDetail>();
  const leftOut: string[] = [];
  const cites: Cite[] = [];
  const pending: Array<{ quote: BriefQuote; article: ArticleDetail; grade: string | null }> = [];
  const notes: BriefNote[] = [];
  /** Numbers a quote's note in reading order; its words are written where it stands. */
  const citeQuote = (article: ArticleDetail, highlight: Highlight): BriefQuote => {
    const range = paragraphsOf(article, highlight);
    cites.push({ articleId: article.id, paragraphs: paragraphNumbers(range) });
    const quote: BriefQuote = {
      note: cites.length,
      words: highlight.quote.exact,
      footnote: '',
      rtl: RTL.test(highlight.quote.exact),
    };
    pending.push({ quote, article, grade: gradeSentence(article, highlight) });
    return quote;
  };
  const matrixQuotes = {
    read: (highlightId: string) => quoted(source, articles, highlightId),
    cite: citeQuote,
  };
  for (const note of chosen) {
    const parts: BriefPart[] = [];
    for (const piece of splitRefs(note.body, { skipCode: true })) {
      if ('text' in piece) {
        for (const bit of splitAchRefs(piece.text)) {
          if ('text' in bit) {
            for (const chartBit of splitChartRefs(bit.text)) {
              if ('text' in chartBit) {
                if (chartBit.text) parts.push({ kind: 'text', markdown: chartBit.text });
                continue;
              }
              const kind = ChartKind.safeParse(chartBit.chart);
              const data = kind.success ? await source.chart?.(kind.data) : undefined;
              if (!data) {
                leftOut.push(
                  kind.success
                    ? `The chart “${chartBit.chart}” in “${noteTitle(note)}”: charts are not drawn in this export.`
                    : `A chart in “${noteTitle(note)}”: there is no chart “${chartBit.chart}” (${ChartKind.options.join(', ')}).`,
                );
                parts.push({
                  kind: 'text',
                  markdown: `*${leftOutMark.replace('quote', 'chart')}*`,
                });
                continue;
              }
              parts.push({ kind: 'chart', chart: renderChart(data) });
            }
            continue;
          }
          const record = source.achMatrix?.(bit.achId);
          if (!record) {
            leftOut.push(`A matrix in “${noteTitle(note)}”: it is no longer in the notebook.`);
            parts.push({ kind: 'text', markdown: `*${leftOutMark.replace('quote', 'matrix')}*` });
            continue;
          }
          parts.push({ kind: 'matrix', matrix: await briefMatrix(record, matrixQuotes) });
        }
        continue;
      }
      const found = await quoted(source, articles, piece.highlightId);
      if (typeof found === 'string') {
        leftOut.push(`A quote in “${noteTitle(note)}”: ${found}`);
        parts.push({ kind: 'missing', ...piece, mark: leftOutMark });
        continue;
      }
      parts.push({
        kind: 'quote',
        quote: citeQuote(found.article, found.highlight),
        block: piece.block,
      });
    }
    notes.push({ title: noteTitle(note), parts });
  }

  const cited = [...articles.values()];
  const { notes: texts, sources } = cite(style, cited, cites);
  // Where the date came from and the capture day are said at a source's first note only.
  const told = new Set<string>();
  for (const { quote, article, grade } of pending) {
    const first = !told.has(article.id);
    told.add(article.id);
    quote.footnote = [texts[quote.note - 1], first ? provenance(article) : '', grade ?? '']
      .filter(Boolean)
      .join(' ')
      .trim();
  }
  return {
    title: exportTitle({ notes: chosen.map(noteTitle) }),
    style,
    notes,
    quotes: pending.map((p) => p.quote),
    sources,
    leftOut,
    generatedAt,
  };
}

/** Every matrix the brief shows, in order. */
export const matrixParts = (brief: BriefModel): BriefMatrix[] =>
  brief.notes.flatMap((n) => n.parts.flatMap((p) => (p.kind === 'matrix' ? [p.matrix] : [])));

const noteTitle = (note: Note) => note.title.trim() || 'Untitled note';

/** The highlight and its article, or why it cannot be quoted. */
async function quoted(
  source: ExportSource,
  articles: Map<string, ArticleDetail>,
  highlightId: string,
): Promise<{ article: ArticleDetail; highlight: Highlight } | string> {
  const articleId = source.articleOfHighlight(highlightId);
  if (!articleId) return 'the highlight it quoted is no longer in the notebook.';
  let article = articles.get(articleId);
  if (!article) {
    try {
      article = await source.readArticle(articleId);
    } catch (error) {
      return `its article could not be read (${error instanceof Error ? error.message : String(error)}).`;
    }
    articles.set(articleId, article);
  }
  const highlight = article.highlights.find((h) => h.id === highlightId);
  if (!highlight) return 'the highlight it quoted is no longer in the notebook.';
  if (highlight.orphan) {
    return `“${highlight.quote.exact.slice(0, 60)}” is no longer in the article’s text.`;
  }
  return { article, highlight };
}

const ATX_HEADING = /^( {0,3})(#{1,6})(?=[ \t]|$)/gm;

/**
 * A note's parts with its own headings moved under the heading it is written beneath: the
 * note's highest heading becomes `top` (2 under a level-1 title), the rest keep their steps
 * below it, none deeper than 6. Headings inside code stay as typed.
 */
export function nestHeadings(parts: readonly BriefPart[], top: number): BriefPart[] {
  const levels = parts.flatMap((part) =>
    part.kind === 'text' ? headingsOutsideCode(part.markdown).map((h) => h.level) : [],
  );
  if (!levels.length) return [...parts];
  const shift = Math.min(Math.max(top, 1), 6) - Math.min(...levels);
  if (!shift) return [...parts];
  return parts.map((part) => {
    if (part.kind !== 'text') return part;
    let markdown = part.markdown;
    // From the end, so earlier offsets stay true as the marks change length.
    for (const h of headingsOutsideCode(markdown).reverse()) {
      const level = Math.min(Math.max(h.level + shift, 1), 6);
      markdown = markdown.slice(0, h.at) + '#'.repeat(level) + markdown.slice(h.at + h.level);
    }
    return { ...part, markdown };
  });
}

function headingsOutsideCode(markdown: string): Array<{ at: number; level: number }> {
  const code = codeRanges(markdown);
  return Array.from(markdown.matchAll(ATX_HEADING), (m) => ({
    at: m.index + m[1]!.length,
    level: m[2]!.length,
  })).filter(({ at }) => !code.some(([from, to]) => at >= from && at < to));
}
