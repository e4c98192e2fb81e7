// Exports: gathers the chosen articles and highlights into one model and hands it to a format;
// the bundle format and its import work on the data folder as a whole.
import type { ExportScope, Output, ParsedInput } from '../../shared/contract';
import { DEFAULT_COLOR_MEANINGS } from '../../shared/model';
import { exportBundle, importBundle } from './export/bundle';
import { renderers } from './export/formats';
import {
  inDateRange,
  orderArticles,
  tagFamily,
  type ExportArticle,
  type ExportModel,
} from './export/model';
import type { NotebookInternals } from './internals';

export class Exports {
  constructor(
    private readonly nb: NotebookInternals,
    private readonly dataDir: string,
  ) {}

  render({ format, ...scope }: ParsedInput<'export.render'>): Promise<Output<'export.render'>> {
    return this.nb.serial.run(async () => {
      if (format === 'bundle') return exportBundle(this.nb, this.dataDir);
      return renderers[format](await this.model(scope));
    });
  }

  importBundle({ fileName, data }: ParsedInput<'bundle.import'>): Promise<Output<'bundle.import'>> {
    return this.nb.serial.run(() =>
      importBundle(this.nb, this.dataDir, Buffer.from(data, 'base64'), fileName),
    );
  }

  /** Inside the queue: the scope's articles, each with only the highlights it keeps. */
  async model(scope: ExportScope): Promise<ExportModel> {
    const { library } = this.nb;
    const ids = scope.articleIds ?? library.data.articles.map((a) => a.id);
    const tagFilter = scope.tagIds?.length ? tagFamily(library.data.tags, scope.tagIds) : null;
    const colors = scope.colors?.length ? new Set(scope.colors) : null;
    const articles: ExportArticle[] = [];
    for (const id of ids) {
      const article = await this.nb.detail(id);
      if (!inDateRange(article, scope)) continue;
      const highlights = article.highlights
        .filter((h) => !colors || colors.has(h.color))
        .filter((h) => !tagFilter || h.tagIds.some((t) => tagFilter.has(t)))
        .sort((a, b) => Number(Boolean(a.orphan)) - Number(Boolean(b.orphan)));
      // A filter on highlights leaves out the articles it empties.
      if ((tagFilter || colors) && highlights.length === 0) continue;
      articles.push({ ...article, highlights });
    }
    return {
      articles: orderArticles(articles, scope.order),
      colorMeanings: { ...DEFAULT_COLOR_MEANINGS, ...library.data.settings.colorMeanings },
      tags: library.data.tags,
      generatedAt: new Date(),
      whole: !scope.articleIds && !tagFilter && !colors && !scope.from && !scope.to,
    };
  }
}
