// The left pane: every article in the notebook, a filter, and the Import menu; beside the
// articles, the codebook and the notebook notes as tabs.
import { useState, type ReactNode } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import type { ImportEngine } from '../import/import-engine';
import { ImportMenu } from '../import/import-menu';
import { UrlForm } from '../import/url-form';
import { useNoteRequest } from '../notebook-notes/note-request';
import { TagFilterChip } from '../tags/tag-chip';
import type { TagFilter } from '../tags/tag-filter';
import { useTagFilter } from '../tags/use-tag-filter';
import { ArticleList } from './article-list';
import { useArticleFilter } from './use-article-filter';
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
  /** Search across the notebook, at the very top of the pane above the tabs. */
  search?: ReactNode;
  /** The quotations view: a "Quotations" tab after Articles, only when given. */
  quotations?: ReactNode;
  /** Buttons beside Import in the header. */
  actions?: ReactNode;
}

type View = 'articles' | 'quotations' | 'codebook' | 'notes';

/** `short`: the name a narrow pane shows, the rest of the label hidden. */
const VIEWS: Array<{ view: View; label: string; short?: string }> = [
  { view: 'articles', label: 'Articles' },
  { view: 'quotations', label: 'Quotations' },
  { view: 'codebook', label: 'Codebook' },
  { view: 'notes', label: 'Notebook notes', short: 'Notebook' },
];

export function LibraryPane(props: Props) {
  const { articles, selectedId, onSelect, imports } = props;
  const tagFilter = useTagFilter(props.tagFilter);
  const [filter, setFilter] = useState('');
  const [askingUrl, setAskingUrl] = useState(false);
  const [view, setView] = useState<View>('articles');
  // A notebook note asked for elsewhere (a search hit) shows in its tab.
  const noteRequest = useNoteRequest();
  const [requested, setRequested] = useState(noteRequest?.nonce);
  if (noteRequest && noteRequest.nonce !== requested) {
    setRequested(noteRequest.nonce);
    setView('notes');
  }
  const tagged = useTagArticles(tagFilter, articles);
  // The list follows each key in the same frame as the box: filtering ten thousand folded
  // strings and rendering the rows in view costs a few milliseconds, so nothing is deferred.
  const { shown, needle } = useArticleFilter(articles, filter, tagged);

  return (
    <section className="pane library" data-testid="library" aria-label="Library">
      {props.search}
      <header className="pane__header">
        <h2 className="pane__title">
          Library {articles && <span className="count">{articles.length}</span>}
        </h2>
        <div className="pane__actions">
          {props.actions}
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
        {VIEWS.filter((v) => v.view !== 'quotations' || props.quotations).map((v) => (
          <button
            key={v.view}
            type="button"
            role="tab"
            id={`library-tab-${v.view}`}
            aria-selected={view === v.view}
            aria-controls={`library-view-${v.view}`}
            className="library__tab"
            // The full name, however short the pane shows it.
            aria-label={v.label}
            title={v.label}
            onClick={() => setView(v.view)}
          >
            {v.short ? (
              <>
                {v.short}
                <span className="library__tab-rest">{v.label.slice(v.short.length)}</span>
              </>
            ) : (
              v.label
            )}
          </button>
        ))}
      </div>
      {tagFilter && (view === 'articles' || view === 'codebook') && (
        <TagFilterChip
          name={tagFilter.path}
          color={tagFilter.color}
          onClear={props.onClearTagFilter}
        />
      )}
      {/* Every view stays mounted: an open notebook note keeps its place and can be quoted into. */}
      {props.quotations && (
        <div
          className="library__view"
          role="tabpanel"
          id="library-view-quotations"
          aria-labelledby="library-tab-quotations"
          hidden={view !== 'quotations'}
        >
          {props.quotations}
        </div>
      )}
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
        {articles === null ? (
          <Message>Loading…</Message>
        ) : articles.length === 0 ? (
          <Message>
            No articles yet. Import files, a folder or a web address, or drop files on the window.
          </Message>
        ) : tagFilter && !tagged ? (
          <Message>Filtering…</Message>
        ) : shown.length === 0 ? (
          <Message>
            {needle ? `No article matches “${filter.trim()}”.` : 'No article holds this tag.'}
          </Message>
        ) : (
          <ArticleList
            articles={shown}
            selectedId={selectedId}
            onSelect={onSelect}
            filterKey={`${needle}|${tagFilter?.path ?? ''}|${view}`}
          />
        )}
      </div>
    </section>
  );
}

function Message({ children }: { children: ReactNode }) {
  return (
    <div className="library__scroll">
      <p className="pane__empty">{children}</p>
    </div>
  );
}
