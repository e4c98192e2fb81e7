// The PDF export read back by pdf.js: every quote, note, provenance line and the sources list
// is real, extractable text (compared after NFC and whitespace normalisation).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EMOJI_QUOTE, URDU_QUOTE, exportModelFromNotebook } from './docx-test-notebook';
import { renderPdf } from './pdf';

let pages: string[];
beforeAll(async () => {
  const result = await renderPdf(await exportModelFromNotebook());
  expect(result.mimeType).toBe('application/pdf');
  expect(result.encoding).toBe('base64');
  const data = new Uint8Array(Buffer.from(result.data, 'base64'));
  const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }
}, 60_000);

const norm = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const all = () => norm(pages.join('\n'));

describe('PDF export', () => {
  it('has every quote, note and provenance line as text', () => {
    const text = all();
    for (const expected of [
      'Dossier notes',
      EMOJI_QUOTE,
      'second paragraph',
      'Source: The Daily Record',
      'Author: A. Writer',
      'Date: 2024-06-20 (entered by hand)',
      'URL: https://example.com/talks',
      '¶1 · green: Evidence · #Actors/TTP #check',
      '¶2 · purple: Question · #check',
      'Why this matters: timing.',
      'First check the date.',
      'one point',
      '<b>not html</b>',
      'Sources',
      'Talks on hold · The Daily Record · 2024-06-20 · https://example.com/talks',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).toMatch(/Captured: \d{4}-\d{2}-\d{2}/);
    expect(text).toMatch(/Dossier notes · page 1 of \d+/);
  });

  it('gives back the Urdu quote in reading order, every letter as written', () => {
    expect(all()).toContain(norm(URDU_QUOTE));
  });
});
