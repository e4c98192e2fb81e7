// The Quotations view's rows: every highlight (or those a query picked) with its article's
// title, outlet and date and its paragraphs, sorted, a page at a time. The sorted list of the
// last request is kept, so scrolling page after page sorts once.
import type { ParsedInput } from '../../../shared/contract';
import { HighlightColor, type ArticleSummary } from '../../../shared/model';
import type { QuotationPage, QuotationRow, QuotationSort } from '../../../shared/search';
import type { Hits } from './evaluate';
import type { HighlightEntry } from './entries';
import { articleDay } from './filters';
import type { SearchIndex } from './search-index';

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const COLOUR_ORDER = new Map(HighlightColor.options.map((c, i) => [c, i]));

interface Sortable {
  entry: HighlightEntry;
  summary: ArticleSummary;
}

type Compare = (a: Sortable, b: Sortable) => number;

const byPlace: Compare = (a, b) =>
  collator.compare(a.summary.title, b.summary.title) ||
  (a.entry.articleId < b.entry.articleId ? -1 : a.entry.articleId > b.entry.articleId ? 1 : 0) ||
  a.entry.start - b.entry.start;

/** A reliability's place, A first, ungraded after F. */
const rank = (reliability: string | undefined) =>
  reliability ? reliability.charCodeAt(0) - 65 : 26;

const COMPARE: Record<QuotationSort, Compare> = {
  article: byPlace,
  position: byPlace,
  date: (a, b) =>
    (articleDay(a.summary) ?? '').localeCompare(articleDay(b.summary) ?? '') || byPlace(a, b),
  outlet: (a, b) =>
    collator.compare(a.summary.source ?? '', b.summary.source ?? '') || byPlace(a, b),
  colour: (a, b) =>
    COLOUR_ORDER.get(a.entry.highlight.color)! - COLOUR_ORDER.get(b.entry.highlight.color)! ||
    byPlace(a, b),
  quote: (a, b) => collator.compare(a.entry.highlight.quote.exact, b.entry.highlight.quote.exact),
  grade: (a, b) =>
    rank(a.summary.reliability) - rank(b.summary.reliability) ||
    (a.entry.highlight.credibility ?? 7) - (b.entry.highlight.credibility ?? 7) ||
    byPlace(a, b),
  created: (a, b) =>
    a.entry.highlight.createdAt.localeCompare(b.entry.highlight.createdAt) || byPlace(a, b),
};

export class Quotations {
  private last: { key: string; version: number; rows: Sortable[] } | null = null;

  page(
    index: SearchIndex,
    version: number,
    hits: Hits | null,
    {
      query = '',
      sort = 'article',
      descending = false,
      offset = 0,
      limit = 500,
    }: ParsedInput<'quotations.list'>,
    summary: (id: string) => ArticleSummary | undefined,
  ): QuotationPage {
    const key = JSON.stringify([query.trim(), sort, descending]);
    if (this.last?.key !== key || this.last.version !== version) {
      const rows: Sortable[] = [];
      const add = (entry: HighlightEntry) => {
        const found = summary(entry.articleId);
        if (found) rows.push({ entry, summary: found });
      };
      if (hits) {
        hits.scores.forEach((score, n) => {
          const entry = score >= 0 ? index.entries[n] : undefined;
          if (entry?.kind === 'highlight') add(entry);
        });
      } else {
        for (const [, entry] of index.highlights()) add(entry);
      }
      const compare = COMPARE[sort];
      rows.sort(descending ? (a, b) => compare(b, a) : compare);
      this.last = { key, version, rows };
    }
    const { rows } = this.last;
    return { total: rows.length, rows: rows.slice(offset, offset + limit).map(toRow) };
  }
}

function toRow({ entry, summary }: Sortable): QuotationRow {
  const date = articleDay(summary);
  return {
    highlight: structuredClone(entry.highlight),
    articleTitle: summary.title,
    ...(summary.source ? { outlet: summary.source } : {}),
    ...(summary.reliability ? { reliability: summary.reliability } : {}),
    ...(date ? { date } : {}),
    capturedAt: summary.capturedAt,
    paragraph: entry.paragraph,
  };
}
