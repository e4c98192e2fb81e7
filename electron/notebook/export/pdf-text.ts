// Setting mixed-script text in pdfkit: each script run in its own font. Left-to-right text
// flows through pdfkit's wrapper; right-to-left paragraphs are laid out here, words placed
// from the right, but drawn in reading order so extracted and searched text reads right.
// A word wider than the line is cut into line-wide pieces first, so layout stays linear.
import type { FontName, Run } from './pdf-fonts';
import { fontFor, scriptRuns } from './pdf-fonts';

export interface StyledText {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
  color?: string;
}

export interface Frame {
  x: number;
  width: number;
  size: number;
  color?: string;
  lineGap?: number;
}

/** Writes styled spans as one paragraph starting at the document's current y. */
export function writeParagraph(
  doc: PDFKit.PDFDocument,
  spans: StyledText[],
  frame: Frame,
  rtl: boolean,
): void {
  if (rtl) return writeRtl(doc, spans, frame);
  const pieces = spans.flatMap((span) =>
    scriptRuns(span.text).flatMap((run) => {
      const font = fontFor(run.script, span);
      // Each piece is its own call: pdfkit may break the line between two calls.
      return fitWords(doc, run.text, frame, () => font).map((text) => ({ text, span, font }));
    }),
  );
  if (!pieces.length) return;
  doc.x = frame.x;
  pieces.forEach(({ text, span, font }, i) => {
    doc
      .font(font)
      .fontSize(frame.size)
      .fillColor(span.link ? '#1a5fb4' : (span.color ?? frame.color ?? '#111111'));
    doc.text(text, {
      width: frame.width,
      lineGap: frame.lineGap ?? 2,
      continued: i < pieces.length - 1,
      link: span.link ?? null,
      underline: Boolean(span.link),
    });
  });
  doc.x = frame.x;
}

/** Words shorter than this fit any line the exports lay out, so they are not measured. */
const LONG_WORD = 16;
/** Pieces are cut a little short of the line: shaping and kerning may widen them slightly. */
const FIT = 0.97;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * The text as pieces between which the line may break: as it is, unless a word in it is wider
 * than the line. pdfkit breaks such a word itself by measuring the rest of it again for every
 * line, which takes minutes for a long unbroken string; cut here, each piece fits a line.
 */
function fitWords(
  doc: PDFKit.PDFDocument,
  text: string,
  frame: Frame,
  fontOf: (grapheme: string) => FontName,
): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const token of text.split(/(\s+)/u)) {
    const chunks = token.length < LONG_WORD ? [token] : cutToWidth(doc, token, frame, fontOf);
    if (chunks.length === 1) {
      current += token;
      continue;
    }
    pieces.push(current + chunks[0]!, ...chunks.slice(1, -1));
    current = chunks[chunks.length - 1]!;
  }
  if (current || !pieces.length) pieces.push(current);
  return pieces.filter(Boolean);
}

