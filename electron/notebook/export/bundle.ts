// The notebook bundle (.dossier): a zip of the data folder's content with a manifest and
// checksums, and its import (restore into an empty notebook, or merge into one). The whole
// bundle is checked and the merge worked out before anything is written, so a bad bundle
// changes nothing.
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type { ExportResult, Output } from '../../../shared/contract';
import { LibraryFile, type ArticleFile } from '../../../shared/model';
import type { NotebookInternals } from '../internals';
import { ArticleStore } from '../store/article-store';
import { takeBackup } from '../store/backups';
import { commit } from '../store/commit';
import { writeFileDurably } from '../store/durable-file';
import { notebookPaths } from '../store/paths';
import { summaryOf } from '../store/summary';
import { BUNDLE_MIME, readBundle, writeBundle } from './bundle-format';
import { planMerge } from './bundle-merge';

/** Inside the queue: the whole notebook as one `.dossier` file. */
export async function exportBundle(nb: NotebookInternals, dataDir: string): Promise<ExportResult> {
  const paths = notebookPaths(dataDir);
  const library = structuredClone(nb.library.data);
  const articles: ArticleFile[] = [];
  const originals = new Map<string, Uint8Array>();
  for (const { id, sha256 } of library.articles) {
    articles.push(structuredClone((await nb.loadArticle(id)).data));
    if (!originals.has(sha256) && existsSync(paths.original(sha256))) {
      originals.set(sha256, await readFile(paths.original(sha256)));
    }
  }
  // loadArticle may have repaired the index: export the library as it now is.
  const current = structuredClone(nb.library.data);
  const createdAt = new Date();
  const zip = writeBundle(current, articles, originals, createdAt);
  return {
    fileName: `dossier-notebook-${createdAt.toISOString().slice(0, 10)}.dossier`,
    mimeType: BUNDLE_MIME,
    data: Buffer.from(zip).toString('base64'),
    encoding: 'base64',
  };
}

/** Inside the queue: restores or merges a bundle; nothing on either side is lost. */
export async function importBundle(
  nb: NotebookInternals,
  dataDir: string,
  bytes: Uint8Array,
  fileName: string,
): Promise<Output<'bundle.import'>> {
  const paths = notebookPaths(dataDir);
  const content = readBundle(bytes, fileName);

  // Load every article the bundle's articles match, then work the merge out in memory.
  const local = nb.library.data;
  const dbs = new Map<string, Low<ArticleFile>>();
  for (const summary of content.library.articles) {
    const incoming = content.articles.get(summary.id)!;
    const match =
      local.articles.find((a) => a.id === incoming.article.id) ??
      local.articles.find((a) => a.sha256 === incoming.article.sha256);
    if (match && !dbs.has(match.id)) dbs.set(match.id, await nb.loadArticle(match.id));
  }
  const plan = planMerge(structuredClone(nb.library.data), (id) => dbs.get(id)!.data, content);

  // Writing: a backup of library.json first, then originals and article files, then the library.
  if (existsSync(paths.library)) await takeBackup(paths.library, paths.backups, LibraryFile);
  const store = new ArticleStore(paths, () => undefined);
  const wroteOriginals: string[] = [];
  const created: string[] = [];
  const changed: { db: Low<ArticleFile>; before: ArticleFile }[] = [];
  try {
    for (const [sha256, data] of plan.originals) {
      const path = paths.original(sha256);
      if (existsSync(path)) continue;
      await writeFileDurably(path, data);
      wroteOriginals.push(path);
    }
    for (const file of plan.added) {
      await store.create(file);
      created.push(file.article.id);
    }
    for (const [id, file] of plan.merged) {
      const db = await nb.changingArticle(id);
      const before = structuredClone(db.data);
      await commit(db, (data) => Object.assign(data, file));
      changed.push({ db, before });
    }
    await nb.changeLibrary((lib) => {
      plan.change(lib);
      for (const file of [...plan.merged.values(), ...plan.added]) {
        const summary = summaryOf(file);
        const at = lib.articles.findIndex((a) => a.id === file.article.id);
        if (at === -1) lib.articles.push(summary);
        else lib.articles[at] = summary;
        for (const h of file.highlights) lib.highlightArticles[h.id] = file.article.id;
      }
    });
  } catch (error) {
    // Put back what was written; an article file left changed is reconciled when next opened.
    for (const { db, before } of changed.reverse()) {
      db.data = before;
      await db.write().catch(() => undefined);
    }
    for (const id of created) await store.remove(id);
    for (const path of wroteOriginals) await rm(path, { force: true });
    throw error;
  }
  return plan.counts;
}
