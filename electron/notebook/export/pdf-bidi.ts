// Paragraphs with right-to-left text in the PDF: each line's pieces placed in the order the
// Unicode bidirectional algorithm gives, right-aligned when the paragraph is right-to-left,
// and drawn in reading order so extracted and searched text reads as written.
import bidiFactory from 'bidi-js';
import type { FontName } from './pdf-fonts';
import { fontFor, scriptRuns } from './pdf-fonts';
import { cutToWidth, graphemesOf, LONG_WORD, type Frame, type StyledText } from './pdf-words';

/** Where a text's direction is decided: the Unicode Bidirectional Algorithm (UAX #9). */
const bidi = bidiFactory();
const RTL_CHAR = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;

/** Whether a text holds any right-to-left letter (Hebrew, Arabic script). */
export const hasRightToLeft = (text: string) => RTL_CHAR.test(text);
/** First-strong isolate and its closing pop: wrap a span the algorithm must treat as a unit. */
const FSI = '\u2068';
const PDI = '\u2069';

/** A stretch of one word in one font and one direction, with its place in the paragraph. */
interface Piece {
  text: string;
  span: StyledText;
  font: FontName;
  width: number;
  level: number;
}

/** A word (or a space between words), in logical order. */
interface Word {
  pieces: Piece[];
  width: number;
  /** The space after it (Infinity: the text breaks the line there), and its level. */
  space: number;
  spaceLevel: number;
}

/**
 * A paragraph with right-to-left text, laid out here: each line's pieces placed in the order
 * the bidirectional algorithm gives (an Urdu phrase inside an English sentence reads from the
 * right, an English name inside Urdu from the left; an isolated span keeps its words together),
 * right-aligned when the paragraph is right-to-left. Pieces are drawn in reading order, so
 * text copied or extracted from the PDF reads as written.
 */
