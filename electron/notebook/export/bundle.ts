// The notebook bundle (.dossier): the whole notebook exported as one zip, streamed article by
// article through the export source, and its import (restore into an empty notebook, or merge
// into one). The bundle is read and checked, and the merge worked out, before anything is
// written, so a bad bundle changes nothing.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Low } from 'lowdb';
import type { Output, SkippedArticle } from '../../../shared/contract';
import { exportFileName, NOTEBOOK_TITLE } from '../../../shared/export-title';
import type { ArticleFile } from '../../../shared/model';
import type { NotebookInternals } from '../internals';
import { ArticleStore } from '../store/article-store';
import { takeBackup } from '../store/backups';
import { writeFileDurably } from '../store/durable-file';
import { libraryFormat } from '../store/file-format';
import { notebookPaths } from '../store/paths';
import { BUNDLE_MIME, type BundleContent } from './bundle-format';
import { planMerge } from './bundle-merge';
import { bundleChunks } from './bundle-write';
import type { ExportFile } from './model';
import type { ExportSource } from './source';

/** The whole notebook as one `.dossier` file; `skipped` is complete once the file is read. */
export function exportBundle(
  source: ExportSource,
  createdAt = new Date(),
): { file: ExportFile; skipped: SkippedArticle[] } {
  const skipped: SkippedArticle[] = [];
  return {
    file: {
      fileName: exportFileName(NOTEBOOK_TITLE, createdAt, 'dossier'),
      mimeType: BUNDLE_MIME,
      encoding: 'base64',
      chunks: bundleChunks(source, createdAt, skipped),
    },
    skipped,
  };
}

/** Inside the queue: restores or merges a checked bundle; nothing on either side is lost. */
export async function importBundle(
  nb: NotebookInternals,
  dataDir: string,
  content: BundleContent,
): Promise<Output<'bundle.import'>> {
  nb.assertWritable();
  const paths = notebookPaths(dataDir);

  // Load every article the bundle's articles match, then work the merge out in memory.
  const dbs = new Map<string, Low<ArticleFile>>();
  for (const summary of content.library.articles) {
    const incoming = content.articles.get(summary.id)!;
    const match =
      nb.library.summary(incoming.article.id) ?? nb.library.articleWithSha(incoming.article.sha256);
    if (match && !dbs.has(match.id)) dbs.set(match.id, await nb.loadArticle(match.id));
  }
  const plan = planMerge(nb.library, (id) => dbs.get(id)!.data, content);

  // Writing: a backup of library.json, then originals, new articles' files, merged articles,
  // the notebook-wide part, and last the new articles' entries; a failure undoes the others.
  if (existsSync(paths.library)) await takeBackup(paths.library, paths.backups, libraryFormat);
  const store = new ArticleStore(paths, () => undefined);
  const wroteOriginals: string[] = [];
  const created: string[] = [];
  const changed: { db: Low<ArticleFile>; before: ArticleFile }[] = [];
  const docBefore = structuredClone(nb.library.doc);
  let docChanged = false;
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
      await nb.changeArticleAndSummary(db, (data) => void Object.assign(data, file));
      changed.push({ db, before });
    }
    await nb.changeLibrary((doc) => plan.change(doc));
    docChanged = true;
    await nb.addArticles(plan.added);
  } catch (error) {
    if (docChanged)
      await nb.changeLibrary((doc) => void Object.assign(doc, docBefore)).catch(() => undefined);
    for (const { db, before } of changed.reverse()) {
      await nb
        .changeArticleAndSummary(db, (data) => void Object.assign(data, before))
        .catch(() => undefined);
    }
    for (const id of created) await store.purge(id);
    for (const path of wroteOriginals) await rm(path, { force: true });
    throw error;
  }
  return plan.counts;
}
