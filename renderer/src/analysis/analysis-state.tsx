// Which analysis view, if any, stands in place of the reader and notes; and how a view opens a
// source (the analysis gives way to the reader at the place asked for).
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useOpenArticle, type OpenAt } from '../layout/article-view';

export const ANALYSIS_TABS = [
  { id: 'hypotheses', label: 'Hypotheses' },
  { id: 'timeline', label: 'Timeline' },
  { id: 'entities', label: 'Entities' },
  { id: 'charts', label: 'Charts' },
] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number]['id'];

interface AnalysisState {
  tab: AnalysisTab | null;
  open: (tab: AnalysisTab) => void;
  close: () => void;
}

const AnalysisContext = createContext<AnalysisState | null>(null);

export function AnalysisProvider({ children }: { children: ReactNode }) {
  const [tab, setTab] = useState<AnalysisTab | null>(null);
  const close = useCallback(() => setTab(null), []);
  const value = useMemo(() => ({ tab, open: setTab, close }), [tab, close]);
  return <AnalysisContext.Provider value={value}>{children}</AnalysisContext.Provider>;
}

export function useAnalysis(): AnalysisState {
  const state = useContext(AnalysisContext);
  if (!state) throw new Error('This view needs an AnalysisProvider above it.');
  return state;
}

/** Opens a source from an analysis view: the reader comes back, at the quote or words asked for. */
export function useOpenFromAnalysis(): (articleId: string, at?: OpenAt) => void {
  const { close } = useAnalysis();
  const openArticle = useOpenArticle();
  return useCallback(
    (articleId, at) => {
      close();
      openArticle(articleId, at);
    },
    [close, openArticle],
  );
}
