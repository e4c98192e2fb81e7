// Setting mixed-script text in pdfkit: each script run in its own font. Left-to-right text
// flows through pdfkit's wrapper; right-to-left paragraphs are laid out here, words placed
// from the right, but drawn in reading order so extracted and searched text reads right.
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
    scriptRuns(span.text).map((run) => ({ run, span, font: fontFor(run.script, span) })),
  );
  if (!pieces.length) return;
  doc.x = frame.x;
  pieces.forEach(({ run, span, font }, i) => {
    doc
      .font(font)
      .fontSize(frame.size)
      .fillColor(span.link ? '#1a5fb4' : (span.color ?? frame.color ?? '#111111'));
    doc.text(run.text, {
      width: frame.width,
      lineGap: frame.lineGap ?? 2,
      continued: i < pieces.length - 1,
      link: span.link ?? null,
      underline: Boolean(span.link),
    });
  });
  doc.x = frame.x;
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
    for (const token of span.text.split(/(\s+)/u)) {
      if (!token) continue;
      if (/^\s+$/u.test(token)) {
        const last = words[words.length - 1];
        if (last) last.space = doc.font('sans').widthOfString(' ');
        if (token.includes('\n') && last) last.space = Infinity;
        continue;
      }
      const pieces = scriptRuns(token).map((run) => {
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
