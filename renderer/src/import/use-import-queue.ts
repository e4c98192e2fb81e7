// The app's one import queue: files, folders, web addresses and pasted text all go through it,
// so the progress panel shows every source in the order it will reach the notebook.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { call, importChosen } from '../api/client';
import { ImportEngine, type ArticleListener, type Importer } from './import-engine';

const hostImporter: Importer = {
  file: (input) => call('articles.import', input),
  url: (url) => call('articles.importUrl', { url }),
  // Pasted text has no bytes of its own to compare, so it is never a duplicate.
  text: async (text) => ({
    article: await call('articles.importText', { text }),
    duplicate: false,
  }),
  chosen: importChosen,
};

export function useImportQueue(onArticle: ArticleListener) {
  const [engine] = useState(() => new ImportEngine(hostImporter));
  useEffect(() => engine.setArticleListener(onArticle), [engine, onArticle]);
  const run = useSyncExternalStore(engine.subscribe, engine.snapshot);
  return { engine, run };
}
