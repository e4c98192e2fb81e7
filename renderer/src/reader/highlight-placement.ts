// Finds where each highlight sits in the article's text today (UTF-16), and which paragraph holds it.
// Each highlight's place is remembered for its text, so a change re-anchors only what is new.
import { anchor, CONTEXT_LENGTH, snapToGraphemes } from '../../../shared/anchoring';
import type { ArticleDetail, Block, Highlight } from '../../../shared/model';
import { paragraphRange, type ParagraphRange } from '../../../shared/paragraphs';

export interface PlacedHighlight {
  highlight: Highlight;
  /** UTF-16 range in the article text. */
  start: number;
  end: number;
  /** 1-based numbers of the kept blocks the quote begins and ends in, as the exports cite them. */
  paragraph: ParagraphRange;
}

export interface Placement {
  /** In document order: by start, then the longer (outer) one first. */
  placed: PlacedHighlight[];
  /** Highlights whose quote is no longer in the text: listed, never attached to other words. */
  orphans: Highlight[];
}

type PlacementInput = Pick<ArticleDetail, 'text' | 'blocks' | 'highlights'>;

/** One text with its blocks, as highlights were placed over it. */
interface TextContext {
  text: string;
  blocks: readonly Block[];
  /** Code point offset -> UTF-16 offset, built when first needed. */
  toUtf16?: (points: number) => number;
}

/** Where a highlight was placed, and over which text; null: an orphan there. */
interface Remembered {
  context: TextContext;
  placed: PlacedHighlight | null;
}

const remembered = new WeakMap<Highlight, Remembered>();
/** The texts placed over most recently: an article, and the few a note's quotes come from. */
const recentContexts: TextContext[] = [];
const RECENT_CONTEXTS = 8;

export function placeHighlights(article: PlacementInput): Placement {
  const context = contextOf(article.text, article.blocks);
  const placed: PlacedHighlight[] = [];
  const orphans: Highlight[] = [];
  for (const highlight of article.highlights) {
    let known = remembered.get(highlight);
    if (!known || known.context !== context) {
      known = { context, placed: placeOne(context, highlight) };
      remembered.set(highlight, known);
    }
    if (known.placed) placed.push(known.placed);
    else orphans.push(highlight);
  }
  placed.sort(
    (a, b) =>
      a.start - b.start ||
      b.end - a.end ||
      a.highlight.createdAt.localeCompare(b.highlight.createdAt),
  );
  return { placed, orphans };
}

function placeOne(context: TextContext, highlight: Highlight): PlacedHighlight | null {
  // An orphan's quote may still occur elsewhere; it is never attached to other words.
  if (highlight.orphan) return null;
  const { text, blocks } = context;
  const range =
    inPlace(context, highlight) ??
    anchor(text, { quote: highlight.quote, position: highlight.position });
  if (!range || range.end <= range.start) return null;
  return { highlight, ...range, paragraph: paragraphRange(blocks, range.start, range.end) };
}

/**
 * The quote still where it was, with all its context around it: the anchoring would choose this
 * very place (nothing scores higher than the exact words, context and position), so its search
 * through the whole text and its scoring of every other occurrence can be skipped.
 */
function inPlace(context: TextContext, { quote, position }: Highlight) {
  const { text } = context;
  if (!quote.exact) return null;
  context.toUtf16 ??= codePointIndex(text);
  const start = context.toUtf16(position.start);
  const end = start + quote.exact.length;
  if (
    !text.startsWith(quote.exact, start) ||
    !text.startsWith(quote.prefix, start - quote.prefix.length) ||
    start < quote.prefix.length ||
    !text.startsWith(quote.suffix, end)
  ) {
    return null;
  }
  // Little context (a short quote beginning and ending its paragraph) may be too little evidence.
  const evidence =
    paragraphSide(quote.prefix, -1) +
    paragraphSide(quote.suffix, 0) +
    Math.max(0, quote.exact.length - 16);
  if (evidence < SURE_EVIDENCE) return null;
  // A context cut short by the text's edge says the quote began (ended) the text: it must still.
  if (edgeContext(quote.prefix, CONTEXT_LENGTH) && start !== quote.prefix.length) return null;
  const suffixEnd = end + quote.suffix.length;
  if (edgeContext(quote.suffix, CONTEXT_LENGTH - 1) && suffixEnd !== text.length) return null;
  return plainEdge(text, start) && plainEdge(text, end)
    ? { start, end }
    : snapToGraphemes(text, start, end);
}

/** Characters of context within the quote's paragraph: well past what a quote in place needs. */
const SURE_EVIDENCE = 24;

/** The length of one side's context up to and with its paragraph's break (or the text's edge). */
function paragraphSide(context: string, side: 0 | -1): number {
  if (side === -1) {
    const at = context.lastIndexOf('\n');
    if (at !== -1) return context.length - at;
    return edgeContext(context, CONTEXT_LENGTH) ? context.length + 1 : context.length;
  }
  const at = context.indexOf('\n');
  if (at !== -1) return at + 1;
  return edgeContext(context, CONTEXT_LENGTH - 1) ? context.length + 1 : context.length;
}

/** Whether a context shorter than `full` (without a line break) was cut by the text's edge. */
const edgeContext = (context: string, full: number) =>
  context.length < full && !context.includes('\n');

/**
 * Characters that always form a grapheme of their own (Grapheme_Cluster_Break "Other", or a line
 * break other than CR): Latin, Arabic letters, general punctuation. Between two of them lies a
 * grapheme boundary, so snapping (costly, and a no-op there) is needed only elsewhere.
 */
const PLAIN_PAIR =
  /^[\n\t\x20-\x7E\u00A0-\u02FF\u0621-\u064A\u0671-\u06D3\u2010-\u2027\u2030-\u205E]{1,2}$/;

function plainEdge(text: string, offset: number): boolean {
  return (
    offset <= 0 || offset >= text.length || PLAIN_PAIR.test(text.slice(offset - 1, offset + 1))
  );
}

/** Maps code point offsets to UTF-16 in constant time; a text without surrogate pairs needs no table. */
function codePointIndex(text: string): (points: number) => number {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) {
    return (points) => Math.min(points, text.length);
  }
  const table: number[] = [];
  for (let i = 0; i < text.length; i++) {
    table.push(i);
    const unit = text.charCodeAt(i);
    const next = text.charCodeAt(i + 1);
    if (unit >= 0xd800 && unit <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
  }
  return (points) => (points < table.length ? table[points]! : text.length);
}

/** The context for this text and these blocks, the same object as last time when they are alike. */
function contextOf(text: string, blocks: readonly Block[]): TextContext {
  const at = recentContexts.findIndex((c) => c.text === text && sameBlocks(c.blocks, blocks));
  const context = at === -1 ? { text, blocks } : recentContexts.splice(at, 1)[0]!;
  recentContexts.unshift(context);
  recentContexts.length = Math.min(recentContexts.length, RECENT_CONTEXTS);
  return context;
}

function sameBlocks(a: readonly Block[], b: readonly Block[]): boolean {
  if (a === b) return true;
  return (
    a.length === b.length &&
    a.every((block, i) => block.start === b[i]!.start && block.end === b[i]!.end)
  );
}
