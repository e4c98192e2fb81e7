// The left pane: every article in the notebook, a filter, and the Import button.
import { useState, type KeyboardEvent } from 'react';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { ArticleListItem } from './article-list-item';
import { ImportButton } from './import-button';

interface Props {
  articles: readonly ArticleSummary[] | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onImported: (articles: ArticleDetail[]) => void | Promise<void>;
}

export function LibraryPane({ articles, selectedId, onSelect, onImported }: Props) {
  const [filter, setFilter] = useState('');
  const needle = filter.trim().toLocaleLowerCase();
  const shown = (articles ?? []).filter(
    (a) =>
      !needle ||
      `${a.title} ${a.source ?? ''} ${a.fileName ?? ''}`.toLocaleLowerCase().includes(needle),
  );

  // Arrow keys move through the list, as in any desktop list box.
  const onKey = (event: KeyboardEvent<HTMLUListElement>) => {
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (!step || shown.length === 0) return;
    event.preventDefault();
    const at = shown.findIndex((a) => a.id === selectedId);
    const next = shown[Math.min(shown.length - 1, Math.max(0, at + step))]!;
    onSelect(next.id);
    const list = event.currentTarget;
    requestAnimationFrame(() =>
      list.querySelector<HTMLElement>(`[data-article-id="${CSS.escape(next.id)}"]`)?.focus(),
    );
  };

  return (
    <section className="pane library" data-testid="library" aria-label="Library">
      <header className="pane__header">
        <h2 className="pane__title">
          Library {articles && <span className="count">{articles.length}</span>}
        </h2>
        <div className="pane__actions">
          <ImportButton onImported={onImported} />
        </div>
      </header>
      {articles && articles.length > 3 && (
        <div className="library__filter">
          <input
            type="search"
            placeholder="Filter articles"
            aria-label="Filter articles"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      )}
      <div className="library__scroll">
        {articles === null ? (
          <p className="pane__empty">Loading…</p>
        ) : articles.length === 0 ? (
          <p className="pane__empty">No articles yet. Import .txt or .md files to start reading.</p>
        ) : shown.length === 0 ? (
          <p className="pane__empty">No article matches “{filter}”.</p>
        ) : (
          <ul role="listbox" aria-label="Articles" className="article-list" onKeyDown={onKey}>
            {shown.map((article) => (
              <ArticleListItem
                key={article.id}
                article={article}
                selected={article.id === selectedId}
                onSelect={() => onSelect(article.id)}
              />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