export function writeBidi(
  doc: PDFKit.PDFDocument,
  spans: StyledText[],
  frame: Frame,
  rtl: boolean,
) {
  doc.fontSize(frame.size);
  // The paragraph as the algorithm reads it: isolated spans between FSI and PDI.
  let full = '';
  const starts: number[] = [];
  for (const span of spans) {
    if (span.isolate) full += FSI;
    starts.push(full.length);
    full += span.text;
    if (span.isolate) full += PDI;
  }
  const { levels } = bidi.getEmbeddingLevels(full, rtl ? 'rtl' : 'ltr');
  const words: Word[] = [];
  let word: Word | null = null;
  spans.forEach((span, k) => {
    const fontOf = (g: string) => fontFor(scriptRuns(g)[0]?.script ?? 'latin', span);
    let at = starts[k]!;
    for (const token of span.text.split(/(\s+)/u)) {
      if (!token) continue;
      if (/^\s+$/u.test(token)) {
        if (word) {
          word.space = token.includes('\n') ? Infinity : doc.font('sans').widthOfString(' ');
          word.spaceLevel = levels[at]!;
          word = null;
        }
        at += token.length;
        continue;
      }
      // A word wider than the line becomes several, each on a line of its own, with no gap.
      const parts = token.length < LONG_WORD ? [token] : cutToWidth(doc, token, frame, fontOf);
      for (const [i, part] of parts.entries()) {
        if (!word || i > 0) {
          word = { pieces: [], width: 0, space: 0, spaceLevel: 0 };
          words.push(word);
        }
        for (const piece of piecesOf(doc, part, at, levels, span, frame)) {
          word.pieces.push(piece);
          word.width += piece.width;
        }
        at += part.length;
      }
    }
  });
  const lines = breakLines(words, frame.width);
  const lineHeight = doc.font('naskh').currentLineHeight(true) + (frame.lineGap ?? 2);
  for (const line of lines) {
    if (doc.y + lineHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    // The line as drawable items in reading order: pieces, and the spaces between words.
    const items: Array<{ piece?: Piece; width: number; level: number }> = [];
    line.forEach((w, i) => {
      const pieces = w.pieces.map((piece) => ({ piece, width: piece.width, level: piece.level }));
      items.push(...pieces);
      // A space at the end of a line takes the paragraph's direction and is not drawn (UAX #9 L1).
      if (i === line.length - 1 || w.space <= 0) return;
      // Between words, the space goes with the word before it when they run the same way, so
      // the font sets both and text copied from the PDF keeps the break; else it stands alone.
      const last = pieces[pieces.length - 1];
      if (last && last.level % 2 === w.spaceLevel % 2) {
        const { piece } = last;
        const reversed = piece.level % 2 === 1 && !RTL_CHAR.test(piece.text);
        const text = reversed ? ` ${piece.text}` : `${piece.text} `;
        const width = doc.font(piece.font).widthOfString(text);
        last.piece = { ...piece, text, width };
        last.width = width;
      } else {
        items.push({ width: w.space, level: w.spaceLevel });
      }
    });
    const visual = visualOrder(items.map((item) => item.level));
    const width = items.reduce((sum, item) => sum + item.width, 0);
    let x = rtl ? frame.x + frame.width - width : frame.x;
    const left = new Array<number>(items.length);
    for (const index of visual) {
      left[index] = x;
      x += items[index]!.width;
    }
    // A run of right-to-left words in one font is set as one string: the font orders it, and
    // the PDF keeps its words and spaces in reading order for copying and search.
    for (let i = 0; i < items.length;) {
      const piece = items[i]!.piece;
      if (!piece) {
        // A space between words running opposite ways, drawn so copied text keeps the break.
        doc.font('sans').text(' ', left[i]!, y, { lineBreak: false });
        i++;
        continue;
      }
      let j = i;
      let text = piece.text;
      if (piece.level % 2 === 1 && RTL_CHAR.test(piece.text)) {
        for (
          let next = items[j + 1]?.piece;
          next && sameRun(piece, next);
          next = items[j + 1]?.piece
        ) {
          text += next.text;
          j++;
        }
      }
      const { span } = piece;
      doc
        .font(piece.font)
        .fillColor(span.link ? '#1a5fb4' : (span.color ?? frame.color ?? '#111111'));
      // The run's left edge is its last piece's: right-to-left, it ends leftmost.
      doc.text(text, left[j]!, y, {
        lineBreak: false,
        // Marks the run right-to-left for the font, which then orders its glyphs itself.
        ...(j > i || (piece.level % 2 === 1 && RTL_CHAR.test(text)) ? { features: ['rtla'] } : {}),
        link: span.link ?? null,
        underline: Boolean(span.link),
      });
      i = j + 1;
    }
    doc.x = frame.x;
    doc.y = y + lineHeight;
  }
}

/** Two pieces one string can set: the same right-to-left level, font and style. */
const sameRun = (a: Piece, b: Piece) =>
  b.level === a.level && b.font === a.font && b.span === a.span && RTL_CHAR.test(b.text);

/**
 * A word's pieces: cut where its script (font) or its direction changes. A right-to-left piece
 * in Arabic script is shaped and ordered by the font; any other right-to-left piece (brackets,
 * marks) is set in reverse with its brackets mirrored, as the algorithm's rule L4 asks.
 */
function piecesOf(
  doc: PDFKit.PDFDocument,
  part: string,
  at: number,
  levels: Uint8Array,
  span: StyledText,
  frame: Frame,
): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  for (const run of scriptRuns(part)) {
    let from = 0;
    for (let i = 1; i <= run.text.length; i++) {
      const level = levels[at + offset + from]!;
      if (i < run.text.length && levels[at + offset + i] === level) continue;
      let text = run.text.slice(from, i);
      // Neutral marks outside Arabic text are set in the span's Latin font, not Naskh.
      const script = run.script === 'arabic' && !RTL_CHAR.test(text) ? 'latin' : run.script;
      if (level % 2 === 1 && !RTL_CHAR.test(text)) text = mirrored(text);
      const font = fontFor(script, span);
      pieces.push({
        text,
        span,
        font,
        width: doc.font(font).fontSize(frame.size).widthOfString(text),
        level,
      });
      from = i;
    }
    offset += run.text.length;
  }
  return pieces;
}

/** Right-to-left neutrals (`(`, `[`, `«`...) reversed and mirrored, graphemes kept whole. */
function mirrored(text: string): string {
  return [...graphemesOf(text)]
    .reverse()
    .map((g) => (g.length === 1 ? (bidi.getMirroredCharacter(g) ?? g) : g))
    .join('');
}

/** Greedy lines; a newline in the text (space = Infinity) ends a line. */
function breakLines(words: readonly Word[], width: number): Word[][] {
  const lines: Word[][] = [[]];
  let used = 0;
  for (const word of words) {
    const line = lines[lines.length - 1]!;
    if (line.length && used + word.width > width) {
      lines.push([word]);
      used = word.width + finite(word.space);
    } else {
      line.push(word);
      used += word.width + finite(word.space);
    }
    if (word.space === Infinity) {
      lines.push([]);
      used = 0;
    }
  }
  return lines.filter((line, i) => line.length || i < lines.length - 1);
}

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/**
 * The visual order of a line's items from their embedding levels (UAX #9 rule L2): from the
 * highest level down to the lowest odd one, every stretch at that level or above is reversed.
 */
export function visualOrder(levels: readonly number[]): number[] {
  const order = levels.map((_, i) => i);
  if (!levels.length) return order;
  const highest = Math.max(...levels);
  const lowest = Math.min(...levels);
  const lowestOdd = lowest % 2 ? lowest : lowest + 1;
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if (levels[order[i]!]! < level) {
        i++;
        continue;
      }
      let j = i;
      while (j + 1 < order.length && levels[order[j + 1]!]! >= level) j++;
      const reversed = order.slice(i, j + 1).reverse();
      order.splice(i, reversed.length, ...reversed);
      i = j + 1;
    }
  }
  return order;
}
