// A quote whose words a new version of its article changed: every format writes the current
// words and says what they were before, and in which version they changed.
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { RenderedExport } from '../../../shared/contract';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { useTempNotebook } from '../temp-notebook.test-support';

const t = useTempNotebook('words-changed');

const TEXT =
  'The Haqqani network denied any role in the attack.\n\nOfficials said talks would resume.';

async function revisedQuote() {
  const article = await t.run<ArticleDetail>('articles.importText', { text: TEXT });
  const words = 'The Haqqani network denied any role';
  const start = article.text.indexOf(words);
  const h = await t.run<Highlight>('highlights.create', {
    articleId: article.id,
    start,
    end: start + words.length,
  });
  await t.run('articles.revise', { id: article.id, text: TEXT.replace('Haqqani', 'Haqani') });
  return h;
}

const render = (format: string) => t.run<RenderedExport>('export.render', { format });
const BEFORE =
  /Words changed in version 2 \(\d{4}-\d{2}-\d{2}\); before: “The Haqqani network denied any role”/;

describe('a quote whose words a new version changed', () => {
  it('is written in its current words, with the words before, in every format', async () => {
    const h = await revisedQuote();
    const md = (await render('markdown')).data;
    expect(md).toContain('> The Haqani network denied any role');
    expect(md).toMatch(BEFORE);

    const html = (await render('html')).data;
    expect(html).toContain(
      '<blockquote dir="auto">The Haqani network denied any role</blockquote>',
    );
    expect(html).toMatch(new RegExp(`<p class="changed" dir="auto">${BEFORE.source}</p>`));

    const docx = unzipSync(new Uint8Array(Buffer.from((await render('docx')).data, 'base64')));
    const words = [...strFromU8(docx['word/document.xml']!).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
      .map((m) => m[1])
      .join('');
    expect(words).toContain('The Haqani network denied any role');
    expect(words).toMatch(BEFORE);

    const pdf = await getDocument({
      data: new Uint8Array(Buffer.from((await render('pdf')).data, 'base64')),
      isEvalSupported: false,
      useSystemFonts: false,
    }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items
      .map((i) => ('str' in i ? i.str : ''))
      .join('')
      .replace(/\s+/g, ' ');
    expect(text).toMatch(BEFORE);

    const csv = (await render('csv')).data;
    const [header, row] = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(header).toContain(',Words before,Words changed in version,');
    expect(row).toContain(',The Haqqani network denied any role,2,');

    const annotations = JSON.parse((await render('jsonld')).data) as {
      first: { items: Array<{ id: string; target: Record<string, unknown> }> };
    };
    const target = annotations.first.items.find((a) => a.id.includes(h.id))!.target;
    expect(target['dossier:wordsBefore']).toBe('The Haqqani network denied any role');
    expect(target['dossier:wordsChangedInVersion']).toBe(2);
  });
});
