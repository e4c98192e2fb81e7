// What every export format renders: the chosen articles in order, each with only the chosen
// highlights (document order), plus the vocabulary (colour meanings, tags) and provenance.
import { tagFamilyIds } from '../../../shared/tag-paths';
import type { ExportResult, ExportScope } from '../../../shared/contract';
import type { ArticleDetail, ColorMeanings, Highlight, Tag } from '../../../shared/model';

export interface ExportArticle extends ArticleDetail {
  /** The chosen highlights, in document order (orphans last). */
  highlights: Highlight[];
}

export interface ExportModel {
  articles: ExportArticle[];
  colorMeanings: ColorMeanings;
  tags: readonly Tag[];
  generatedAt: Date;
  /** True when the export is of the whole notebook with nothing filtered out. */
  whole: boolean;
}

/** A format turns the model into a file. */
export type ExportRenderer = (model: ExportModel) => ExportResult | Promise<ExportResult>;

/** Whether an article falls inside the scope's date range (its publication, else capture, day). */
export function inDateRange(article: ArticleDetail, { from, to }: ExportScope): boolean {
  const day = article.publishedAt ?? article.capturedAt.slice(0, 10);
  return (!from || day >= from) && (!to || day <= to);
}

/** Orders articles by title, date or source, keeping the given order among equals. */
export function orderArticles<T extends ArticleDetail>(
  articles: T[],
  order: ExportScope['order'],
): T[] {
  if (!order) return articles;
  const key = (a: ArticleDetail) =>
    order === 'title'
      ? a.title
      : order === 'date'
        ? (a.publishedAt ?? a.capturedAt.slice(0, 10))
        : (a.source ?? '');
  return [...articles].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The tag ids a scope's tag filter accepts: the chosen tags and every tag below them. */
export function tagFamily(tags: readonly Tag[], chosen: readonly string[]): Set<string> {
  const paths = tags.filter((t) => chosen.includes(t.id)).map((t) => t.name);
  return tagFamilyIds(tags, paths);
}

/** A file name from a title: letters and digits of any script, joined by dashes. */
export function slug(title: string): string {
  const base = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 80);
  return base || 'article';
}

/** `talks-on-hold.md` for one article, `dossier-notes-2024-06-25.md` for several. */
export function exportFileName(model: ExportModel, extension: string): string {
  const [only] = model.articles;
  const base =
    model.articles.length === 1 && only
      ? slug(only.title)
      : `dossier-notes-${model.generatedAt.toISOString().slice(0, 10)}`;
  return `${base}.${extension}`;
}
