// The middle pane: the article's header and text, and the selection toolbar that makes highlights.
import { useCallback, useRef, useState } from 'react';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { ArticleBody, type JumpRequest } from './article-body';
import { ArticleHeader } from './article-header';
import type { PlacedHighlight } from './highlight-placement';
import { SelectionToolbar } from './selection-toolbar';
import { useTextSelection } from './use-text-selection';

interface Props {
  article: ArticleDetail;
  placed: readonly PlacedHighlight[];
  activeId: string | null;
  flash: JumpRequest | null;
  onMarkClick: (id: string) => void;
  onCreateHighlight: (start: number, end: number) => Promise<void>;
  onDetailsSaved: (summary: ArticleSummary) => void;
}

export function ReaderPane(props: Props) {
  const { article, onCreateHighlight } = props;
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const { selection, clear } = useTextSelection(bodyRef, article.text);
  const [busy, setBusy] = useState(false);

  const highlight = useCallback(async () => {
    if (!selection || busy) return;
    setBusy(true);
    try {
      await onCreateHighlight(selection.start, selection.end);
      clear();
    } finally {
      setBusy(false);
    }
  }, [selection, busy, onCreateHighlight, clear]);

  return (
    <section className="pane reader" aria-label="Article">
      <div className="reader__scroll">
        <article className="reader__page">
          <ArticleHeader article={article} onSaved={props.onDetailsSaved} />
          <ArticleBody
            article={article}
            placed={props.placed}
            activeId={props.activeId}
            flash={props.flash}
            onMarkClick={props.onMarkClick}
            bodyRef={bodyRef}
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
