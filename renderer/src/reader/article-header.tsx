// The article's title and provenance (source, date, address), editable in place.
import { useState } from 'react';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { formatCalendarDate } from './format-date';
import { MetadataForm } from './metadata-form';

interface Props {
  article: ArticleDetail;
  onSaved: (summary: ArticleSummary) => void;
}

export function ArticleHeader({ article, onSaved }: Props) {
  const [editing, setEditing] = useState(false);

  if (editing) {
    return (
      <header className="article-header">
        <MetadataForm
          article={article}
          onCancel={() => setEditing(false)}
          onSaved={(summary) => {
            setEditing(false);
            onSaved(summary);
          }}
        />
      </header>
    );
  }

  const fromDateLine = article.publishedAtSource === 'date-line';
  return (
    <header className="article-header">
      <h1 className="article-title" dir="auto">
        {article.title}
      </h1>
      <p className="article-meta">
        {article.source && (
          <span className="article-meta__source" dir="auto">
            {article.source}
          </span>
        )}
        {article.publishedAt ? (
          <time
            dateTime={article.publishedAt}
            title={
              fromDateLine
                ? "Read from the page's date line: it may be the day the page was saved."
                : undefined
            }
          >
            {formatCalendarDate(article.publishedAt)}
            {fromDateLine && <span className="article-meta__hint"> (date line)</span>}
          </time>
        ) : (
          <span className="article-meta__missing">No date</span>
        )}
        {article.url && (
          <a
            href={article.url}
            target="_blank"
            rel="noopener noreferrer"
            className="article-meta__url"
          >
            {hostOf(article.url)}
          </a>
        )}
        {article.fileName && <span className="article-meta__file">{article.fileName}</span>}
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          Edit details
        </button>
      </p>
    </header>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
