// What opening an article does beyond the panes: the window title names it, and the notebook's
// notices are asked for again (an article's file is checked when it is opened).
import { useEffect } from 'react';
import { useNotebookNotices } from '../notices/use-notebook-notices';
import { useArticleView } from './article-view';

export function OpenArticleEffects(): null {
  const { article } = useArticleView();
  useNotebookNotices(article?.id ?? null);
  const title = article?.title;
  useEffect(() => {
    document.title = title ? `${title} — Dossier` : 'Dossier';
  }, [title]);
  return null;
}
