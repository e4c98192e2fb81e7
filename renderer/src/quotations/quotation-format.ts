// How the Quotations view words its cells and counts: paragraph numbers, a note's first line,
// "1,234 quotations".

/** `¶ 5`, or `¶ 5–6`: worded as the notes pane and the exports word it. */
export { paragraphLabel } from '../../../shared/paragraphs';

/** The first line of a note that holds any words, without Markdown's heading and list marks. */
export function firstLine(note: string): string {
  const line = note.split('\n').find((l) => l.trim() !== '') ?? '';
  return line
    .trim()
    .replace(/^(#{1,6}\s+|[-*+]\s+|>\s*|\d+[.)]\s+)/, '')
    .trim();
}

/** `1 quotation`, `1,234 quotations`. */
export function countLabel(count: number, noun = 'quotation'): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}
