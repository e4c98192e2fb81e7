// Two small helpers of the reader: a soft, passing hint (a key pressed with nothing to act on),
// and handing the keyboard to a highlight just made, so its colour keys and `n` act on it at once.
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { isTyping } from '../undo/use-undo';

const HINT_MS = 3000;

export function useSoftHint() {
  const [text, setText] = useState('');
  const timer = useRef<number | undefined>(undefined);
  const show = useCallback((message: string) => {
    setText(message);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setText(''), HINT_MS);
  }, []);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return { text, show };
}

/**
 * After `expect()`, the next highlight to become current (the one being created) takes the
 * focus on its first mark, unless the analyst has meanwhile moved into a text box.
 */
export function useFocusCreated(bodyRef: RefObject<HTMLElement | null>, activeId: string | null) {
  const waiting = useRef(false);
  const before = useRef(activeId);
  useEffect(() => {
    if (!waiting.current || !activeId || activeId === before.current) return;
    waiting.current = false;
    if (isTyping(document.activeElement)) return;
    bodyRef.current
      ?.querySelector<HTMLElement>(`mark[data-highlight-id="${CSS.escape(activeId)}"]`)
      ?.focus({ preventScroll: true });
  }, [activeId, bodyRef]);
  const expect = useCallback(() => {
    waiting.current = true;
    before.current = activeId;
  }, [activeId]);
  return useMemo(() => ({ expect }), [expect]);
}
