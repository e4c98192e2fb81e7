// One row of the library: title, source, date and how many highlights the article holds.
import type { ArticleSummary } from '../../../shared/model';
import { formatCalendarDate } from '../reader/format-date';

interface Props {
  article: ArticleSummary;
  selected: boolean;
  onSelect: () => void;
}

export function ArticleListItem({ article, selected, onSelect }: Props) {
  const count = article.highlightCount;
  return (
    <li
      role="option"
      aria-selected={selected}
      tabIndex={selected ? 0 : -1}
      data-article-id={article.id}
      className={`article-item${selected ? ' is-selected' : ''}`}
      onClick={onSelect}
    >
      <span className="article-item__title" dir="auto">
        {article.title}
      </span>
      <span className="article-item__meta">
        <span className="article-item__source" dir="auto">
          {article.source || article.fileName || 'Unknown source'}
        </span>
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
