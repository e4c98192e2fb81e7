// The Word export read back by mammoth: provenance, quotes (emoji and Urdu exactly), notes,
// tags, colour meanings and the sources list; right-to-left paragraphs for the Urdu quote.
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from './docx';
import { EMOJI_QUOTE, URDU_QUOTE, exportModelFromNotebook } from './docx-test-notebook';
import { render } from './export-fixture';
import type { ExportModel } from './model';
import { highlightOver, onlyHighlights } from './paragraph-range.test-support';

let model: ExportModel;
let buffer: Buffer;
beforeAll(async () => {
  model = await exportModelFromNotebook();
  const result = await render(renderDocx, model);
  expect(result.mimeType).toBe(
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  );
  expect(result.encoding).toBe('base64');
  expect(result.fileName).toMatch(/^dossier-notebook-\d{4}-\d{2}-\d{2}\.docx$/);
  buffer = Buffer.from(result.data, 'base64');
});

describe('Word export', () => {
  it('reads back with every quote, note, tag and provenance line', async () => {
    const { value: text } = await mammoth.extractRawText({ buffer });
    const lines = text.split('\n').map((l) => l.normalize('NFC').trim());
    expect(lines).toContain('Dossier notebook');
    for (const quote of [EMOJI_QUOTE, URDU_QUOTE, 'second paragraph'])
      expect(lines).toContain(quote);
    expect(lines).toContain('Source: The Daily Record');
    expect(lines).toContain('Author: A. Writer');
    expect(lines).toContain('Date: 2024-06-20 (entered by hand)');
    expect(lines).toContain('URL: https://example.com/talks');
    expect(lines.some((l) => /^Captured: \d{4}-\d{2}-\d{2}$/.test(l))).toBe(true);
    expect(lines).toContain('¶1 · green: Evidence · #Actors/TTP #check');
    expect(lines).toContain('¶2 · purple: Question · #check');
    expect(lines).toContain('Why this matters: timing.');
    expect(lines).toContain('First check the date.');
    expect(lines).toContain('<b>not html</b>');
    expect(lines).toContain('Urdu note: یہ اہم ہے');
    expect(lines).toContain('Sources');
    expect(lines).toContain(
      'Talks on hold · The Daily Record · 2024-06-20 · https://example.com/talks',
    );
    expect(text.indexOf(EMOJI_QUOTE)).toBeLessThan(text.indexOf('second paragraph'));
  });

  it('styles quotes as quotes, keeps Markdown emphasis and links the URL', async () => {
    const { value: html } = await mammoth.convertToHtml(
      { buffer },
      { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] },
    );
    expect(html).toContain(`<blockquote><p><em>${EMOJI_QUOTE}</em></p></blockquote>`);
    expect(html).toContain(`<blockquote><p>${URDU_QUOTE}</p></blockquote>`);
    expect(html).toContain('<strong>date</strong>');
    expect(html).toContain('<em>check</em>');
    expect(html).toContain('<a href="https://example.com/talks">');
    expect(html).toContain('&lt;b&gt;not html&lt;/b&gt;');
    expect(html).not.toContain('<b>not html');
  });

  it('cites a quote over two paragraphs by both, one ending at its paragraph end by that one', async () => {
    const at = model.articles.findIndex((a) => a.title === 'Talks on hold');
    const english = model.articles[at]!;
    const result = await render(
      renderDocx,
      onlyHighlights(model, at, [
        highlightOver(english, 'Others disagreed.\n\nA second paragraph', 'across'),
        highlightOver(english, 'Others disagreed.', 'at-end'),
      ]),
    );
    const files = unzipSync(new Uint8Array(Buffer.from(result.data, 'base64')));
    const xml = strFromU8(files['word/document.xml']!);
    const runs = [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(runs).toContain('¶1–2 · yellow: Key claim');
    expect(runs).toContain('¶1 · yellow: Key claim');
  });

  it('sets the language and marks the Urdu quote right to left', () => {
    const files = unzipSync(new Uint8Array(buffer));
    const styles = strFromU8(files['word/styles.xml']!);
    expect(styles).toMatch(/<w:lang w:val="en-GB" w:bidi="ur-PK"\/>/);
    const xml = strFromU8(files['word/document.xml']!);
    const urdu = xml.slice(
      xml.lastIndexOf('<w:p>', xml.indexOf(URDU_QUOTE)),
      xml.indexOf(URDU_QUOTE),
    );
    expect(urdu).toContain('<w:bidi/>');
    expect(urdu).toContain('<w:rtl/>');
  });
});
