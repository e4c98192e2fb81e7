// Where an exported date came from, in the same words for every format and every kind of file.
import { describe, expect, it } from 'vitest';
import type { ArticleDetail } from '../../../shared/model';
import { dateOriginLabel } from './quote-provenance';

const article = (fields: Partial<ArticleDetail>) => ({ ...fields }) as ArticleDetail;

describe('dateOriginLabel', () => {
  it('names each source of a date', () => {
    expect(dateOriginLabel(article({ publishedAtSource: 'date-line' }))).toBe(
      'from the date line on the page',
    );
    expect(dateOriginLabel(article({ publishedAtSource: 'user' }))).toBe('entered by hand');
    expect(dateOriginLabel(article({ publishedAtSource: 'url' }))).toBe('from the URL');
    expect(dateOriginLabel(article({ publishedAtSource: 'file', kind: 'pdf' }))).toBe(
      "from the file's properties, its creation date",
    );
    expect(dateOriginLabel(article({}))).toBe('');
  });

  it('calls a web page’s metadata so, and a PDF’s or Word file’s older “metadata” date its creation date', () => {
    expect(dateOriginLabel(article({ publishedAtSource: 'metadata', kind: 'html' }))).toBe(
      'from the page metadata',
    );
    for (const kind of ['pdf', 'docx'] as const) {
      expect(dateOriginLabel(article({ publishedAtSource: 'metadata', kind }))).toBe(
        "from the file's properties, its creation date",
      );
    }
  });
});
