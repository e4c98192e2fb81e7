// Turns a DOM selection over the rendered article into a clean UTF-16 range of the article text.
import { snapToGraphemes, trimWhitespace } from '../../../shared/anchoring';

/** The attribute each rendered block carries: its start offset in the article text. */
export const BLOCK_START_ATTR = 'data-block-start';

export interface TextRun {
  node: Text;
  /** UTF-16 offset of the node's first character in the article text. */
  start: number;
}

/**
 * Maps the selection to [start, end) in `text`: text nodes are placed by their block's start
 * offset plus the text before them in that block; a selection may span blocks or begin outside
 * the article. The result is widened to whole graphemes and trimmed of surrounding whitespace.
 */
export function selectionToOffsets(
  container: HTMLElement,
  selection: Selection,
  text: string,
): { start: number; end: number } | null {
  if (selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(container)) return null;

  const runs = textRuns(container);
  if (runs.length === 0) return null;
  const rawStart = boundaryOffset(runs, range.startContainer, range.startOffset, 'start');
  const rawEnd = boundaryOffset(runs, range.endContainer, range.endOffset, 'end');
  if (rawStart === null || rawEnd === null || rawEnd <= rawStart) return null;

  const { start, end } = trimWhitespace(text, snapToGraphemes(text, rawStart, rawEnd));
  return end > start ? { start, end } : null;
}

/** The article's text nodes in order, each with its offset in the article text. */
export function textRuns(container: HTMLElement): TextRun[] {
  const runs: TextRun[] = [];
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let block: Element | null = null;
  let within = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const owner = text.parentElement?.closest(`[${BLOCK_START_ATTR}]`) ?? null;
    if (!owner || !container.contains(owner)) continue;
    if (owner !== block) {
      block = owner;
      within = 0;
    }
    runs.push({ node: text, start: Number(owner.getAttribute(BLOCK_START_ATTR)) + within });
    within += text.length;
  }
  return runs;
}

/**
 * A boundary inside a text node is exact. A boundary on an element (or outside the article)
 * moves to the nearest text: forward for a start, backward for an end, so a selection that
 * begins in the header starts at the article's first character.
 */
function boundaryOffset(
  runs: TextRun[],
  node: Node,
  offset: number,
  edge: 'start' | 'end',
): number | null {
  const direct = runs.find((r) => r.node === node);
  if (direct) return direct.start + Math.min(offset, direct.node.length);

  const point = document.createRange();
  point.setStart(node, offset);
  if (edge === 'start') {
    const next = runs.find((r) => point.comparePoint(r.node, 0) >= 0);
    return next ? next.start : null;
  }
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    if (point.comparePoint(run.node, run.node.length) <= 0) return run.start + run.node.length;
  }
  return null;
}
