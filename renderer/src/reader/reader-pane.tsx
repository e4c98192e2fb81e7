// The middle pane: the article's header and text, and the selection toolbar that makes highlights.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { ArticleBody, type JumpRequest } from './article-body';
import { ArticleHeader } from './article-header';
import { removedCount } from './body-units';
import type { PlacedHighlight } from './highlight-placement';
import { SelectionToolbar } from './selection-toolbar';
import { useBlockCleaning } from './use-block-cleaning';
import { useTextSelection } from './use-text-selection';

interface Props {
  article: ArticleDetail;
  placed: readonly PlacedHighlight[];
  activeId: string | null;
  flash: JumpRequest | null;
  onMarkClick: (id: string) => void;
  onCreateHighlight: (start: number, end: number) => Promise<void>;
  onDetailsSaved: (summary: ArticleSummary) => void;
  /** Removing or putting back a block answers with the whole article. */
  onArticleChanged: (detail: ArticleDetail) => void;
}

export function ReaderPane(props: Props) {
  const { article, onCreateHighlight } = props;
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const { selection, clear } = useTextSelection(bodyRef, article.text);
  const [busy, setBusy] = useState(false);
  const [showRemoved, setShowRemoved] = useState(false);
  const cleaning = useBlockCleaning(article, showRemoved, props.onArticleChanged, bodyRef);

  // The selection as it is now, for after the highlight's save: one made meanwhile stays.
  const latestSelection = useRef(selection);
  useEffect(() => {
    latestSelection.current = selection;
  });

  const highlight = useCallback(async () => {
    if (!selection || busy) return;
    setBusy(true);
    try {
      await onCreateHighlight(selection.start, selection.end);
      const now = latestSelection.current;
      if (!now || (now.start === selection.start && now.end === selection.end)) clear();
    } finally {
      setBusy(false);
    }
  }, [selection, busy, onCreateHighlight, clear]);

  return (
    <section className="pane reader" aria-label="Article">
      <div className="reader__scroll">
        <article className="reader__page">
          <ArticleHeader
            article={article}
            onSaved={props.onDetailsSaved}
            removedCount={removedCount(article)}
            showRemoved={showRemoved}
            onToggleRemoved={() => setShowRemoved((shown) => !shown)}
          />
          <ArticleBody
            article={article}
            placed={props.placed}
            activeId={props.activeId}
            flash={props.flash}
            onMarkClick={props.onMarkClick}
            bodyRef={bodyRef}
            cleaning={cleaning}
          />
        </article>
      </div>
      {selection && (
        <SelectionToolbar
          selection={selection}
          busy={busy}
          onHighlight={() => void highlight()}
          onDismiss={clear}
        />
      )}
    </section>
  );
}
