// The article's title and provenance (byline, outlet, date and where it was found, address,
// language, source file), editable in place, and the switch that shows what the cleaner removed.
import { useState, type ReactNode } from 'react';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { ArticleFacts } from './article-facts';
import { bylineText, dateLabel, shortUrl } from './describe-meta';
import { MetadataForm } from './metadata-form';
import { OutletField } from './outlet-field';
import { SourceGrade } from './source-grade';

interface Props {
  article: ArticleDetail;
  onSaved: (summary: ArticleSummary) => void;
  removedCount: number;
  showRemoved: boolean;
  onToggleRemoved: () => void;
  /** More actions for the article's text (versions, editing, colours, undo). */
  tools?: ReactNode;
}

export function ArticleHeader({
  article,
  onSaved,
  removedCount,
  showRemoved,
  onToggleRemoved,
  tools,
}: Props) {
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

  const date = dateLabel(article);
  return (
    <header className="article-header">
      <h1 className="article-title" dir="auto" lang={article.lang}>
        {article.title}
      </h1>
      {article.byline && (
        <p className="article-byline" dir="auto" lang={article.lang}>
          {bylineText(article.byline)}
        </p>
      )}
      <p className="article-meta">
        <OutletField key={article.id} article={article} onSaved={onSaved} />
        {date ? (
          <span className={`article-date${date.uncertain ? ' article-date--uncertain' : ''}`}>
            <time dateTime={article.publishedAt}>{date.date}</time>
            {date.provenance && (
              <span className="article-date__provenance"> · {date.provenance}</span>
            )}
          </span>
        ) : (
          <span className="article-meta__missing">No date</span>
        )}
        {article.url && (
          <a
            href={article.url}
            // Opens in the system browser: the desktop shell hands http(s) links to it.
            target="_blank"
            rel="noopener noreferrer"
            className="article-meta__url"
            title={article.url}
          >
            {shortUrl(article.url)}
            <svg width="10" height="10" viewBox="0 0 12 12" aria-hidden="true" fill="none">
              <path
                d="M4.5 2.5h5v5M9.5 2.5 3 9"
                stroke="currentColor"
                strokeWidth="1.3"
                strokeLinecap="round"
              />
            </svg>
          </a>
        )}
      </p>
      <ArticleFacts meta={article} />
      {article.cleaning && (
        <div className="article-cleaning" role="note" aria-label="Cleaner's note">
          <strong>Cleaner's note</strong>
          {article.cleaning.map((sentence) => (
            <p key={sentence}>{sentence}</p>
          ))}
        </div>
      )}
      <SourceGrade key={article.id} article={article} onSaved={onSaved} />
      <div className="article-header__actions">
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          Edit details
        </button>
        <button
          type="button"
          role="switch"
          aria-checked={showRemoved}
          className="switch"
          onClick={onToggleRemoved}
          disabled={removedCount === 0 && !showRemoved}
          title={
            removedCount === 0
              ? 'Nothing was removed from this article'
              : 'Show what the cleaner (or you) removed, in place, to put it back'
          }
        >
          <span className="switch__track" aria-hidden="true">
            <span className="switch__thumb" />
          </span>
          Show removed ({removedCount})
        </button>
        {tools}
      </div>
    </header>
  );
}
