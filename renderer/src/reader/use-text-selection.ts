// Follows the user's text selection inside the article and reports it as offsets plus a screen box.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { selectionToOffsets } from './selection-offsets';

export interface TextSelection {
  start: number;
  end: number;
  /** Where the selection is on screen, for placing the toolbar. */
  rect: { top: number; bottom: number; left: number; width: number };
}

export function useTextSelection(bodyRef: RefObject<HTMLElement | null>, text: string) {
  const [selection, setSelection] = useState<TextSelection | null>(null);
  const pointerDown = useRef(false);

  /** Reads the selection as the page holds it at this moment, and shows it. */
  const read = useCallback((): TextSelection | null => {
    const body = bodyRef.current;
    const dom = window.getSelection();
    const none = () => (setSelection(null), null);
    if (!body || !dom) return none();
    const offsets = selectionToOffsets(body, dom, text);
    if (!offsets) return none();
    // The toolbar sits over the first line of the selection, where the reader's eye started.
    const range = dom.getRangeAt(0);
    const lines = [...range.getClientRects()].filter((r) => r.width > 0);
    const box = range.getBoundingClientRect();
    const first = lines[0] ?? box;
    const last = lines.at(-1) ?? box;
    const now = {
      ...offsets,
      rect: { top: first.top, bottom: last.bottom, left: first.left, width: first.width },
    };
    setSelection(now);
    return now;
  }, [bodyRef, text]);

  useEffect(() => {
    // While the mouse is down the selection is still being drawn; the toolbar waits for the release.
    const onSelectionChange = () => {
      if (!pointerDown.current) read();
    };
    const onDown = (event: PointerEvent) => {
      if (event.button === 0) pointerDown.current = true;
    };
    const onUp = () => {
      pointerDown.current = false;
      // The selection settles after the release event, so read it on the next frame.
      requestAnimationFrame(() => read());
    };
    const onScroll = () => requestAnimationFrame(() => read());
    document.addEventListener('selectionchange', onSelectionChange);
    document.addEventListener('pointerdown', onDown, true);
    document.addEventListener('pointerup', onUp, true);
    document.addEventListener('mouseup', onUp, true);
    document.addEventListener('scroll', onScroll, true);
    return () => {
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('pointerdown', onDown, true);
      document.removeEventListener('pointerup', onUp, true);
      document.removeEventListener('mouseup', onUp, true);
      document.removeEventListener('scroll', onScroll, true);
    };
  }, [read]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  // `settle`: the selection as it is now. A key pressed right after Shift+arrows arrives before
  // the page has told of the last change; what is highlighted must be what is selected.
  return { selection, clear, settle: read };
}
