// Links between notebook notes, and from a note to an article: `[[Title]]` in a note's Markdown
// names another note (or, failing that, an article) by its title, case aside. The preview turns
// each into a link; a note lists the notes that link to it (its backlinks).
import type { Root, RootContent, Text } from 'mdast';
import type { Note } from '../../../shared/model';
import { mapTextNodes } from './highlight-ref-plugin';

/** `[[Title]]`, but not a highlight reference (`[[highlight:id]]`), on one line. */
const LINK = /\[\[(?!highlight:)([^[\]\n]{1,200}?)\]\]/gu;
/** Code is written as typed: a link inside a code span or block is no link. */
const CODE = /```[\s\S]*?(?:```|$)|~~~[\s\S]*?(?:~~~|$)|`[^`\n]*`/gu;

export const NOTE_LINK_SCHEME = 'dossier-note:';
export const isNoteLinkUrl = (url: string): boolean => url.startsWith(NOTE_LINK_SCHEME);

/** A title as links compare it: trimmed, spaces squeezed, case folded. */
export const linkKey = (title: string): string =>
  title.trim().replace(/\s+/gu, ' ').toLocaleLowerCase();

/** The titles a note's body links to, in order, each once. */
export function linkedTitles(body: string): string[] {
  const seen = new Map<string, string>();
  for (const match of body.replace(CODE, ' ').matchAll(LINK)) {
    const title = match[1]!.trim();
    if (title && !seen.has(linkKey(title))) seen.set(linkKey(title), title);
  }
  return [...seen.values()];
}

/** The other notes whose bodies link to `note` by its title. */
export function backlinksTo(note: Pick<Note, 'id' | 'title'>, notes: readonly Note[]): Note[] {
  const key = linkKey(note.title);
  if (!key) return [];
  return notes.filter(
    (other) => other.id !== note.id && linkedTitles(other.body).some((t) => linkKey(t) === key),
  );
}

/** A remark plugin: each `[[Title]]` in text (not code, not a link's text) becomes a link node. */
export function remarkNoteLinks() {
  return (tree: Root): void => mapTextNodes(tree, split);
}

function split(text: Text): RootContent[] {
  const out: RootContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(LINK)) {
    const at = match.index;
    if (at > last) out.push({ type: 'text', value: text.value.slice(last, at) });
    const title = match[1]!.trim();
    out.push({
      type: 'link',
      url: `${NOTE_LINK_SCHEME}${encodeURIComponent(title)}`,
      children: [{ type: 'text', value: title }],
      data: { hProperties: { dataNoteLink: title } },
    });
    last = at + match[0].length;
  }
  if (last === 0) return [text];
  if (last < text.value.length) out.push({ type: 'text', value: text.value.slice(last) });
  return out;
}
