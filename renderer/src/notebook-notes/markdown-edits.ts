// The note editor's formatting buttons as plain text edits on the Markdown: each takes the text
// and the selection and gives the new text and where the selection goes, so they can be tested
// without a browser and undone with the text box's own undo.
import { highlightRef, highlightRefs } from '../../../shared/note-refs';

export interface TextEdit {
  text: string;
  start: number;
  end: number;
}

export type MarkdownStyle = 'heading' | 'bold' | 'italic' | 'list';

/** Applies a style to the selection (or the word at the caret for bold/italic, the lines for the rest). */
export function applyStyle(style: MarkdownStyle, { text, start, end }: TextEdit): TextEdit {
  if (style === 'bold' || style === 'italic') {
    const mark = style === 'bold' ? '**' : '_';
    const inner = text.slice(start, end);
    const wrapped = `${mark}${inner || (style === 'bold' ? 'bold text' : 'emphasis')}${mark}`;
    const next = text.slice(0, start) + wrapped + text.slice(end);
    return { text: next, start: start + mark.length, end: start + wrapped.length - mark.length };
  }
  // Line styles: every line the selection touches.
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end);
  const to = lineEnd === -1 ? text.length : lineEnd;
  const lines = text.slice(from, to).split('\n');
  const prefix = style === 'heading' ? '## ' : '- ';
  const has = (line: string) => (style === 'heading' ? /^#{1,6}\s/ : /^[-*+]\s/).test(line);
  const off = lines.every(has);
  const changed = lines
    .map((line) =>
      off
        ? line.replace(style === 'heading' ? /^#{1,6}\s/ : /^[-*+]\s/, '')
        : has(line)
          ? line
          : prefix + line.replace(style === 'heading' ? /^#{1,6}\s/ : /^/, ''),
    )
    .join('\n');
  const next = text.slice(0, from) + changed + text.slice(to);
  return { text: next, start: from, end: from + changed.length };
}

/**
 * A note with quotes of `highlightIds` added at its end, each alone in its paragraph (a block
 * quote), in the order given; a highlight the note already quotes is not quoted twice.
 */
export function appendQuotes(
  body: string,
  highlightIds: readonly string[],
): { body: string; added: string[]; already: string[] } {
  const quoted = new Set(highlightRefs(body));
  const added: string[] = [];
  const already: string[] = [];
  for (const id of highlightIds) {
    if (quoted.has(id)) already.push(id);
    else if (!added.includes(id)) added.push(id);
  }
  if (!added.length) return { body, added, already };
  const kept = body.replace(/\s+$/, '');
  const refs = added.map(highlightRef).join('\n\n');
  return { body: `${kept ? `${kept}\n\n` : ''}${refs}\n\n`, added, already };
}
