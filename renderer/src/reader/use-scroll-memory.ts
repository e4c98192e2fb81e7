// Keeps each article's reading position: saved as the reader scrolls, restored when it is reopened.
import { useEffect, useRef, type RefObject } from 'react';

const key = (articleId: string) => `dossier:scroll:${articleId}`;

/** Frames to wait for the page to grow tall enough (fonts, layout) before giving up the restore. */
const MAX_FRAMES = 60;

/**
 * `contentSize` (e.g. the text's length) changes when the article's blocks do; the position is
 * put back once they are rendered and the page is tall enough, never clamped early to the top.
 * `skipRestore` is set when the article opens at a highlight: the jump wins.
 */
export function useScrollMemory(
  scrollRef: RefObject<HTMLElement | null>,
  articleId: string,
  contentSize: number,
  skipRestore = false,
) {
  // The article whose position is back in place; until then, scrolling is not saved.
  const restoredFor = useRef<string | null>(null);

  useEffect(() => {
    const pane = scrollRef.current;
    if (!pane || restoredFor.current === articleId) return;
    const saved = Number(localStorage.getItem(key(articleId)));
    if (skipRestore || !(saved > 0)) {
      restoredFor.current = articleId;
      return;
    }
    let frame = 0;
    let frames = 0;
    const attempt = () => {
      const room = pane.scrollHeight - pane.clientHeight;
      if (room >= saved || ++frames >= MAX_FRAMES) {
        pane.scrollTop = Math.min(saved, room);
        restoredFor.current = articleId;
        return;
      }
      frame = requestAnimationFrame(attempt);
    };
    // After the render has been laid out, not in the middle of it.
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, [scrollRef, articleId, contentSize, skipRestore]);

  useEffect(() => {
    const pane = scrollRef.current;
    if (!pane) return;
    let timer: number | undefined;
    // Read as it scrolls: once the reader is closed the pane is gone and reads 0.
    let position = 0;
    const save = () => {
      timer = undefined;
      try {
        localStorage.setItem(key(articleId), String(Math.round(position)));
      } catch {
        // A full storage only loses the reading position.
      }
    };
    const onScroll = () => {
      // A scroll before the restore (layout settling) must not overwrite the saved position.
      if (restoredFor.current !== articleId) return;
      position = pane.scrollTop;
      window.clearTimeout(timer);
      timer = window.setTimeout(save, 150);
    };
    pane.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      pane.removeEventListener('scroll', onScroll);
      // Opening another article right after scrolling still keeps this one's position.
      if (timer !== undefined) {
        window.clearTimeout(timer);
        save();
      }
    };
  }, [scrollRef, articleId]);
}
