// The app's one import queue: files, folders, web addresses and pasted text all go through it,
// so the progress panel shows every source in the order it will reach the notebook.
import { useEffect, useState, useSyncExternalStore } from 'react';
import { call, importChosen } from '../api/client';
import { bytesToBase64 } from './file-bytes';
import {
  ImportEngine,
  type ArticleListener,
  type BundleListener,
  type Importer,
} from './import-engine';

const hostImporter: Importer = {
  file: (input) => call('articles.import', input),
  url: (url) => call('articles.importUrl', { url }),
  // Pasted text goes in as the bytes of a text file, so pasting the same text again is
  // recognised as already in the library, as a file would be.
  text: (text) =>
    call('articles.import', {
      fileName: 'Pasted text',
      data: bytesToBase64(new TextEncoder().encode(text)),
      contentType: 'text/plain; charset=utf-8',
    }),
  chosen: importChosen,
  bundle: (input) => call('bundle.import', input),
};

export function useImportQueue(onArticle: ArticleListener, onBundle: BundleListener) {
  const [engine] = useState(() => new ImportEngine(hostImporter));
  useEffect(() => engine.setArticleListener(onArticle), [engine, onArticle]);
  useEffect(() => engine.setBundleListener(onBundle), [engine, onBundle]);
  const run = useSyncExternalStore(engine.subscribe, engine.snapshot);
  return { engine, run };
}
