// Works out an export from its scope: which articles, in which order (from the library's
// summaries, before any file is read), then reads them one at a time, keeping the chosen
// highlights and setting aside, with the reason, any article whose file cannot be read.
import type { ExportScope, SkippedArticle } from '../../../shared/contract';
import { exportTitle } from '../../../shared/export-title';
import type { ArticleDetail, ArticleSummary, Tag } from '../../../shared/model';
import { NotebookError } from '../../../shared/result';
import {
  inDateRange,
  orderArticles,
  tagFamily,
  type ExportArticle,
  type ExportDocument,
  type ExportModel,
} from './model';
import { paragraphCitation } from './quote-provenance';
import { ahead } from './read-ahead';
import type { ExportSource } from './source';
import type { Corroborating } from './model';

/** Articles read at once: enough to keep the disk busy, few enough to hold. */
export const READ_AHEAD = 8;

export async function openDocument(
  source: ExportSource,
  scope: ExportScope,
  generatedAt = new Date(),
): Promise<ExportDocument> {
  const tags = source.tags();
  const tagFilter = scope.tagIds?.length ? tagFamily(tags, scope.tagIds) : null;
  const colors = scope.colors?.length ? new Set(scope.colors) : null;
  const picked = scope.highlightIds ? pickedHighlights(source, scope.highlightIds) : null;

  const summaries: ArticleSummary[] = [];
  // An article named twice is exported once.
  for (const id of new Set(scope.articleIds ?? source.articleIds())) {
    // Picked highlights say, without reading a file, which articles can hold any of them.
    if (picked && !picked.articles.has(id)) continue;
    const summary = source.summary(id);
    if (!summary) {
      // Named by the caller, it is a mistake; listed by the library, it went in the meantime.
      if (scope.articleIds) {
        throw new NotebookError('NOT_FOUND', `There is no article ${id} in this notebook.`);
      }
      continue;
    }
    if (!inDateRange(summary, scope)) continue;
    // The summary's tag counts tell, without reading the file, whether any highlight can pass.
    if (tagFilter && !Object.keys(summary.tagCounts ?? {}).some((t) => tagFilter.has(t))) continue;
    summaries.push(summary);
  }
  const planned = orderArticles(summaries, scope.order);

  const skipped: SkippedArticle[] = [];
  const corroborations = new Map<string, Corroborating[]>();
  const readOne = async (entry: ArticleSummary): Promise<ExportArticle | SkippedArticle | null> => {
    const { id, title } = source.summary(entry.id) ?? entry;
    let article: ArticleDetail;
    try {
      article = await source.readArticle(id);
    } catch (error) {
      return { id, title, reason: reasonOf(error) };
    }
    if (!inDateRange(article, scope)) return null;
    const highlights = article.highlights
      .filter((h) => !colors || colors.has(h.color))
      .filter((h) => !tagFilter || h.tagIds.some((t) => tagFilter.has(t)))
      .filter((h) => !picked || picked.ids.has(h.id))
      .sort((a, b) => Number(Boolean(a.orphan)) - Number(Boolean(b.orphan)));
    // A filter on highlights leaves out the articles it empties.
    if ((tagFilter || colors || picked) && highlights.length === 0) return null;
    for (const h of highlights) {
      const lines = await corroborationLines(source, h.id);
      if (lines.length) corroborations.set(h.id, lines);
    }
    return { ...article, highlights };
  };
  async function* read(): AsyncGenerator<ExportArticle> {
    for await (const outcome of ahead(planned, READ_AHEAD, readOne)) {
      if (!outcome) continue;
      if ('reason' in outcome) skipped.push(outcome);
      else yield outcome;
    }
  }

  // The first two articles are read ahead: a format must know before it starts whether the
  // export holds exactly one (its title names the file and heads the document).
  const reader = read();
  const head: ExportArticle[] = [];
  let ended = false;
  while (head.length < 2) {
    const next = await reader.next();
    if (next.done) {
      ended = true;
      break;
    }
    head.push(next.value);
  }
  let count = 0;
  async function* articles(): AsyncGenerator<ExportArticle> {
    while (head.length) {
      count++;
      yield head.shift()!;
    }
    if (ended) return;
    for await (const article of reader) {
      count++;
      yield article;
    }
  }

  const only = ended && head.length === 1 ? head[0] : undefined;
  const title = titleOf(scope, tags, planned);
  return {
    colorMeanings: source.colorMeanings(),
    tags,
    generatedAt,
    corroborations,
    title,
    articleTitled: only !== undefined && title === only.title,
    only,
    atMost: planned.length,
    highlightsAtMost: Math.min(
      planned.reduce((sum, s) => sum + s.highlightCount, 0),
      picked?.ids.size ?? Infinity,
    ),
    articles: articles(),
    get count() {
      return count;
    },
    skipped,
  };
}

/** The whole export in memory: for tests and small exports only. */
export async function readModel(
  source: ExportSource,
  scope: ExportScope,
  generatedAt = new Date(),
): Promise<ExportModel> {
  const doc = await openDocument(source, scope, generatedAt);
  const articles: ExportArticle[] = [];
  for await (const article of doc.articles) articles.push(article);
  const { colorMeanings, tags } = doc;
  return { colorMeanings, tags, generatedAt, articles, skipped: [...doc.skipped] };
}

/** What the export is called: the articles it named, the tags and colours it kept, its days. */
function titleOf(scope: ExportScope, tags: readonly Tag[], planned: readonly ArticleSummary[]) {
  const names = new Map(tags.map((t) => [t.id, t.name]));
  return exportTitle({
    ...(scope.articleIds ? { articles: planned.map((a) => a.title) } : {}),
    tags: (scope.tagIds ?? []).flatMap((id) => names.get(id) ?? []),
    colors: scope.colors ?? [],
    from: scope.from,
    to: scope.to,
    picked: scope.highlightIds?.length,
  });
}

/**
 * The highlights an export was asked for by id and the articles holding them. A highlight the
 * notebook does not hold is a mistake of the caller's, named as such.
 */
function pickedHighlights(
  source: ExportSource,
  ids: readonly string[],
): { ids: ReadonlySet<string>; articles: ReadonlySet<string> } {
  const articles = new Set<string>();
  for (const id of ids) {
    const articleId = source.articleOfHighlight(id);
    if (!articleId) {
      throw new NotebookError('NOT_FOUND', `There is no highlight ${id} in this notebook.`);
    }
    articles.add(articleId);
  }
  return { ids: new Set(ids), articles };
}

/** Why an article could not be read, as its error says it. */
function reasonOf(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() || 'its file could not be read';
}

/** “words” — title, ¶ 3 for each quote linked as corroborating `id` that is still there. */
async function corroborationLines(source: ExportSource, id: string): Promise<Corroborating[]> {
  const lines: Corroborating[] = [];
  for (const other of source.corroborationsOf?.(id) ?? []) {
    const articleId = source.articleOfHighlight(other);
    if (!articleId) continue;
    let article: ArticleDetail;
    try {
      article = await source.readArticle(articleId);
    } catch {
      continue;
    }
    const h = article.highlights.find((x) => x.id === other);
    if (!h) continue;
    const words = h.quote.exact.replace(/\s+/g, ' ').trim();
    lines.push({
      id: other,
      line: `“${words}” — ${article.title}, ${paragraphCitation(article, h)}`,
    });
  }
  return lines;
}
