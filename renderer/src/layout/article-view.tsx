// Which article is open and where the reader and notes stand in it: the selection, the current
// highlight, jump and focus requests, the find request; and `useOpenArticle()` to open a hit.
import {
  createContext,
  useCallback,
  useContext,
  useMemo,
  useState,
  type Dispatch,
  type ReactNode,
  type SetStateAction,
} from 'react';
import type { ArticleDetail, ArticleSummary } from '../../../shared/model';
import { useArticleList } from '../library/use-article-list';
import { useSelectedArticle } from '../library/use-selected-article';
import type { JumpRequest } from '../reader/article-body';
import type { FindRequest } from '../reader/find-request';
import { placeHighlights, type Placement } from '../reader/highlight-placement';
import { useArticle, type ArticleUpdate } from '../reader/use-article';

export interface OpenAt {
  /** Make this highlight current, flash it in the text and bring its card into view. */
  highlightId?: string;
  /** Find these words in the article, showing the match at `start` first. */
  find?: FindRequest;
}

export type OpenArticle = (articleId: string, at?: OpenAt) => void;

interface Selection {
  /** The library's summaries, or null while they load. */
  articles: readonly ArticleSummary[] | null;
  selectedId: string | null;
  select: (id: string) => void;
}

export interface ArticleView {
  article: ArticleDetail | null;
  loading: boolean;
  /** Puts a host's answer into a cached article at once. */
  update: ArticleUpdate;
  placement: Placement;
  activeId: string | null;
  setActiveId: Dispatch<SetStateAction<string | null>>;
  /** The last jump asked of the reader (flash a highlight and scroll to it). */
  flash: JumpRequest | null;
  /** The last card asked to take the keyboard focus in the notes. */
  cardFocus: JumpRequest | null;
  /** The last card asked to come into view in the notes, without taking focus. */
  reveal: JumpRequest | null;
  /** The latest find request for the reader. */
  find: FindRequest | null;
  /** Makes a highlight current, flashes it in the text and brings its card into view. */
  showHighlight: (id: string) => void;
  /** Makes a highlight current and flashes it in the text (its card was the one clicked). */
  flashHighlight: (id: string) => void;
  /** Makes a highlight current and moves the keyboard into its note. */
  focusCard: (id: string) => void;
  /** Selects a highlight clicked in the text: current, its card in view, the focus left alone. */
  selectHighlight: (id: string) => void;
}

const SelectionContext = createContext<Selection | null>(null);
const ArticleViewContext = createContext<ArticleView | null>(null);
const OpenArticleContext = createContext<OpenArticle | null>(null);

let nonce = 0;
const jump = (id: string): JumpRequest => ({ id, nonce: ++nonce });
const NOTHING_PLACED: Placement = { placed: [], orphans: [] };

export function ArticleViewProvider({ children }: { children: ReactNode }) {
  const articles = useArticleList();
  const [selectedId, select] = useSelectedArticle(articles);
  const { article, update, loading } = useArticle(selectedId);
  const placement = useMemo(() => (article ? placeHighlights(article) : NOTHING_PLACED), [article]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [flash, setFlash] = useState<JumpRequest | null>(null);
  const [cardFocus, setCardFocus] = useState<JumpRequest | null>(null);
  const [reveal, setReveal] = useState<JumpRequest | null>(null);
  const [find, setFind] = useState<FindRequest | null>(null);

  const showHighlight = useCallback((id: string) => {
    setActiveId(id);
    setFlash(jump(id));
    setReveal(jump(id));
  }, []);
  const flashHighlight = useCallback((id: string) => {
    setActiveId(id);
    setFlash(jump(id));
  }, []);
  const focusCard = useCallback((id: string) => {
    setActiveId(id);
    setCardFocus(jump(id));
  }, []);
  const selectHighlight = useCallback((id: string) => {
    setActiveId(id);
    setReveal(jump(id));
  }, []);

  const openArticle = useCallback<OpenArticle>(
    (articleId, at) => {
      select(articleId);
      if (at?.highlightId) showHighlight(at.highlightId);
      if (at?.find) setFind(at.find);
    },
    [select, showHighlight],
  );

  const selection = useMemo(
    () => ({ articles, selectedId, select }),
    [articles, selectedId, select],
  );
  const view = useMemo<ArticleView>(
    () => ({
      article,
      loading,
      update,
      placement,
      activeId,
      setActiveId,
      flash,
      cardFocus,
      reveal,
      find,
      showHighlight,
      flashHighlight,
      focusCard,
      selectHighlight,
    }),
    [
      article,
      loading,
      update,
      placement,
      activeId,
      flash,
      cardFocus,
      reveal,
      find,
      showHighlight,
      flashHighlight,
      focusCard,
      selectHighlight,
    ],
  );

  return (
    <SelectionContext.Provider value={selection}>
      <OpenArticleContext.Provider value={openArticle}>
        <ArticleViewContext.Provider value={view}>{children}</ArticleViewContext.Provider>
      </OpenArticleContext.Provider>
    </SelectionContext.Provider>
  );
}

/** The library's list and which article of it is open. */
export function useLibrarySelection(): Selection {
  return required(useContext(SelectionContext));
}

/** The open article and where the reader and the notes stand in it. */
export function useArticleView(): ArticleView {
  return required(useContext(ArticleViewContext));
}

/**
 * Opens an article from anywhere (a search hit, a quotation, a quote in a note): selects it and,
 * with `highlightId`, makes that highlight current, flashes it and brings its card into view;
 * with `find`, hands the find request to the reader.
 */
export function useOpenArticle(): OpenArticle {
  return required(useContext(OpenArticleContext));
}

function required<T>(value: T | null): T {
  if (value === null) throw new Error('This view needs an ArticleViewProvider above it.');
  return value;
}
