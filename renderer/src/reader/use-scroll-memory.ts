// Keeps each article's reading position: saved as the reader scrolls, restored when it is reopened.
import { useEffect, type RefObject } from 'react';

const key = (articleId: string) => `dossier:scroll:${articleId}`;

export function useScrollMemory(scrollRef: RefObject<HTMLElement | null>, articleId: string) {
  useEffect(() => {
    const pane = scrollRef.current;
    if (!pane) return;
    const saved = Number(localStorage.getItem(key(articleId)));
    if (saved > 0) pane.scrollTop = saved;
    let timer: number | undefined;
    const onScroll = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        try {
          localStorage.setItem(key(articleId), String(Math.round(pane.scrollTop)));
        } catch {
          // A full storage only loses the reading position.
        }
      }, 150);
    };
    pane.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.clearTimeout(timer);
      pane.removeEventListener('scroll', onScroll);
    };
  }, [scrollRef, articleId]);
}
