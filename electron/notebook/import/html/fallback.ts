// When Readability finds no article (or a scrap of one): pick the element that holds the
// most prose ourselves, or fall back on the article body the publisher states in JSON-LD.
import type { ExtractedBlock } from '../extracted';
import { markBlocks, type Frame, type PageBlock } from './blocks';
import { normalizeText, parseDocument, sanitize, textOf } from './dom';
import { isProse } from '../furniture/text';

/**
 * The blocks of the element holding the most prose: each paragraph of prose counts fully
 * for its own element and half for the one above (paragraphs sit in a body <div> inside
 * an <article>), as in Readability's own scoring but without its class-name guesses.
 */
export function densestContainer(blocks: PageBlock[]): Map<number, string> {
  const score = new Map<Frame, number>();
  for (const block of blocks) {
    const share = block.linkChars / Math.max(1, block.text.length);
    if (block.kind === 'heading' || !isProse(block.text, share)) continue;
    const length = block.text.length;
    let f: Frame | null = block.frame.parent;
    // A paragraph's own element is the <p>; its container is one or two levels up.
    if (block.frame.tag !== 'p' && block.frame.tag !== 'li') f = block.frame;
    let weight = 1;
    for (let depth = 0; f && depth < 3; depth++, f = f.parent) {
      score.set(f, (score.get(f) ?? 0) + length * weight);
      weight /= 2;
    }
  }
  let best: Frame | null = null;
  let bestScore = 0;
  for (const [frame, value] of score) {
    if (value <= bestScore) continue;
    best = frame;
    bestScore = value;
  }
  const kept = new Map<number, string>();
  if (!best) return kept;
  for (const block of blocks) {
    for (let f: Frame | null = block.frame; f; f = f.parent) {
      if (f === best) {
        kept.set(block.id, block.text);
        break;
      }
    }
  }
  return kept;
}

/** Page blocks whose text is part of the publisher's stated article body. */
export function blocksInBody(blocks: PageBlock[], articleBody: string): Map<number, string> {
  const body = squash(articleBody);
  const kept = new Map<number, string>();
  for (const block of blocks) {
    const text = squash(block.text);
    if (text.length >= 20 && body.includes(text)) kept.set(block.id, block.text);
  }
  return kept;
}

/** Letters and digits only, lower case: survives the publisher's own whitespace and markup. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The publisher's article body as plain text (JSON-LD bodies sometimes carry HTML). */
export function plainBody(articleBody: string): string {
  if (!/<[a-z][^>]*>/i.test(articleBody)) return articleBody;
  const document = parseDocument(articleBody);
  sanitize(document);
  return textOf(document.body);
}

/** The publisher's article body as blocks, when the page itself shows no article. */
export function bodyBlocks(articleBody: string): ExtractedBlock[] {
  if (/<[a-z][^>]*>/i.test(articleBody)) {
    const document = parseDocument(articleBody);
    sanitize(document);
    return markBlocks(document.body).map((b) => ({ kind: b.kind, text: b.text }));
  }
  return articleBody
    .split(/\n\s*\n|\r?\n/)
    .map((line) => normalizeText(line))
    .filter(Boolean)
    .map((text) => ({ kind: 'paragraph', text }));
}
