// Caret mode (F7, as in browsers): a caret in the article text that the arrows move and
// Shift+arrows stretch into a selection (which `h` or `1`-`6` then highlight, as after a drag);
// `[` and `]` go to the previous or next highlight and select it.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { isTyping } from '../undo/use-undo';
import { caretMove, highlightFromCaret } from './caret-moves';
import type { PlacedHighlight } from './highlight-placement';
import { BLOCK_START_ATTR, textRuns } from './selection-offsets';

/** Where the caret is drawn, in window coordinates. */
export interface CaretBox {
  top: number;
  left: number;
  height: number;
}

interface Options {
  bodyRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  placed: readonly PlacedHighlight[];
}

/** Room kept between the caret and the top or bottom of the reader when it scrolls. */
const MARGIN_PX = 48;

export function useCaretMode({ bodyRef, scrollRef, placed }: Options) {
  const [on, setOn] = useState(false);
  const [box, setBox] = useState<CaretBox | null>(null);
  // The caret's place in the article text: it outlives the selection (a highlight clears it).
  const offset = useRef<number | null>(null);
  const latest = useRef({ on, placed });
  useEffect(() => {
    latest.current = { on, placed };
  });

  const redraw = useCallback(() => {
    const body = bodyRef.current;
    if (!latest.current.on || !body) return setBox(null);
    const selection = window.getSelection();
    if (selection?.focusNode && body.contains(selection.focusNode)) {
      const at = offsetOf(body, selection.focusNode, selection.focusOffset);
      if (at !== null) offset.current = at;
    }
    const point = offset.current === null ? null : pointAt(body, offset.current);
    setBox(point ? caretBox(point.node, point.offset) : null);
  }, [bodyRef]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const body = bodyRef.current;
      if (!body) return;
      if (event.key === 'F7' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        const turnOn = !latest.current.on;
        latest.current.on = turnOn;
        setOn(turnOn);
        if (!turnOn) return;
        placeCaret(body, startingOffset(body, scrollRef.current, latest.current.placed));
        // The keys go to the text from now on, not to a control elsewhere in the window.
        const focused = document.activeElement;
        if (focused instanceof HTMLElement && !focused.closest('.reader')) focused.blur();
        return;
      }
      if (!latest.current.on || event.defaultPrevented || isTyping(event.target)) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // Keys pressed in the library, the notes or a dialog are theirs.
      if (target && target !== document.body && !target.closest('.reader')) return;
      if (target?.closest('[role="dialog"], [role="menu"], [role="radiogroup"], [role="listbox"]'))
        return;
      const selection = window.getSelection();
      if (!selection) return;
      const inBody = !!selection.focusNode && body.contains(selection.focusNode);
      if (!inBody) placeCaret(body, offset.current ?? 0);

      const move = caretMove(event);
      if (move) {
        event.preventDefault();
        const before = { node: selection.focusNode, offset: selection.focusOffset };
        selection.modify(move.alter, move.direction, move.granularity);
        // The caret stays in the article: a move past its first or last word is undone.
        if (!selection.focusNode || !body.contains(selection.focusNode)) {
          if (before.node) selection.extend(before.node, before.offset);
          if (move.alter === 'move') selection.collapseToEnd();
        }
        scrollToCaret(scrollRef.current);
        return;
      }
      if ((event.key === '[' || event.key === ']') && !event.ctrlKey && !event.metaKey) {
        const from = offset.current ?? 0;
        const next = highlightFromCaret(latest.current.placed, from, event.key === ']' ? 1 : -1);
        if (!next) return;
        event.preventDefault();
        const mark = body.querySelector<HTMLElement>(
          `mark[data-highlight-id="${CSS.escape(next.highlight.id)}"]`,
        );
        // Focusing the mark selects the highlight; the caret moves to where it begins.
        mark?.focus({ preventScroll: true });
        placeCaret(body, next.start);
        scrollToCaret(scrollRef.current);
      }
    };
    // Before the highlight keys, which read the same arrows as moves between highlights.
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, [bodyRef, scrollRef]);

  useEffect(() => {
    if (!on) return;
    const first = requestAnimationFrame(redraw);
    const later = () => requestAnimationFrame(redraw);
    document.addEventListener('selectionchange', redraw);
    document.addEventListener('scroll', later, true);
    window.addEventListener('resize', later);
    return () => {
      cancelAnimationFrame(first);
      document.removeEventListener('selectionchange', redraw);
      document.removeEventListener('scroll', later, true);
      window.removeEventListener('resize', later);
    };
  }, [on, redraw]);
  // A new or removed highlight re-renders the words: the caret is drawn again where they are now.
  useEffect(() => {
    if (on) requestAnimationFrame(redraw);
  }, [on, placed, redraw]);

  return { on, box: on ? box : null };
}

/** Where the caret starts: the selection's end, else the focused highlight, else the first words in view. */
function startingOffset(
  body: HTMLElement,
  scroll: HTMLElement | null,
  placed: readonly PlacedHighlight[],
): number {
  const selection = window.getSelection();
  if (selection?.focusNode && body.contains(selection.focusNode)) {
    const at = offsetOf(body, selection.focusNode, selection.focusOffset);
    if (at !== null) return at;
  }
  const focused = document.activeElement?.closest('mark[data-highlight-id]');
  if (focused && body.contains(focused)) {
    const id = focused.getAttribute('data-highlight-id');
    const p = placed.find((q) => q.highlight.id === id);
    if (p) return p.start;
  }
  const top = scroll?.getBoundingClientRect().top ?? 0;
  for (const block of body.querySelectorAll(`[${BLOCK_START_ATTR}]`)) {
    if (block.getBoundingClientRect().bottom > top)
      return Number(block.getAttribute(BLOCK_START_ATTR));
  }
  return 0;
}

/** Offset in the article text of a point in one of its text nodes; null elsewhere. */
function offsetOf(body: HTMLElement, node: Node, at: number): number | null {
  const run = textRuns(body).find((r) => r.node === node);
  return run ? run.start + Math.min(at, run.node.length) : null;
}

/** The text node and position holding `offset` (the later node at a boundary between two). */
function pointAt(body: HTMLElement, offset: number): { node: Text; offset: number } | null {
  const runs = textRuns(body);
  let found: { node: Text; offset: number } | null = null;
  for (const run of runs) {
    if (run.start > offset) break;
    if (offset <= run.start + run.node.length)
      found = { node: run.node, offset: offset - run.start };
  }
  return found ?? (runs[0] ? { node: runs[0].node, offset: 0 } : null);
}

function placeCaret(body: HTMLElement, offset: number) {
  const point = pointAt(body, offset);
  if (point) window.getSelection()?.collapse(point.node, point.offset);
}

function caretBox(node: Text, offset: number): CaretBox | null {
  const range = document.createRange();
  range.setStart(node, offset);
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  if (rect.height === 0) return null;
  return { top: rect.top, left: rect.left, height: rect.height };
}

/** Scrolls the reader just enough to keep the caret (the selection's moving end) in view. */
function scrollToCaret(scroll: HTMLElement | null) {
  const selection = window.getSelection();
  if (!scroll || !selection?.focusNode) return;
  const range = document.createRange();
  range.setStart(selection.focusNode, selection.focusOffset);
  range.collapse(true);
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const view = scroll.getBoundingClientRect();
  if (rect.top < view.top + MARGIN_PX) scroll.scrollTop -= view.top + MARGIN_PX - rect.top;
  else if (rect.bottom > view.bottom - MARGIN_PX)
    scroll.scrollTop += rect.bottom - view.bottom + MARGIN_PX;
}
