// The one place an export is named: a title for every scope, and a file name any system takes.
import { describe, expect, it } from 'vitest';
import { exportFileName, exportTitle, NOTEBOOK_TITLE } from './export-title';

const DAY = new Date('2024-06-25T10:00:00Z');

describe('exportTitle', () => {
  it('names each scope by what it holds', () => {
    expect(exportTitle({})).toBe(NOTEBOOK_TITLE);
    expect(exportTitle({ articles: ['Kabul talks'] })).toBe('Kabul talks');
    expect(exportTitle({ articles: ['Kabul talks', 'Torkham', 'Floods'] })).toBe(
      'Kabul talks and 2 more',
    );
    expect(exportTitle({ tags: ['Economy'] })).toBe('Quotes tagged Economy');
    expect(exportTitle({ tags: ['Economy', 'Actors/TTP'] })).toBe(
      'Quotes tagged Economy or Actors/TTP',
    );
    expect(exportTitle({ tags: ['A', 'B', 'C', 'D'] })).toBe('Quotes tagged A, B or 2 more');
    expect(exportTitle({ colors: ['pink'], articles: ['Kabul talks'] })).toBe(
      'Pink quotes — Kabul talks',
    );
    expect(exportTitle({ colors: ['pink', 'green', 'blue'], tags: ['Economy'] })).toBe(
      'Pink, green and blue quotes tagged Economy',
    );
    expect(exportTitle({ picked: 3 })).toBe('3 chosen quotes');
    expect(exportTitle({ picked: 1 })).toBe('1 chosen quote');
    expect(exportTitle({ from: '2024-01-01', to: '2024-06-30' })).toBe(
      'Dossier notebook, 2024-01-01 to 2024-06-30',
    );
    expect(exportTitle({ tags: ['Economy'], from: '2024-01-01' })).toBe(
      'Quotes tagged Economy, from 2024-01-01',
    );
    expect(exportTitle({ to: '2024-06-30' })).toBe('Dossier notebook, until 2024-06-30');
  });

  it('names a brief after its note, or its first note and how many more', () => {
    expect(exportTitle({ notes: ['Assessment: talks on hold'] })).toBe('Assessment: talks on hold');
    expect(exportTitle({ notes: ['Assessment', 'Annex', 'Timeline'] })).toBe(
      'Assessment and 2 more',
    );
    expect(exportTitle({ notes: ['  '] })).toBe('Untitled note');
  });
});

describe('exportFileName', () => {
  it('is the title’s words, the day and the extension', () => {
    expect(exportFileName('Kabul talks', DAY, 'md')).toBe('kabul-talks-2024-06-25.md');
    expect(exportFileName('Pakistan rejects TTP’s offer', DAY, 'pdf')).toBe(
      'pakistan-rejects-ttps-offer-2024-06-25.pdf',
    );
    expect(exportFileName('Pink quotes — Kabul talks', DAY, 'docx')).toBe(
      'pink-quotes-kabul-talks-2024-06-25.docx',
    );
  });

  it('keeps nothing a system refuses, nor a trailing dot or space', () => {
    const name = exportFileName('a/b\\c:d*e?f"g<h>i|j\u0000k\u001f. ', DAY, 'md');
    expect(name).toBe('a-b-c-d-e-f-g-h-i-j-k-2024-06-25.md');
    // eslint-disable-next-line no-control-regex -- control characters are what is checked for
    expect(name).not.toMatch(/[/\\:*?"<>|\u0000-\u001f]/);
    expect(exportFileName('...', DAY, 'md')).toBe('dossier-export-2024-06-25.md');
    expect(exportFileName('😀🙂', DAY, 'csv')).toBe('dossier-export-2024-06-25.csv');
  });

  it('keeps the letters and marks of every script, so Urdu stays readable', () => {
    // ۓ and the hamza carrier must not be decomposed and cut apart.
    const urdu = 'مذاکرات معطل: حکام نے کہا';
    expect(exportFileName(urdu, DAY, 'md')).toBe('مذاکرات-معطل-حکام-نے-کہا-2024-06-25.md');
    expect(exportFileName('پاکستان کی ۓ فائل', DAY, 'md')).toBe('پاکستان-کی-ۓ-فائل-2024-06-25.md');
    expect(exportFileName('Peshāwar', DAY, 'md')).toBe('peshāwar-2024-06-25.md');
    // Persian spells with the zero-width non-joiner: it stays inside its word.
    expect(exportFileName('می\u200cخواهم', DAY, 'md')).toBe('می\u200cخواهم-2024-06-25.md');
  });

  it('stays inside every system’s 255 bytes, cut between words', () => {
    const long = exportFileName('Talks '.repeat(200), DAY, 'docx');
    expect(Buffer.byteLength(long)).toBeLessThanOrEqual(255);
    expect(long).toMatch(/^(talks-)+2024-06-25\.docx$/);
    const urdu = exportFileName('مذاکرات '.repeat(100), DAY, 'md');
    expect(Buffer.byteLength(urdu)).toBeLessThanOrEqual(255);
    expect(urdu).toMatch(/^(مذاکرات-)+2024-06-25\.md$/);
    const oneWord = exportFileName('x'.repeat(400), DAY, 'md');
    expect(oneWord).toBe(`${'x'.repeat(120)}-2024-06-25.md`);
  });

  it('refuses an extension that is not one, naming the field', () => {
    expect(() => exportFileName('a', DAY, '../md')).toThrow(/extension/);
  });
});
