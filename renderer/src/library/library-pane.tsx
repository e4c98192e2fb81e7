// The left pane: every article in the notebook, a filter, and the Import menu.
import { useState, type KeyboardEvent } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import type { ImportEngine } from '../import/import-engine';
import { ImportMenu } from '../import/import-menu';
import { UrlForm } from '../import/url-form';
import { ArticleListItem } from './article-list-item';

interface Props {
  articles: readonly ArticleSummary[] | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  imports: ImportEngine;
}

export function LibraryPane({ articles, selectedId, onSelect, imports }: Props) {
  const [filter, setFilter] = useState('');
  const [askingUrl, setAskingUrl] = useState(false);
  const needle = filter.trim().toLocaleLowerCase();
  const shown = (articles ?? []).filter(
    (a) =>
      !needle ||
      `${a.title} ${a.source ?? ''} ${a.byline ?? ''} ${a.fileName ?? ''}`
        .toLocaleLowerCase()
        .includes(needle),
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
          <ImportMenu
            onFiles={(direct) => imports.addFound({ direct })}
            onFolder={(inFolders) => imports.addFound({ inFolders })}
            onChosen={({ paths, skipped }) =>
              imports.add(
                paths.map((path) => ({ kind: 'chosen', path })),
                skipped,
              )
            }
            onWebAddress={() => setAskingUrl(true)}
          />
        </div>
      </header>
      {askingUrl && (
        <UrlForm onImport={(url) => imports.addUrl(url)} onClose={() => setAskingUrl(false)} />
      )}
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
          <p className="pane__empty">
            No articles yet. Import files, a folder or a web address, or drop files on the window.
          </p>
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
