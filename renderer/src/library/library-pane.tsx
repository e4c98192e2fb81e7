// The left pane: every article in the notebook, a filter, and the Import menu; beside the
// articles, the codebook and the notebook notes as tabs.
import { useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import type { ImportEngine } from '../import/import-engine';
import { ImportMenu } from '../import/import-menu';
import { UrlForm } from '../import/url-form';
import { TagFilterChip } from '../tags/tag-chip';
import type { TagFilter } from '../tags/tag-filter';
import { useTagFilter } from '../tags/use-tag-filter';
import { ArticleListItem } from './article-list-item';
import { useTagArticles } from './use-tag-articles';

interface Props {
  articles: readonly ArticleSummary[] | null;
  selectedId: string | null;
  onSelect: (id: string) => void;
  imports: ImportEngine;
  tagFilter: TagFilter | null;
  onClearTagFilter: () => void;
  /** The codebook view, shown in its tab. */
  codebook: ReactNode;
  /** The notebook notes view, shown in its tab. */
  notebookNotes: ReactNode;
}

type View = 'articles' | 'codebook' | 'notes';

const VIEWS: Array<{ view: View; label: string }> = [
  { view: 'articles', label: 'Articles' },
  { view: 'codebook', label: 'Codebook' },
  { view: 'notes', label: 'Notebook notes' },
];

export function LibraryPane(props: Props) {
  const { articles, selectedId, onSelect, imports } = props;
  const tagFilter = useTagFilter(props.tagFilter);
  const [filter, setFilter] = useState('');
  const [askingUrl, setAskingUrl] = useState(false);
  const [view, setView] = useState<View>('articles');
  const tagged = useTagArticles(tagFilter, articles);
  const needle = filter.trim().toLocaleLowerCase();
  const shown = (articles ?? []).filter(
    (a) =>
      (!tagFilter || tagged?.has(a.id)) &&
      (!needle ||
        `${a.title} ${a.source ?? ''} ${a.byline ?? ''} ${a.fileName ?? ''}`
          .toLocaleLowerCase()
          .includes(needle)),
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
      <div className="library__tabs" role="tablist" aria-label="Library views">
        {VIEWS.map((v) => (
          <button
            key={v.view}
            type="button"
            role="tab"
            id={`library-tab-${v.view}`}
            aria-selected={view === v.view}
            aria-controls={`library-view-${v.view}`}
            className="library__tab"
            onClick={() => setView(v.view)}
          >
            {v.label}
          </button>
        ))}
      </div>
      {tagFilter && view !== 'notes' && (
        <TagFilterChip
          name={tagFilter.path}
          color={tagFilter.color}
          onClear={props.onClearTagFilter}
        />
      )}
      {/* Every view stays mounted: an open notebook note keeps its place and can be quoted into. */}
      <div
        className="library__scroll"
        role="tabpanel"
        id="library-view-codebook"
        aria-labelledby="library-tab-codebook"
        hidden={view !== 'codebook'}
      >
        {props.codebook}
      </div>
      <div
        className="library__scroll"
        role="tabpanel"
        id="library-view-notes"
        aria-labelledby="library-tab-notes"
        hidden={view !== 'notes'}
      >
        {props.notebookNotes}
      </div>
      <div
        className="library__articles"
        role="tabpanel"
        id="library-view-articles"
        aria-labelledby="library-tab-articles"
        hidden={view !== 'articles'}
      >
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
          ) : tagFilter && !tagged ? (
            <p className="pane__empty">Filtering…</p>
          ) : shown.length === 0 ? (
            <p className="pane__empty">
              {needle ? `No article matches “${filter}”.` : 'No article holds this tag.'}
            </p>
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
      </div>
    </section>
  );
}
