// Keeps each article's reading position: saved as the reader scrolls, restored when it is reopened.
//
// The position is a place in the text (the block at the top of the pane and how far into it),
// not a pixel count: blocks out of view are given estimated heights until they are first laid
// out, so the same pixel offset can land on another paragraph after a reload.
import { useEffect, useRef, type RefObject } from 'react';
import { BLOCK_START_ATTR } from './selection-offsets';

const key = (articleId: string) => `dossier:scroll:${articleId}`;

/** Frames to wait for the page to grow tall enough (fonts, layout) before giving up the restore. */
const MAX_FRAMES = 60;
/** Frames the restored block is held at its place while the blocks around it are laid out. */
const SETTLE_FRAMES = 3;

interface Place {
  /** The text offset at which the top block starts. */
  block: number;
  /** Pixels of that block above the pane's top edge. */
  into: number;
  /** The pane's scroll offset, for when the block is gone (the text was revised). */
  top: number;
}

function readPlace(articleId: string): Place | null {
  const raw = localStorage.getItem(key(articleId));
  if (!raw) return null;
  // Positions saved before places were kept are a plain pixel offset.
  const pixels = Number(raw);
  if (Number.isFinite(pixels)) return pixels > 0 ? { block: -1, into: 0, top: pixels } : null;
  try {
    const place = JSON.parse(raw) as Partial<Place>;
    if (typeof place.top !== 'number' || typeof place.block !== 'number') return null;
    return { block: place.block, into: Number(place.into) || 0, top: place.top };
  } catch {
    return null;
  }
}

function blocksOf(pane: HTMLElement): HTMLElement[] {
  return [...pane.querySelectorAll<HTMLElement>(`[${BLOCK_START_ATTR}]`)];
}

/** The first block whose bottom is below the pane's top edge (blocks are in reading order). */
function placeOf(pane: HTMLElement): Place {
  const top = pane.scrollTop;
  const edge = pane.getBoundingClientRect().top;
  const blocks = blocksOf(pane);
  let lo = 0;
  let hi = blocks.length - 1;
  let found: HTMLElement | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid]!.getBoundingClientRect().bottom > edge) {
      found = blocks[mid];
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (!found || top <= 0) return { block: -1, into: 0, top };
  return {
    block: Number(found.getAttribute(BLOCK_START_ATTR)),
    into: Math.round(edge - found.getBoundingClientRect().top),
    top,
  };
}

/** Scrolls so the place's block is where it was; false when the block is not in the text. */
function scrollToPlace(pane: HTMLElement, place: Place): boolean {
  if (place.block < 0) return false;
  const block = pane.querySelector<HTMLElement>(`[${BLOCK_START_ATTR}="${place.block}"]`);
  if (!block) return false;
  const off = block.getBoundingClientRect().top - pane.getBoundingClientRect().top + place.into;
  if (Math.abs(off) >= 1) pane.scrollTop += off;
  return true;
}

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
    const place = skipRestore ? null : readPlace(articleId);
    if (!place) {
      restoredFor.current = articleId;
      return;
    }
    let frame = 0;
    let frames = 0;
    let settling = 0;
    const attempt = () => {
      if (scrollToPlace(pane, place)) {
        // Laying out the blocks now in view can move the one restored: hold it a few frames.
        if (++settling >= SETTLE_FRAMES) restoredFor.current = articleId;
        else frame = requestAnimationFrame(attempt);
        return;
      }
      // No such block (an old pixel position, or the text was revised): wait for the page to
      // be tall enough, then put back the pixel offset.
      const room = pane.scrollHeight - pane.clientHeight;
      if (room >= place.top || ++frames >= MAX_FRAMES) {
        pane.scrollTop = Math.min(place.top, room);
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
    let place: Place = { block: -1, into: 0, top: 0 };
    const save = () => {
      timer = undefined;
      try {
        localStorage.setItem(key(articleId), JSON.stringify(place));
      } catch {
        // A full storage only loses the reading position.
      }
    };
    const onScroll = () => {
      // A scroll before the restore (layout settling) must not overwrite the saved position.
      if (restoredFor.current !== articleId) return;
      place = placeOf(pane);
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
