// The keys that bring the search box forward from anywhere: Ctrl/Cmd+K always, `/` when the
// user is not typing somewhere else.
import { useEffect, useRef } from 'react';
import { isTyping } from '../undo/use-undo';

export function useSearchShortcuts(focus: () => void) {
  const latest = useRef(focus);
  useEffect(() => {
    latest.current = focus;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      // A dialog keeps the keyboard to itself.
      if (target?.closest('[role="dialog"]')) return;
      const commandK =
        (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k';
      const slash =
        event.key === '/' && !event.ctrlKey && !event.metaKey && !isTyping(event.target);
      if (!commandK && !slash) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
