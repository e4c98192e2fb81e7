// Turns each `[[highlight:id]]` in a note's Markdown into a link node the preview renders as the
// quote, so references sit inside the one Markdown document (lists, paragraphs) and code is left alone.
import type { Link, Parent, RootContent, Root, Text } from 'mdast';
import { splitRefs } from '../../../shared/note-refs';

/** The address a reference link carries; only the preview's own reference links may use it. */
export const REF_SCHEME = 'dossier-highlight:';
const REF_URL = /^dossier-highlight:[A-Za-z0-9-]{1,64}$/;

export const isRefUrl = (url: string): boolean => REF_URL.test(url);

/** How a reference sits: alone in its paragraph (a quote block) or within a line of text. */
export type RefLayout = 'block' | 'inline';

/** A remark plugin: text nodes only, so code spans, code blocks and link text keep the words as typed. */
export function remarkHighlightRefs() {
  return (tree: Root): void => mapTextNodes(tree, splitText, blockIfRefsOnly);
}

/**
 * Replaces each text node below `node` with what `split` makes of it. Code is not text in
 * mdast, and a link's text is left as typed (a link in it would nest links). `after` runs on
 * each parent once its children are done.
 */
export function mapTextNodes(
  node: Parent,
  split: (text: Text) => RootContent[],
  after?: (parent: Parent) => void,
): void {
  node.children = node.children.flatMap((child): RootContent[] => {
    if (child.type === 'text') return split(child);
    if (child.type === 'link' || child.type === 'linkReference') return [child];
    if ('children' in child) mapTextNodes(child, split, after);
    return [child];
  });
  after?.(node);
}

function blockIfRefsOnly(node: Parent): void {
  if (node.type === 'paragraph' && refsOnly(node)) {
    // A paragraph of nothing but references renders as a block, so the quote may be a blockquote.
    node.data = { ...node.data, hName: 'div', hProperties: { className: ['quoted-group'] } };
    for (const child of node.children) if (child.type === 'link') setLayout(child, 'block');
  }
}

function splitText(text: Text): Array<Text | Link> {
  const parts = splitRefs(text.value);
  if (parts.length === 1 && 'text' in parts[0]!) return [text];
  return parts.map((part) =>
    'text' in part
      ? { type: 'text', value: part.text }
      : {
          type: 'link',
          url: `${REF_SCHEME}${part.highlightId}`,
          children: [{ type: 'text', value: `[[highlight:${part.highlightId}]]` }],
          data: { hProperties: { dataHighlightRef: part.highlightId, dataLayout: 'inline' } },
        },
  );
}

function isRef(node: RootContent): node is Link {
  return node.type === 'link' && node.url.startsWith(REF_SCHEME) && !!node.data?.hProperties;
}

function refsOnly(paragraph: Parent): boolean {
  let refs = 0;
  for (const child of paragraph.children) {
    if (isRef(child)) refs++;
    else if (child.type === 'break' || (child.type === 'text' && !child.value.trim())) continue;
    else return false;
  }
  return refs > 0;
}

function setLayout(link: Link, layout: RefLayout): void {
  link.data = { ...link.data, hProperties: { ...link.data?.hProperties, dataLayout: layout } };
}
