// Parses hostile HTML into an inert DOM (linkedom: no script execution, no network, no
// styles) and strips everything that must never reach the article text.
import { parseHTML } from 'linkedom';

/** Elements whose content is never visible page text, or is code we must never carry. */
const INERT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'svg',
  'math',
  'canvas',
  'audio',
  'video',
  'picture',
  'source',
  'track',
  'map',
  'link',
  'base',
  'input',
  'textarea',
  'select',
  'option',
  'button',
  'dialog',
  'head',
]);

/** Block-level elements: text on either side of one of these belongs to separate blocks. */
export const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parses `html` with linkedom. linkedom does not build the implied <html>/<body> of the
 * HTML5 tree-construction rules, so fragments are wrapped and content that landed outside
 * <body> is moved in (otherwise it would silently vanish from the article).
 */
export function parseDocument(html: string): Document {
  let document = parse(html);
  if (document.documentElement?.localName !== 'html') {
    document = parse(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  }
  const root = document.documentElement;
  let body = root.querySelector('body');
  if (!body) {
    body = document.createElement('body');
    root.appendChild(body);
  }
  const strays: { node: Node; before: boolean }[] = [];
  let before = true;
  for (let node = root.firstChild; node; node = node.nextSibling) {
    if (node === body) before = false;
    else if ((node as Element).localName !== 'head') strays.push({ node, before });
  }
  for (let node = root.nextSibling; node; node = node.nextSibling)
    strays.push({ node, before: false });
  const anchor = body.firstChild;
  for (const { node, before } of strays) {
    if (before) body.insertBefore(node, anchor);
    else body.appendChild(node);
  }
  flattenDeep(root);
  return document;
}

/** Real pages nest a few dozen levels; thousands is an attack on recursion and on Readability. */
const MAX_DEPTH = 160;

/** Replaces whatever sits deeper than MAX_DEPTH by its text, walking without recursion. */
function flattenDeep(root: Element): void {
  const stack: { element: Element; depth: number }[] = [{ element: root, depth: 0 }];
  while (stack.length) {
    const { element, depth } = stack.pop()!;
    for (let node = element.firstChild; node; node = node.nextSibling) {
      if (node.nodeType !== ELEMENT_NODE) continue;
      const child = node as Element;
      if (depth + 1 < MAX_DEPTH) {
        stack.push({ element: child, depth: depth + 1 });
      } else if (child.firstElementChild) {
        child.textContent = visibleText(child);
      }
    }
  }
}

/** Text of a subtree without code or hidden parts, walking without recursion. */
function visibleText(element: Element): string {
  let out = '';
  const stack: Node[] = [element];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      out += (node as Text).data;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    if (INERT.has(el.localName) || isHidden(el) || isScriptLink(el)) continue;
    if (BLOCK_TAGS.has(el.localName) || el.localName === 'br') out += ' ';
    for (let child = el.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return out;
}

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/**
 * Removes code, embedded documents, form controls, comments and hidden elements, and
 * every attribute that could carry code, so nothing downstream (Readability included)
 * can be tricked into keeping it.
 */
export function sanitize(document: Document): void {
  const doomed: Node[] = [];
  const walk = (parent: Node) => {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 8) {
        doomed.push(node);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;
      const element = node as Element;
      if (INERT.has(element.localName) || isHidden(element) || isScriptLink(element)) {
        if (element.localName !== 'head') doomed.push(element);
        continue;
      }
      for (const name of element.getAttributeNames()) {
        if (/^on/i.test(name) || name === 'srcdoc' || name === 'formaction') {
          element.removeAttribute(name);
        }
      }
      walk(element);
    }
  };
  walk(document.documentElement);
  for (const node of doomed) node.parentNode?.removeChild(node);
}

/** A link that runs script when followed; its text is a control, not article text. */
function isScriptLink(element: Element): boolean {
  if (element.localName !== 'a') return false;
  const href = (element.getAttribute('href') ?? '').replace(/[\s\p{Cc}]+/gu, '');
  return /^(?:javascript|vbscript|data):/i.test(href);
}

/** Hidden the ways a saved page hides things without a stylesheet. */
export function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Visible text of a subtree: <br> becomes a line break, whitespace collapses as a browser would. */
export function textOf(node: Node): string {
  let out = '';
  const walk = (parent: Node, pre: boolean) => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        const data = (child as Text).data;
        out += pre ? data.replace(/\n/g, '\u2028') : data;
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (element.localName === 'br') out += '\u2028';
        // Metadata is read before sanitizing: never let code or hidden text into it either.
        else if (element.localName === 'img' || INERT.has(element.localName)) continue;
        else if (isHidden(element) || isScriptLink(element)) continue;
        else {
          if (BLOCK_TAGS.has(element.localName)) out += '\u2028';
          walk(element, pre || element.localName === 'pre');
        }
      }
    }
  };
  walk(node, (node as Element).localName === 'pre');
  return normalizeText(out);
}

/** A metadata value as plain text: publishers put markup (even <script>) in titles. */
export function metaText(value: string): string {
  if (!/<[a-z!/?]/i.test(value)) return normalizeText(value);
  const document = parseDocument(value);
  sanitize(document);
  return textOf(document.body);
}

/** Collapses whitespace but keeps the line breaks (U+2028 marks them while collapsing). */
export function normalizeText(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, (space) =>
      space.includes('\u2028')
        ? '\u2028'.repeat(Math.min(2, space.split('\u2028').length - 1))
        : ' ',
    )
    .replace(/ ?\u2028 ?/g, '\u2028')
    .replace(/\u2028/g, '\n')
    .replace(/[\u200b\u00ad\ufeff]/g, '')
    .trim();
}
