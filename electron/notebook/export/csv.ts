// CSV export: one row per highlight with all of its provenance, RFC 4180 quoting, UTF-8 with a
// BOM for spreadsheet apps, and cells a spreadsheet would run as a formula neutralised.
import type { ExportResult } from '../../../shared/contract';
import { exportFileName, type ExportModel } from './model';
import { colorMeaning, dateOriginLabel, paragraphOf, tagPaths } from './quote-provenance';

export const CSV_COLUMNS = [
  'Article title',
  'Outlet',
  'Author',
  'Published date',
  'Date source',
  'URL',
  'Captured date',
  'Paragraph',
  'Quote',
  'Note',
  'Tags',
  'Colour',
  'Colour meaning',
  'Orphan',
  'Highlight id',
  'Article id',
  'Created',
  'Updated',
] as const;

export function renderCsv(model: ExportModel): ExportResult {
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const article of model.articles) {
    for (const h of article.highlights) {
      rows.push([
        article.title,
        article.source ?? '',
        article.byline ?? '',
        article.publishedAt ?? '',
        dateOriginLabel(article),
        article.url ?? '',
        article.capturedAt,
        String(paragraphOf(article, h)),
        h.quote.exact,
        h.note,
        tagPaths(model.tags, h).join(';'),
        h.color,
        colorMeaning(model.colorMeanings, h),
        h.orphan ? 'yes' : 'no',
        h.id,
        article.id,
        h.createdAt,
        h.updatedAt,
      ]);
    }
  }
  return {
    fileName: exportFileName(model, 'csv'),
    mimeType: 'text/csv',
    encoding: 'utf8',
    data: `\ufeff${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`,
  };
}

/**
 * A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` (or a tab or CR before one) as a
 * formula: a leading `'` keeps it text. Then RFC 4180: quote when needed, double the quotes.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
