// The middle pane: the article's header and text, the selection toolbar that makes highlights,
// the highlight keys and caret mode, and the article's versions.
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { RevisionOutcome } from '../../../shared/contract';
import type {
  ArticleDetail,
  ArticleSummary,
  Highlight,
  HighlightColor,
} from '../../../shared/model';
import { ColoursButton } from '../settings/colours-popover';
import { EditTextDialog } from '../versions/edit-text-dialog';
import { VersionsDialog } from '../versions/versions-dialog';
import { ArticleBody, type JumpRequest } from './article-body';
import { ArticleHeader } from './article-header';
import { removedCount } from './body-units';
import { FindBar } from './find-bar';
import type { FindRequest } from './find-request';
import type { PlacedHighlight } from './highlight-placement';
import { ARTICLE_PAINTED_MARK, HIGHLIGHTS_PAINTED_MARK, markAfterPaint } from './paint-marks';
import { SelectionToolbar } from './selection-toolbar';
import { useBlockCleaning } from './use-block-cleaning';
import { useCaretMode } from './use-caret-mode';
import { useFocusCreated, useSoftHint } from './use-reader-hints';
import { useHighlightKeys, type HighlightCommands } from './use-highlight-keys';
import { useScrollMemory } from './use-scroll-memory';
import '../styles/annotate.css';
import { useTextSelection } from './use-text-selection';
import { isNewFindRequest, useFind } from './use-find';
import { useFindMarks } from './use-find-marks';

interface Props {
  article: ArticleDetail;
  placed: readonly PlacedHighlight[];
  activeId: string | null;
  flash: JumpRequest | null;
  /** A mark was clicked: its highlight is selected, the keyboard stays in the text. */
  onMarkClick: (id: string) => void;
  /** Enter on a mark: its note takes the keyboard. */
  onMarkOpen: (id: string) => void;
  /** A mark took focus (Tab): its highlight becomes the current one, without a jump. */
  onMarkFocus?: (id: string) => void;
  /** A click on the text outside every highlight. */
  onTextClick?: () => void;
  onCreateHighlight: (start: number, end: number, color?: HighlightColor) => Promise<void>;
  onDetailsSaved: (summary: ArticleSummary) => void;
  /** Removing or putting back a block answers with the whole article. */
  onArticleChanged: (detail: ArticleDetail) => void;
  /** The highlight keys' actions; absent, the keys do nothing. */
  commands?: HighlightCommands;
  /** A new text version was stored: the article must be fetched again. */
  onRevised?: (outcome: RevisionOutcome) => void;
  /** The orphan waiting for new words, and attaching it to the selection. */
  reattaching?: Highlight | null;
  onReattach?: (start: number, end: number) => Promise<void>;
  onCancelReattach?: () => void;
  /** More header actions from the app (undo and redo). */
  tools?: ReactNode;
  /** Words to find in the article, from a search hit opened here (each request once). */
  find?: FindRequest | null;
}

const noCommands: HighlightCommands = {
  select: () => {},
  deselect: () => {},
  focusNote: () => {},
  recolor: () => {},
  remove: () => {},
};

