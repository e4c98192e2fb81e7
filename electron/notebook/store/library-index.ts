// The article list in library.json is an index of the article files: each file carries its
// own metadata and highlights, so the index can always be rebuilt from them.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ArticleFile, type LibraryFile } from '../../../shared/model';
import type { NotebookPaths } from './paths';
import { summaryOf } from './summary';

/** Every article file that parses; damaged ones stay where they are for `articles.get` to report. */
export async function readArticleFiles(paths: NotebookPaths): Promise<ArticleFile[]> {
  const names = (await readdir(paths.articles).catch(() => [] as string[])).filter(
    (n) => n.endsWith('.json') && !n.startsWith('.'),
  );
  const files: ArticleFile[] = [];
  for (const name of names) {
    try {
      files.push(ArticleFile.parse(JSON.parse(await readFile(join(paths.articles, name), 'utf8'))));
    } catch {
      // Reported when the article is opened.
    }
  }
  return files;
}

/**
 * Rebuilds the article list and highlight index from the files, keeping the library's order
 * for articles it knew and adding the others by capture time.
 */
export function reindex(library: LibraryFile, files: ArticleFile[]): void {
  const order = new Map(library.articles.map((a, i) => [a.id, i]));
  const sorted = [...files].sort((a, b) => {
    const ia = order.get(a.article.id) ?? Infinity;
    const ib = order.get(b.article.id) ?? Infinity;
    return ia - ib || a.article.capturedAt.localeCompare(b.article.capturedAt);
  });
  library.articles = sorted.map(summaryOf);
  library.highlightArticles = {};
  for (const file of sorted) {
    for (const h of file.highlights) library.highlightArticles[h.id] = file.article.id;
  }
}

/**
 * Brings one article's index entries in line with its file (after a crash between the two
 * writes, or a file restored from backup). Returns whether anything had to change.
 */
export function reconcileArticle(library: LibraryFile, file: ArticleFile): boolean {
  const id = file.article.id;
  const summary = summaryOf(file);
  let changed = false;
  const at = library.articles.findIndex((a) => a.id === id);
  if (at !== -1 && JSON.stringify(library.articles[at]) !== JSON.stringify(summary)) {
    library.articles[at] = summary;
    changed = true;
  }
  const ids = new Set(file.highlights.map((h) => h.id));
  for (const [h, a] of Object.entries(library.highlightArticles)) {
    if (a === id && !ids.has(h)) {
      delete library.highlightArticles[h];
      changed = true;
    }
  }
  for (const h of ids) {
    if (library.highlightArticles[h] !== id) {
      library.highlightArticles[h] = id;
      changed = true;
    }
  }
  return changed;
}
