// The reader's words for where an article's date came from, for new and older imports.
import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from '../../../shared/model';
import { dateLabel } from './describe-meta';

const meta = (over: Partial<ArticleMeta>): ArticleMeta => ({
  id: 'a1',
  title: 'Flood Briefing',
  sha256: '0'.repeat(64),
  capturedAt: '2024-09-02T10:00:00.000Z',
  publishedAt: '2024-06-25',
  ...over,
});

describe('dateLabel', () => {
  it("says a date from the file's properties came from there", () => {
    expect(dateLabel(meta({ publishedAtSource: 'file', kind: 'docx' }))?.provenance).toBe(
      "from the file's properties, its creation date",
    );
    expect(
      dateLabel(meta({ publishedAtSource: 'file', kind: 'docx', publishedAtUncertain: true })),
    ).toMatchObject({
      provenance: "the file's creation date, which may not be when it was published",
      uncertain: true,
    });
  });

  it("still reads a Word file's older 'metadata' date as its creation date", () => {
    const older = meta({ publishedAtSource: 'metadata', kind: 'docx', publishedAtUncertain: true });
    expect(dateLabel(older)?.provenance).toBe(
      "the file's creation date, which may not be when it was published",
    );
  });

  it('keeps the date line and page metadata words', () => {
    expect(dateLabel(meta({ publishedAtSource: 'date-line' }))?.provenance).toBe(
      'from the date line',
    );
    expect(dateLabel(meta({ publishedAtSource: 'metadata', kind: 'html' }))?.provenance).toBe(
      'from page metadata',
    );
  });
});