export function ReaderPane(props: Props) {
  const { article, onCreateHighlight, reattaching, onReattach } = props;
  const bodyRef = useRef<HTMLDivElement | null>(null);
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const { selection, clear, settle } = useTextSelection(bodyRef, article.text);
  // Ranges whose highlight is being saved: pressing again on the same one does nothing, but a new
  // selection made meanwhile is highlighted at once rather than dropped.
  const [saving, setSaving] = useState<ReadonlySet<string>>(() => new Set());
  const [showRemoved, setShowRemoved] = useState(false);
  const [dialog, setDialog] = useState<'versions' | 'edit' | null>(null);
  const cleaning = useBlockCleaning(article, showRemoved, props.onArticleChanged, bodyRef);
  const hint = useSoftHint();
  const showHint = hint.show;
  const given = props.commands ?? noCommands;
  const commands = useMemo<HighlightCommands>(
    () => ({
      ...given,
      nothingSelected: () =>
        showHint('No highlight is selected: click one, or move to it with the arrows.'),
    }),
    [given, showHint],
  );
  const caret = useCaretMode({ bodyRef, scrollRef, placed: props.placed });
  useHighlightKeys(props.placed, props.activeId, selection !== null, commands);
  const focusCreated = useFocusCreated(bodyRef, props.activeId);
  // Opened at a highlight (a quote in a note) or at a match: the jump wins over the remembered
  // position.
  const [openedAtPlace] = useState(
    () =>
      (!!props.flash && article.highlights.some((h) => h.id === props.flash?.id)) ||
      isNewFindRequest(props.find),
  );
  useScrollMemory(scrollRef, article.id, article.text.length, openedAtPlace);
  const findInputRef = useRef<HTMLInputElement | null>(null);
  const find = useFind({
    inputRef: findInputRef,
    articleId: article.id,
    textVersion: `${article.version ?? 1}:${article.text.length}`,
    request: props.find,
  });
  useFindMarks({
    bodyRef,
    scrollRef,
    matches: find.matches,
    current: find.current,
    reveal: find.reveal,
  });
  usePaintMarks(article.id, props.placed);

  // The selection as it is now, for after the highlight's save: one made meanwhile stays.
  const latestSelection = useRef(selection);
  useEffect(() => {
    latestSelection.current = selection;
  });

  const act = useCallback(
    async (action: (start: number, end: number) => Promise<void>) => {
      // What is selected now, not what the last selection event reported.
      const chosen = settle() ?? selection;
      if (!chosen) return;
      const key = `${chosen.start}:${chosen.end}`;
      if (saving.has(key)) return;
      setSaving((keys) => new Set(keys).add(key));
      try {
        await action(chosen.start, chosen.end);
        const now = latestSelection.current;
        if (!now || (now.start === chosen.start && now.end === chosen.end)) clear();
      } finally {
        setSaving((keys) => {
          const left = new Set(keys);
          left.delete(key);
          return left;
        });
      }
    },
    [selection, settle, saving, clear],
  );
  const highlight = useCallback(
    (color?: HighlightColor) =>
      void act(async (start, end) => {
        focusCreated.expect();
        await onCreateHighlight(start, end, color);
      }),
    [act, onCreateHighlight, focusCreated],
  );
  const attach = useCallback(() => void (onReattach && act(onReattach)), [act, onReattach]);

  const tools = (
    <span className="reader-tools">
      <ColoursButton />
      <button type="button" className="button button--small" onClick={() => setDialog('versions')}>
        Versions{article.version && article.version > 1 ? ` (${article.version})` : ''}
      </button>
      <button type="button" className="button button--small" onClick={() => setDialog('edit')}>
        Edit text…
      </button>
      {props.tools}
    </span>
  );

  return (
    <section className="pane reader" aria-label="Article">
      {reattaching && (
        <div className="reattach-banner" role="status" data-testid="reattach-banner">
          <span>
            Select the words for “<span dir="auto">{reattaching.quote.exact}</span>”, then choose{' '}
            <strong>Attach here</strong>.
          </span>
          <button type="button" className="button button--small" onClick={props.onCancelReattach}>
            Cancel
          </button>
        </div>
      )}
      <div className="reader__view">
        {find.open && <FindBar find={find} inputRef={findInputRef} />}
        <div className="reader__scroll" ref={scrollRef}>
          <article className="reader__page">
            <ArticleHeader
              article={article}
              onSaved={props.onDetailsSaved}
              removedCount={removedCount(article)}
              showRemoved={showRemoved}
              onToggleRemoved={() => setShowRemoved((shown) => !shown)}
              tools={tools}
            />
            <ArticleBody
              article={article}
              placed={props.placed}
              activeId={props.activeId}
              flash={props.flash}
              onMarkClick={props.onMarkClick}
              onMarkOpen={props.onMarkOpen}
              onMarkFocus={props.onMarkFocus}
              onTextClick={props.onTextClick}
              bodyRef={bodyRef}
              cleaning={cleaning}
            />
          </article>
        </div>
      </div>
      {caret.on && (
        <p className="caret-status" role="status" data-testid="caret-status">
          Caret mode: arrows move, Shift+arrows select, <kbd>H</kbd> highlights, <kbd>[</kbd>{' '}
          <kbd>]</kbd> go between highlights, <kbd>F7</kbd> ends.
        </p>
      )}
      {caret.box && (
        <span
          className="reader-caret"
          data-testid="reader-caret"
          aria-hidden="true"
          style={{ top: caret.box.top, left: caret.box.left, height: caret.box.height }}
        />
      )}
      <p className="reader-hint" role="status" data-testid="reader-hint">
        {hint.text}
      </p>
      {selection && (
        <SelectionToolbar
          selection={selection}
          busy={saving.has(`${selection.start}:${selection.end}`)}
          onHighlight={highlight}
          onDismiss={clear}
          attach={
            reattaching && onReattach
              ? { quote: reattaching.quote.exact, onAttach: attach }
              : undefined
          }
        />
      )}
      {dialog === 'versions' && (
        <VersionsDialog article={article} onClose={() => setDialog(null)} />
      )}
      {dialog === 'edit' && (
        <EditTextDialog
          article={article}
          onClose={() => setDialog(null)}
          onRevised={(outcome) => props.onRevised?.(outcome)}
        />
      )}
    </section>
  );
}

/** Leaves a mark after the article's first paint and after each change to its highlights. */
function usePaintMarks(id: string, placed: readonly PlacedHighlight[]) {
  const first = useRef(true);
  useLayoutEffect(() => {
    if (first.current) markAfterPaint(ARTICLE_PAINTED_MARK, { id });
    else markAfterPaint(HIGHLIGHTS_PAINTED_MARK, { id, count: placed.length });
    first.current = false;
  }, [id, placed]);
}
