// Cuts a page into text blocks in reading order and tags each block's DOM with its number,
// so that after Readability has picked and pruned the article we can tell, block by block,
// what it kept and what it dropped.
import type { BlockKind } from '../extracted';
import { BLOCK_TAGS, ELEMENT_NODE, TEXT_NODE, normalizeText, textOf } from './dom';
import { classWords } from './reasons';

export const BLOCK_ID = 'data-dossier-block';

export interface PageBlock {
  id: number;
  kind: BlockKind;
  /** The block's text as the page shows it. */
  text: string;
  /** The block element that holds the text. */
  owner: Element;
  /** The owner and its block ancestors as they were before Readability rearranged them. */
  frame: Frame;
  /** Characters of the text that sit inside links. */
  linkChars: number;
  /** The block shares its element with a picture: a caption, unless it reads as prose. */
  besideImage: boolean;
}

/** One block element of the page: its tag, role and class/id words. */
export interface Frame {
  tag: string;
  role: string;
  words: string;
  parent: Frame | null;
}

/**
 * Walks the body and numbers every run of inline content between block boundaries.
 * An owner element whose only content is that run is tagged itself; runs that share their
 * owner with block children are wrapped in <span>s (phrasing content, so Readability
 * scores the page as before) carrying the run's number.
 */
export function markBlocks(body: Element): PageBlock[] {
  const document = body.ownerDocument;
  const blocks: PageBlock[] = [];
  const holdsBlocks = new Set<Element>();
  findBlockHolders(body, holdsBlocks);

  const visit = (owner: Element, parent: Frame | null) => {
    const frame: Frame = {
      tag: owner.localName,
      role: owner.getAttribute('role') ?? '',
      words: classWords(owner),
      parent,
    };
    // Without block descendants the owner's whole content is one run: tag the owner.
    const whole = !holdsBlocks.has(owner);
    // A run that is all the text of an element holding a picture (a <div> with the image
    // in a child <div> and a caption <span>) belongs to the picture.
    let ownerText: string | undefined;
    let ownerPicture: boolean | undefined;
    const aloneWithPicture = (text: string) => {
      if (whole || !(ownerPicture ??= hasPicture(owner))) return false;
      ownerText ??= textOf(owner);
      return ownerText.replace(/\s+/g, ' ') === text.replace(/\s+/g, ' ');
    };
    let run: Node[][] = [];
    let group: Node[] = [];
    const closeGroup = () => {
      if (group.length) run.push(group);
      group = [];
    };
    // Runs are closed in document order (before descending into a child block), so ids
    // follow reading order.
    const closeRun = () => {
      closeGroup();
      const groups = run;
      run = [];
      const text = normalizeText(groups.map((g) => g.map(plainText).join('')).join(' '));
      if (!text) return;
      const id = blocks.length;
      // Readability turns a <div> of text into a new <p> that does not carry the div's
      // attributes, so a div's run is tagged on a <span> inside it, which moves with the text.
      if (whole && owner.localName !== 'div') owner.setAttribute(BLOCK_ID, String(id));
      else {
        for (const nodes of groups) {
          if (!nodes.some((n) => plainText(n).trim())) continue;
          const span = document.createElement('span');
          span.setAttribute(BLOCK_ID, String(id));
          nodes[0]!.parentNode!.insertBefore(span, nodes[0]!);
          for (const n of nodes) span.appendChild(n);
        }
      }
      blocks.push({
        id,
        kind: kindOf(owner),
        text,
        owner,
        frame,
        linkChars: linkChars(groups),
        besideImage: groups.some((nodes) => nodes.some(hasPicture)) || aloneWithPicture(text),
      });
    };
    const scan = (parent: Node) => {
      for (let node = parent.firstChild; node; node = node.nextSibling) {
        if (node.nodeType === TEXT_NODE) group.push(node);
        else if (node.nodeType !== ELEMENT_NODE) continue;
        else if (BLOCK_TAGS.has((node as Element).localName)) {
          closeRun();
          visit(node as Element, frame);
        } else if (holdsBlocks.has(node as Element)) {
          closeGroup();
          scan(node);
          closeGroup();
        } else group.push(node);
      }
    };
    scan(owner);
    closeRun();
  };
  visit(body, null);
  return blocks;
}

/** Marks every element that has a block element among its descendants. */
function findBlockHolders(element: Element, out: Set<Element>): boolean {
  let holds = false;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType !== ELEMENT_NODE) continue;
    const child = node as Element;
    if (findBlockHolders(child, out) || BLOCK_TAGS.has(child.localName)) holds = true;
  }
  if (holds) out.add(element);
  return holds;
}

/** An image of some size (not an emoji or a tracking pixel) in the run's content. */
function hasPicture(node: Node): boolean {
  if (node.nodeType !== ELEMENT_NODE) return false;
  const element = node as Element;
  const images = element.localName === 'img' ? [element] : element.querySelectorAll('img');
  for (const img of images) {
    const small = (name: string) => {
      const value = Number.parseInt(img.getAttribute(name) ?? '', 10);
      return Number.isFinite(value) && value < 60;
    };
    if (small('width') || small('height') || /\bemoji\b/i.test(img.getAttribute('class') ?? ''))
      continue;
    return true;
  }
  return false;
}

/** A run node's text, with line breaks held as U+2028 until the run is normalised. */
function plainText(node: Node): string {
  if (node.nodeType === TEXT_NODE) return (node as Text).data;
  const element = node as Element;
  if (element.localName === 'br') return '\u2028';
  return textOf(element).replace(/\n/g, '\u2028');
}

/** How much of a run is link text: a block that is all link points at another page. */
function linkChars(groups: Node[][]): number {
  let count = 0;
  const walk = (node: Node, inLink: boolean) => {
    if (node.nodeType === TEXT_NODE) {
      if (inLink) count += (node as Text).data.trim().length;
    } else if (node.nodeType === ELEMENT_NODE) {
      const link = inLink || (node as Element).localName === 'a';
      for (let child = node.firstChild; child; child = child.nextSibling) walk(child, link);
    }
  };
  for (const group of groups) for (const node of group) walk(node, inAnchor(node));
  return count;
}

/** Whether a run starts inside an <a> that wraps block elements (a linked card). */
function inAnchor(node: Node): boolean {
  for (let el = node.parentNode as Element | null; el; el = el.parentNode as Element | null) {
    if (el.localName === 'a') return true;
    if (BLOCK_TAGS.has(el.localName)) return false;
  }
  return false;
}

function kindOf(owner: Element): BlockKind {
  for (let el: Element | null = owner; el; el = el.parentElement) {
    if (el.localName === 'blockquote') return 'quote';
  }
  if (/^h[1-6]$/.test(owner.localName)) return 'heading';
  if (owner.localName === 'li' || owner.localName === 'dd') return 'list-item';
  return 'paragraph';
}

/** Reads each surviving block's text out of Readability's article element. */
export function readKept(article: Element): Map<number, string> {
  const parts = new Map<number, string[]>();
  for (const element of article.querySelectorAll(`[${BLOCK_ID}]`)) {
    const id = Number(element.getAttribute(BLOCK_ID));
    const text = textOf(element);
    if (!text) continue;
    const list = parts.get(id) ?? [];
    list.push(text);
    parts.set(id, list);
  }
  return new Map([...parts].map(([id, list]) => [id, normalizeText(list.join(' '))]));
}
