// Removes a kept block from the article or puts a removed one back, one change at a time; the
// host answers with the whole article (highlights re-anchored) and focus stays where it was.
import { useCallback, useState, type RefObject } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { ApiError } from '../api/api-error';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import type { Cleaning } from './article-body';

export function useBlockCleaning(
  article: ArticleDetail,
  showRemoved: boolean,
  onChanged: (detail: ArticleDetail) => void,
  bodyRef: RefObject<HTMLElement | null>,
): Cleaning {
  const [pending, setPending] = useState<number | null>(null);
  const { add, inform, reportError } = useNotices();
  const { id } = article;

  const setRemoved = useCallback(
    async (index: number, removed: boolean, number?: number) => {
      setPending(index);
      const what = number ? `¶ ${number}` : 'The block';
      try {
        const detail = await call('articles.setBlockRemoved', { id, index, removed });
        onChanged(detail);
        if (removed) inform(`Removed ${what}. “Show removed” lists it, to put it back.`);
        requestAnimationFrame(() => refocus(bodyRef.current, detail, index, removed, showRemoved));
      } catch (error) {
        if (error instanceof ApiError && error.code === 'CONFLICT') {
          // The host explains which highlight holds the block and what to do about it.
          add({ level: 'warning', message: `${what} was not removed: ${error.message}` });
        } else {
          reportError(removed ? `Removing ${what}` : 'Putting the block back', error);
        }
      } finally {
        setPending(null);
      }
    },
    [id, showRemoved, onChanged, bodyRef, add, inform, reportError],
  );

  return {
    showRemoved,
    pending,
    setRemoved: (index, removed, number) => void setRemoved(index, removed, number),
  };
}

/**
 * The button pressed is gone (or disabled) after the change; keyboard users continue from the
 * block that took its place, or from the block they just changed.
 */
function refocus(
  body: HTMLElement | null,
  detail: ArticleDetail,
  index: number,
  removed: boolean,
  showRemoved: boolean,
) {
  if (!body || (document.activeElement && document.activeElement !== document.body)) return;
  const keptUpTo = detail.sourceBlocks
    .slice(0, index + 1)
    .filter((b) => !b.removed && b.text.trim()).length;
  const candidates = removed
    ? showRemoved
      ? [`[data-source-index="${index}"] .removed-block__put-back`]
      : [
          `[aria-label="Remove paragraph ${keptUpTo + 1}"]`,
          `[aria-label="Remove paragraph ${keptUpTo}"]`,
        ]
    : [`[aria-label="Remove paragraph ${keptUpTo}"]`];
  for (const selector of candidates) {
    const target = body.querySelector<HTMLElement>(selector);
    if (target) return target.focus();
  }
}
