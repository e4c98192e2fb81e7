// CSV export: one row per highlight with all of its provenance, RFC 4180 quoting, UTF-8 with a
// BOM for spreadsheet apps, and cells a spreadsheet would run as a formula neutralised.
import { paragraphNumbers } from '../../../shared/paragraphs';
import { exportFileName, type ExportDocument, type ExportRenderer } from './model';
import { gradeOf } from '../../../shared/grading';
import { colorMeaning, dateOriginLabel, paragraphsOf, tagPaths } from './quote-provenance';

export const CSV_COLUMNS = [
  'Article title',
  'Outlet',
  'Author',
  'Published date',
  'Date source',
  'URL',
  'Captured date',
  /** `5`, or `5–6` (an en dash) for a quote over two paragraphs. */
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
  /** The last paragraph alone, a number to sort by; last, so the older columns keep their places. */
  'Paragraph end',
  /** The quote's words before a new version of its article changed them, and that version. */
  'Words before',
  'Words changed in version',
  /** The Admiralty grade: the source's reliability A–F, the quote's credibility 1–6, both. */
  'Source reliability',
  'Information credibility',
  'Grade',
  /** The quotes of other sources linked as corroborating this one: “words” — title, ¶. */
  'Corroborated by',
] as const;

export const renderCsv: ExportRenderer = (doc) => ({
  fileName: exportFileName(doc, 'csv'),
  mimeType: 'text/csv',
  encoding: 'utf8',
  chunks: csv(doc),
});

/** A row is a record: a note at the end would be read as data, so skipped articles are not in it. */
async function* csv(doc: ExportDocument): AsyncGenerator<string> {
  yield `\ufeff${row([...CSV_COLUMNS])}`;
  for await (const article of doc.articles) {
    const rows = article.highlights.map((h) => {
      const paragraphs = paragraphsOf(article, h);
      return row([
        article.title,
        article.source ?? '',
        article.byline ?? '',
        article.publishedAt ?? '',
        dateOriginLabel(article),
        article.url ?? '',
        article.capturedAt,
        paragraphNumbers(paragraphs),
        h.quote.exact,
        h.note,
        tagPaths(doc.tags, h).join(';'),
        h.color,
        colorMeaning(doc.colorMeanings, h),
        h.orphan ? 'yes' : 'no',
        h.id,
        article.id,
        h.createdAt,
        h.updatedAt,
        String(paragraphs.last),
        h.wordsChanged?.before ?? '',
        h.wordsChanged ? String(h.wordsChanged.version) : '',
        article.reliability ?? '',
        h.credibility ? String(h.credibility) : '',
        gradeOf(article.reliability, h.credibility) ?? '',
        (doc.corroborations?.get(h.id) ?? []).map((c) => c.line).join(' | '),
      ]);
    });
    if (rows.length) yield rows.join('');
  }
}

const row = (cells: string[]) => `${cells.map(csvCell).join(',')}\r\n`;

/**
 * A spreadsheet runs a cell starting with `=`, `+`, `-` or `@` (or a tab or CR before one) as a
 * formula: a leading `'` keeps it text. Then RFC 4180: quote when needed, double the quotes.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
