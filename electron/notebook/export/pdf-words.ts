// The pieces PDF text is set in: styled spans, the frame they go in, and words cut between
// graphemes to fit a line, shared by the left-to-right and the bidirectional layouts.
import type { FontName } from './pdf-fonts';

export interface StyledText {
  text: string;
  bold?: boolean;
  italic?: boolean;
  link?: string;
  color?: string;
  /** Set apart from the text around it in direction (a quote, a title): a unit of its own. */
  isolate?: boolean;
}

export interface Frame {
  x: number;
  width: number;
  size: number;
  color?: string;
  lineGap?: number;
}

/** Words shorter than this fit any line the exports lay out, so they are not measured. */
export const LONG_WORD = 16;
/** Pieces are cut a little short of the line: shaping and kerning may widen them slightly. */
const FIT = 0.97;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A word cut between graphemes into pieces no wider than the line (one piece if it fits). */
export function cutToWidth(
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
export function* graphemesOf(text: string): Generator<string> {
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
