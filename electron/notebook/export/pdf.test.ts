// The PDF export read back by pdf.js: every quote, note, provenance line and the sources list
// is real, extractable text (compared after NFC and whitespace normalisation).
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_COLOR_MEANINGS } from '../../../shared/model';
import { EMOJI_QUOTE, URDU_QUOTE, exportModelFromNotebook } from './docx-test-notebook';
import { render } from './export-fixture';
import type { ExportModel } from './model';
import { highlightOver, onlyHighlights } from './paragraph-range.test-support';
import { renderPdf } from './pdf';

/** The text of each page of the model's PDF, as pdf.js reads it back. */
async function pdfPages(model: ExportModel): Promise<string[]> {
  const result = await render(renderPdf, model);
  expect(result.mimeType).toBe('application/pdf');
  expect(result.encoding).toBe('base64');
  const data = new Uint8Array(Buffer.from(result.data, 'base64'));
  const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  const out: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    out.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }
  return out;
}

let model: ExportModel;
let pages: string[];
beforeAll(async () => {
  model = await exportModelFromNotebook();
  pages = await pdfPages(model);
}, 60_000);

const norm = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();
const all = () => norm(pages.join('\n'));

describe('PDF export', () => {
  it('has every quote, note and provenance line as text', () => {
    const text = all();
    for (const expected of [
      'Dossier notebook',
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
    expect(text).toMatch(/Dossier notebook · page 1 of \d+/);
  });

  it('gives back the Urdu quote in reading order, every letter as written', () => {
    expect(all()).toContain(norm(URDU_QUOTE));
  });

  it('cites a quote over two paragraphs by both, one ending at its paragraph end by that one', async () => {
    const at = model.articles.findIndex((a) => a.title === 'Talks on hold');
    const english = model.articles[at]!;
    const text = norm(
      (
        await pdfPages(
          onlyHighlights(model, at, [
            highlightOver(english, 'Others disagreed.\n\nA second paragraph', 'across'),
            highlightOver(english, 'Others disagreed.', 'at-end'),
          ]),
        )
      ).join('\n'),
    );
    expect(text).toContain('¶1–2 · yellow: Key claim');
    expect(text).toContain('¶1 · yellow: Key claim');
  }, 60_000);
});

describe('PDF export of long unbroken strings', () => {
  const long = (unit: string, length: number) =>
    unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

  it('lays out a 16,000-character title and note in linear time, every character kept', async () => {
    const title = long('Unbroken', 16_000);
    const note = long('x', 16_000);
    const urdu = long('مذاکرات', 16_000);
    const text = `${title}\n\nA quote to keep. ${urdu}`;
    const at = text.indexOf('A quote');
    const highlight = {
      id: 'h1',
      articleId: 'a1',
      quote: {
        type: 'TextQuoteSelector' as const,
        exact: 'A quote to keep.',
        prefix: '',
        suffix: '',
      },
      position: { type: 'TextPositionSelector' as const, start: at, end: at + 16 },
      color: 'yellow' as const,
      note,
      tagIds: [],
      createdAt: '2024-06-25T10:00:00.000Z',
      updatedAt: '2024-06-25T10:00:00.000Z',
    };
    const urduHighlight = {
      ...highlight,
      id: 'h2',
      quote: { ...highlight.quote, exact: urdu },
      position: { ...highlight.position, start: at + 17, end: at + 17 + urdu.length },
      note: '',
    };
    const model: ExportModel = {
      colorMeanings: DEFAULT_COLOR_MEANINGS,
      tags: [],
      generatedAt: new Date('2024-07-01T10:00:00.000Z'),
      articles: [
        {
          id: 'a1',
          title,
          sha256: '0'.repeat(64),
          capturedAt: '2024-06-25T10:00:00.000Z',
          text,
          blocks: [
            { kind: 'heading', start: 0, end: title.length },
            { kind: 'paragraph', start: at, end: text.length },
          ],
          sourceBlocks: [],
          highlights: [highlight, urduHighlight],
          note: { body: note },
        },
      ],
    };
    const started = performance.now();
    const result = await render(renderPdf, model);
    const seconds = (performance.now() - started) / 1000;
    // Before the fix this took over 30 s and more than a gigabyte; now about a second.
    expect(seconds).toBeLessThan(15);
    const data = new Uint8Array(Buffer.from(result.data, 'base64'));
    const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
    let extracted = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      extracted += content.items.map((item) => ('str' in item ? item.str : '')).join('');
    }
    // Each page's footer comes at the end of its text; the rest is the document, only wrapped.
    // The footer names the export by its title, cut to its first 70 characters.
    const footer = `${Array.from(title).slice(0, 70).join('')}… · page `;
    const letters = extracted
      .split(footer)
      .map((part, i) => (i ? part.replace(/^\d+ of \d+/, '') : part))
      .join('')
      .replace(/\s+/g, '');
    // The title (twice: heading and sources list) and the note come back whole, only wrapped.
    expect(letters).toContain(title);
    expect(letters).toContain(note);
    expect(letters.split(title).length - 1).toBe(2);
  }, 60_000);
});
