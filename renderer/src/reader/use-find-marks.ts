// Marks every match of the find bar in the reader with the CSS Custom Highlight API (no change
// to the text's DOM), the current one distinctly, and brings the current one to the middle.
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { nodeSpan, type TextSpan } from './find-ranges';
import { textRuns } from './selection-offsets';

/** The names `::highlight()` styles them by (see styles/find.css). */
export const MATCH_HIGHLIGHT = 'search-match';
export const CURRENT_HIGHLIGHT = 'search-current';

interface Options {
  bodyRef: RefObject<HTMLElement | null>;
  scrollRef: RefObject<HTMLElement | null>;
  /** The matches to mark, in text order; none while the find bar is closed. */
  matches: readonly TextSpan[];
  /** Index of the current match, or -1. */
  current: number;
  /** Changes whenever the current match should be brought into view (a step, a new answer). */
  reveal: unknown;
}

const supported = () => typeof CSS !== 'undefined' && 'highlights' in CSS;

export function useFindMarks({ bodyRef, scrollRef, matches, current, reveal }: Options) {
  // The current match is not in the page yet (the rest of a long article is still rendering):
  // it is brought into view once it is.
  const revealWaiting = useRef(false);

  // Marks are ranges over the text nodes: whenever the reader renders the text again (a new
  // highlight cuts a block differently, a block is removed), they are built again.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !supported()) return;
    if (matches.length === 0) {
      clearMarks();
      return;
    }
    const apply = () => {
      const runs = textRuns(body);
      const ranges = matches.map((match) => toRange(nodeSpan(runs, match)));
      CSS.highlights.set(MATCH_HIGHLIGHT, new Highlight(...ranges.filter((r) => r !== null)));
      const now = ranges[current];
      if (now) {
        const mark = new Highlight(now);
        mark.priority = 1;
        CSS.highlights.set(CURRENT_HIGHLIGHT, mark);
      } else CSS.highlights.delete(CURRENT_HIGHLIGHT);
      if (now && revealWaiting.current && scrollRef.current) {
        revealWaiting.current = false;
        centre(scrollRef.current, now);
      }
    };
    apply();
    let frame = 0;
    const observer = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(apply);
    });
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      clearMarks();
    };
  }, [bodyRef, scrollRef, matches, current]);

  const latest = useRef({ matches, current });
  useLayoutEffect(() => {
    latest.current = { matches, current };
  });
  useEffect(() => {
    const { matches, current } = latest.current;
    const body = bodyRef.current;
    const scroller = scrollRef.current;
    const match = matches[current];
    if (!body || !scroller || !match) return;
    const range = toRange(nodeSpan(textRuns(body), match));
    revealWaiting.current = !range;
    if (range) centre(scroller, range);
  }, [bodyRef, scrollRef, reveal]);
}

function clearMarks() {
  if (!supported()) return;
  CSS.highlights.delete(MATCH_HIGHLIGHT);
  CSS.highlights.delete(CURRENT_HIGHLIGHT);
}

function toRange(span: ReturnType<typeof nodeSpan>): Range | null {
  if (!span) return null;
  const range = document.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}

/** Scrolls the reader so the range sits in the middle of it, as a browser's find does. */
function centre(scroller: HTMLElement, range: Range) {
  const box = scroller.getBoundingClientRect();
  const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
  const offset = rect.top + rect.height / 2 - (box.top + box.height / 2);
  scroller.scrollTo({ top: scroller.scrollTop + offset, behavior: 'auto' });
}
