// One row of the library: title, source, date and how many highlights the article holds.
import type { Ref } from 'react';
import { RELIABILITY_MEANINGS } from '../../../shared/grading';
import type { ArticleSummary } from '../../../shared/model';
import { formatCalendarDate } from '../reader/format-date';

interface Props {
  article: ArticleSummary;
  selected: boolean;
  /** Whether Tab reaches this row (the list box is one stop, at its selected row). */
  tabbable: boolean;
  onSelect: () => void;
  /** Its place in the whole list, which is only partly in the page. */
  index: number;
  setSize: number;
  /** Its offset from the list's top, in pixels. */
  top: number;
  ref?: Ref<HTMLLIElement>;
}

export function ArticleListItem({
  article,
  selected,
  tabbable,
  onSelect,
  index,
  setSize,
  top,
  ref,
}: Props) {
  const count = article.highlightCount;
  return (
    <li
      ref={ref}
      role="option"
      aria-selected={selected}
      aria-posinset={index + 1}
      aria-setsize={setSize}
      data-index={index}
      tabIndex={tabbable ? 0 : -1}
      data-article-id={article.id}
      className={`article-item${selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={onSelect}
    >
      {/* Cut at three lines: the whole title shows on hover. */}
      <span className="article-item__title" dir="auto" title={article.title}>
        {article.title}
      </span>
      <span className="article-item__meta">
        {article.source ? (
          <span className="article-item__source" dir="auto">
            {article.source}
          </span>
        ) : (
          // A file's name is not its outlet: say plainly that the outlet is not known.
          <span className="article-item__source article-item__source--unknown">Outlet unknown</span>
        )}
        {article.reliability && (
          <span
            className="article-item__grade"
            title={`Source reliability ${article.reliability}: ${RELIABILITY_MEANINGS[article.reliability]}`}
          >
            {article.reliability}
            <span className="visually-hidden">
              {' '}
              (source reliability: {RELIABILITY_MEANINGS[article.reliability]})
            </span>
          </span>
        )}
        {article.publishedAt && (
          <time dateTime={article.publishedAt}>
            {formatCalendarDate(article.publishedAt, 'short')}
          </time>
        )}
        <span
          className={`article-item__count${count === 0 ? ' article-item__count--none' : ''}`}
          title={`${count} highlight${count === 1 ? '' : 's'}`}
        >
          {count}
          <span className="visually-hidden"> highlight{count === 1 ? '' : 's'}</span>
        </span>
      </span>
    </li>
  );
}