/** A word cut between graphemes into pieces no wider than the line (one piece if it fits). */
function cutToWidth(
  doc: PDFKit.PDFDocument,
  word: string,
  frame: Frame,
  fontOf: (grapheme: string) => FontName,
): string[] {
  const width = frame.width * FIT;
  const widths = new Map<string, number>();
  const chunks: string[] = [];
  let chunk = '';
  let used = 0;
  for (const segment of graphemesOf(word)) {
    let w = widths.get(segment);
    if (w === undefined) {
      w = doc.font(fontOf(segment)).fontSize(frame.size).widthOfString(segment);
      widths.set(segment, w);
    }
    if (chunk && used + w > width) {
      chunks.push(chunk);
      chunk = '';
      used = 0;
    }
    chunk += segment;
    used += w;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

/** Segmenting takes time growing with the square of the text: a long one goes in windows. */
const WINDOW = 512;

/** The text's graphemes, in order, segmented a window at a time. */
function* graphemesOf(text: string): Generator<string> {
  let start = 0;
  while (start < text.length) {
    const end = Math.min(text.length, start + WINDOW);
    const segments = [...graphemes.segment(text.slice(start, end))];
    // The window's last grapheme may go on past it: it starts the next window instead.
    const tail = end < text.length && segments.length > 1 ? segments.pop() : undefined;
    for (const { segment } of segments) yield segment;
    start = tail ? start + tail.index : end;
  }
}

/**
 * Enough of a text to measure how tall it would be up to a few hundred points, with long words
 * cut so the measuring is as quick as the writing.
 */
export function measurable(text: string, chars = 3000): string {
  const head = Array.from(text.slice(0, chars + 1))
    .slice(0, chars)
    .join('');
  return head.replace(/\S{40}/gu, (run) => `${run} `);
}

interface Piece {
  run: Run;
  font: FontName;
  color: string;
  width: number;
}

/** A word and the space after it, in logical order. */
interface Word {
  pieces: Piece[];
  width: number;
  space: number;
  rtl: boolean;
}

function writeRtl(doc: PDFKit.PDFDocument, spans: StyledText[], frame: Frame): void {
  doc.fontSize(frame.size);
  const words: Word[] = [];
  for (const span of spans) {
    const fontOf = (g: string) => fontFor(scriptRuns(g)[0]?.script ?? 'latin', span);
    for (const token of span.text.split(/(\s+)/u)) {
      if (!token) continue;
      if (/^\s+$/u.test(token)) {
        const last = words[words.length - 1];
        if (last) last.space = doc.font('sans').widthOfString(' ');
        if (token.includes('\n') && last) last.space = Infinity;
        continue;
      }
      // A word wider than the line becomes several, each on a line of its own, with no gap.
      const parts = token.length < LONG_WORD ? [token] : cutToWidth(doc, token, frame, fontOf);
      for (const part of parts) {
        const pieces = scriptRuns(part).map((run) => {
          const font = fontFor(run.script, span);
          const width = doc.font(font).widthOfString(run.text);
          return { run, font, width, color: span.color ?? frame.color ?? '#111111' };
        });
        words.push({
          pieces,
          width: pieces.reduce((sum, p) => sum + p.width, 0),
          space: 0,
          rtl: !pieces.every((p) => p.run.script === 'latin'),
        });
      }
    }
  }
  // Greedy lines; a newline in the text (space = Infinity) ends a line.
  const lines: Word[][] = [[]];
  let used = 0;
  for (const word of words) {
    const line = lines[lines.length - 1]!;
    if (line.length && used + word.width > frame.width) {
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
  const lineHeight = doc.font('naskh').currentLineHeight(true) + (frame.lineGap ?? 2);
  for (const line of lines) {
    if (doc.y + lineHeight > doc.page.height - doc.page.margins.bottom) doc.addPage();
    const y = doc.y;
    // A line all in one right-to-left font is set as one string: the font shapes and orders
    // it, and the PDF keeps its words and spaces in reading order for copying and search.
    const font = line[0]?.pieces[0]?.font;
    if (font && line.every((w) => w.rtl && w.pieces.every((p) => p.font === font))) {
      const text = line.map((w) => w.pieces.map((p) => p.run.text).join('')).join(' ');
      doc.font(font).fillColor(line[0]!.pieces[0]!.color);
      const width = doc.widthOfString(text);
      doc.text(text, frame.x + frame.width - width, y, { lineBreak: false, features: ['rtla'] });
      doc.x = frame.x;
      doc.y = y + lineHeight;
      continue;
    }
    const placed = placeRtl(line, frame);
    placed.forEach(([word, x], k) => {
      // Within a word, runs of a right-to-left word go from the right too.
      let at = word.rtl ? x + word.width : x;
      for (const piece of word.pieces) {
        if (word.rtl) at -= piece.width;
        doc.font(piece.font).fillColor(piece.color);
        doc.text(piece.run.text, at, y, { lineBreak: false });
        if (!word.rtl) at += piece.width;
      }
      // The space between words is drawn too (in reading order), so text copied or extracted
      // from the PDF keeps its word breaks; it is invisible where it stands.
      const gap = finite(word.space);
      if (k < placed.length - 1 && gap > 0) {
        doc.text(' ', word.rtl ? x - gap : x + word.width, y, { lineBreak: false });
      }
    });
    doc.x = frame.x;
    doc.y = y + lineHeight;
  }
}

const finite = (n: number) => (Number.isFinite(n) ? n : 0);

/**
 * Each word's left edge on a right-to-left line, in logical order: words go from the right
 * edge leftwards, but a stretch of left-to-right words keeps its own order inside.
 */
function placeRtl(line: Word[], frame: Frame): [Word, number][] {
  const placed: [Word, number][] = [];
  let right = frame.x + frame.width;
  let i = 0;
  while (i < line.length) {
    let j = i;
    if (!line[i]!.rtl) while (j + 1 < line.length && !line[j + 1]!.rtl) j++;
    const group = line.slice(i, j + 1);
    const width = group.reduce(
      (sum, w, k) => sum + w.width + (k < group.length - 1 ? finite(w.space) : 0),
      0,
    );
    let left = right - width;
    for (const word of group) {
      placed.push([word, left]);
      left += word.width + finite(word.space);
    }
    right -= width + finite(group[group.length - 1]!.space);
    i = j + 1;
  }
  return placed;
}
