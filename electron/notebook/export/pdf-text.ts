// Setting mixed-script text in pdfkit: each script run in its own font. Left-to-right text
// flows through pdfkit's wrapper; a paragraph with any right-to-left text is laid out by
// pdf-bidi. A word wider than the line is cut into line-wide pieces first, so layout stays
// linear.
import { hasRightToLeft, writeBidi } from './pdf-bidi';
import type { FontName } from './pdf-fonts';
import { fontFor, scriptRuns } from './pdf-fonts';
import { cutToWidth, LONG_WORD, type Frame, type StyledText } from './pdf-words';

export type { Frame, StyledText } from './pdf-words';

/** Writes styled spans as one paragraph starting at the document's current y. */
export function writeParagraph(
  doc: PDFKit.PDFDocument,
  spans: StyledText[],
  frame: Frame,
  rtl: boolean,
): void {
  if (rtl || spans.some((span) => hasRightToLeft(span.text))) {
    return writeBidi(doc, spans, frame, rtl);
  }
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
