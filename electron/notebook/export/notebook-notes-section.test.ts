// Whole-notebook exports carry the analyst's notebook notes as their own section, each quote in
// its exact words and cited as a brief cites it; every export is titled and named by its scope.
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { RenderedExport } from '../../../shared/contract';
import type { ArticleDetail, Highlight, Note, Tag } from '../../../shared/model';
import { useTempNotebook } from '../temp-notebook.test-support';

const t = useTempNotebook('notes-section');

const TEXT =
  'Pakistani authorities declined an offer from the outlawed Tehreek-e-Taliban Pakistan to resume talks.\n\n' +
  'The interior minister said the state would not negotiate with militants.';

async function notebook() {
  const article = await t.run<ArticleDetail>('articles.importText', {
    text: TEXT,
    fileName: 'talks.txt',
  });
  await t.run('articles.update', {
    id: article.id,
    title: 'Kabul talks',
    source: 'The Express Tribune',
    publishedAt: '2024-06-25',
  });
  const mark = (words: string) => {
    const start = article.text.indexOf(words);
    return t.run<Highlight>('highlights.create', {
      articleId: article.id,
      start,
      end: start + words.length,
    });
  };
  const declined = await mark('declined an offer');
  const negotiate = await mark('would not negotiate with militants');
  const gone = await mark('interior minister');
  await t.run('highlights.delete', { id: gone.id });
  const economy = await t.run<Tag>('tags.create', { name: 'Economy' });
  await t.run('highlights.update', { id: declined.id, tagIds: [economy.id], color: 'pink' });
  await t.run<Note>('notes.create', {
    title: 'Working assessment',
    body:
      `Islamabad has [[highlight:${declined.id}]] and means it.\n\n` +
      `[[highlight:${negotiate.id}]]\n\nThe minister: [[highlight:${gone.id}]]\n\n` +
      'Quote with `[[highlight:typed]]`.',
  });
  return { article, economy };
}

const render = (input: object) => t.run<RenderedExport>('export.render', input);
const wordText = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const DATED = (base: string, ext: string) => new RegExp(`^${base}-\\d{4}-\\d{2}-\\d{2}\\.${ext}$`);

describe('a whole-notebook export', () => {
  it('holds the notebook notes in Markdown, quotes written out with footnotes', async () => {
    await notebook();
    const out = await render({ format: 'markdown' });
    expect(out.fileName).toMatch(DATED('dossier-notebook', 'md'));
    const md = out.data;
    expect(md).toMatch(/^title: "Dossier notebook"$/m);
    expect(md).toMatch(/^# Dossier notebook$/m);
    expect(md).toContain('## Notebook notes (1)');
    expect(md).toContain('### Working assessment');
    expect(md).toContain('Islamabad has “declined an offer”[^1] and means it.');
    expect(md).toContain('> would not negotiate with militants[^2]');
    expect(md).toContain('`[[highlight:typed]]`');
    expect(md).toContain('*[quote left out: see the end of the notebook notes]*');
    expect(md).toMatch(
      /\*\*Left out of the notebook notes:\*\*\n\n- A quote in “Working assessment”/,
    );
    expect(md.match(/^\[\^1\]: (.*)$/m)?.[1]).toMatch(/Kabul Talks.*Express Tribune.*para\. 1/);
    // The section does not count as an article in the dialog's counts.
    expect(md.match(/^#{1,6} Highlights \(\d+\)$/gm)).toHaveLength(1);
  });

  it('holds them in HTML, with the notes list', async () => {
    await notebook();
    const out = await render({ format: 'html' });
    expect(out.data).toContain('<title>Dossier notebook</title>');
    expect(out.data).toContain('<h2>Notebook notes (1)</h2>');
    expect(out.data).toContain('<h3 dir="auto">Working assessment</h3>');
    expect(out.data).toMatch(/“<bdi dir="ltr">declined an offer<\/bdi>”<sup class="fn">/);
    expect(out.data).toMatch(/<li id="note-2">.*Kabul Talks/);
  });

  it('holds them in Word, each quote with a real footnote', async () => {
    await notebook();
    const out = await render({ format: 'docx' });
    expect(out.fileName).toMatch(DATED('dossier-notebook', 'docx'));
    const zip = unzipSync(Buffer.from(out.data, 'base64'));
    const body = wordText(strFromU8(zip['word/document.xml']!));
    expect(body).toContain('Notebook notes (1)');
    expect(body).toContain('Islamabad has “declined an offer” and means it.');
    expect(body).toContain('Left out of the notebook notes');
    expect(strFromU8(zip['word/document.xml']!).match(/<w:footnoteReference /g)).toHaveLength(2);
    expect(wordText(strFromU8(zip['word/footnotes.xml']!))).toMatch(/Kabul Talks/);
    expect(strFromU8(zip['docProps/core.xml']!)).toContain('<dc:title>Dossier notebook</dc:title>');
  });

  it('holds them in PDF, in reading order after the articles', async () => {
    await notebook();
    const out = await render({ format: 'pdf' });
    const flat = (await pdfText(out.data)).replace(/\s+/g, ' ');
    const order = [
      'Dossier notebook',
      'Kabul talks',
      'Notebook notes (1)',
      'Working assessment',
      'Islamabad has “declined an offer” [1] and means it.',
      'would not negotiate with militants [2]',
      'Notes',
      '1. ',
      'Left out of the notebook notes',
      'Sources',
    ].map((s) => flat.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('leaves the notes out of CSV and annotations, and out of any export of a part', async () => {
    const { article, economy } = await notebook();
    expect((await render({ format: 'csv' })).data).not.toContain('Working assessment');
    expect((await render({ format: 'jsonld' })).data).not.toContain('Working assessment');
    for (const scope of [{ articleIds: [article.id] }, { tagIds: [economy.id] }]) {
      expect((await render({ format: 'markdown', ...scope })).data).not.toContain('Notebook notes');
    }
  });
});

describe('an export’s title and name follow its scope', () => {
  it('in every format', async () => {
    const { article, economy } = await notebook();
    const one = await render({ format: 'markdown', articleIds: [article.id] });
    expect(one.fileName).toMatch(DATED('kabul-talks', 'md'));
    expect(one.data).toMatch(/^# Kabul talks$/m);
    const tagged = await render({ format: 'html', tagIds: [economy.id] });
    expect(tagged.fileName).toMatch(DATED('quotes-tagged-economy', 'html'));
    expect(tagged.data).toContain('<title>Quotes tagged Economy</title>');
    const pink = await render({ format: 'docx', colors: ['pink'], articleIds: [article.id] });
    expect(pink.fileName).toMatch(DATED('pink-quotes-kabul-talks', 'docx'));
    const core = strFromU8(unzipSync(Buffer.from(pink.data, 'base64'))['docProps/core.xml']!);
    expect(core).toContain('<dc:title>Pink quotes — Kabul talks</dc:title>');
    const pdf = await render({ format: 'pdf', tagIds: [economy.id], from: '2024-01-01' });
    expect(pdf.fileName).toMatch(DATED('quotes-tagged-economy-from-2024-01-01', 'pdf'));
    expect(await pdfText(pdf.data)).toContain('Quotes tagged Economy, from 2024-01-01');
    const annotations = await render({ format: 'jsonld', colors: ['pink'] });
    expect((JSON.parse(annotations.data) as { label: string }).label).toBe('Pink quotes');
  });
});

async function pdfText(base64: string): Promise<string> {
  const data = new Uint8Array(Buffer.from(base64, 'base64'));
  const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  let text = '';
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
  }
  return text;
}

describe('a note with headings of its own', () => {
  const HEADED =
    '# Summary\n\nTalks are off.\n\n## Why\n\nNo ceasefire.\n\n```\n# not a heading\n```';

  it('nests them under the note’s title in Markdown, HTML and Word', async () => {
    await t.run('articles.importText', { text: TEXT, fileName: 'talks.txt' });
    await t.run('notes.create', { title: 'Working assessment', body: HEADED });
    const md = (await render({ format: 'markdown' })).data;
    // Notebook notes (2) › the note (3) › its own headings from 4, steps kept, code untouched.
    expect(md).toMatch(/### Working assessment\n\n#### Summary\n\nTalks are off\.\n\n##### Why/);
    expect(md).toContain('```\n# not a heading\n```');
    const html = (await render({ format: 'html' })).data;
    expect(html).toMatch(/<h3[^>]*>Working assessment<\/h3>\s*<h4>Summary<\/h4>/);
    expect(html).toContain('<h5>Why</h5>');
    const docx = unzipSync(
      new Uint8Array(Buffer.from((await render({ format: 'docx' })).data, 'base64')),
    );
    const body = strFromU8(docx['word/document.xml']!);
    const styleOf = (words: string) =>
      new RegExp(`<w:pStyle w:val="(Heading\\d)"/>(?:(?!</w:p>).)*${words}`).exec(body)?.[1];
    expect(styleOf('Working assessment')).toBe('Heading2');
    expect(styleOf('Summary')).toBe('Heading3');
    expect(styleOf('Why')).toBe('Heading4');
  });

  it('keeps a brief’s own note headings under the brief’s title', async () => {
    await t.run('articles.importText', { text: TEXT, fileName: 'talks.txt' });
    const note = await t.run<Note>('notes.create', {
      title: 'Only note',
      body: '### Deep\n\nText.',
    });
    const md = (
      await t.run<RenderedExport>('export.render', { format: 'markdown', noteIds: [note.id] })
    ).data;
    // One note: no heading of its own; its highest heading stands right under the title.
    expect(md).toMatch(/^# Only note\n\n## Deep\n/m);
  });
});

describe('an Urdu quote inside an English sentence', () => {
  it('is isolated in Markdown (FSI … PDI), HTML (bdi) and Word (RLE … PDF), its bar on the right', async () => {
    const urdu = 'حکومت نے کہا کہ TTP سے بات نہیں';
    const article = await t.run<ArticleDetail>('articles.importText', {
      text: `اسلام آباد\n\n${urdu} ہوگی۔`,
      fileName: 'urdu.txt',
    });
    const start = article.text.indexOf(urdu);
    const h = await t.run<Highlight>('highlights.create', {
      articleId: article.id,
      start,
      end: start + urdu.length,
    });
    await t.run('notes.create', {
      title: 'Assessment',
      body: `The press says [[highlight:${h.id}]] in its words.`,
    });
    const md = (await render({ format: 'markdown' })).data;
    expect(md).toContain(`The press says “\u2068${urdu}\u2069”[^1] in its words.`);
    const html = (await render({ format: 'html' })).data;
    expect(html).toContain(`“<bdi dir="rtl">${urdu}</bdi>”`);
    expect(html).toMatch(/<figure class="highlight highlight--\w+ highlight--rtl"/);
    expect(html).toContain('.highlight--rtl{');
    // Word: the words embedded right-to-left in a run of their own, the marks outside.
    const docx = unzipSync(Buffer.from((await render({ format: 'docx' })).data, 'base64'));
    const body = strFromU8(docx['word/document.xml']!);
    const sentence = /<w:p>(?:(?!<\/w:p>).)*The press says(?:(?!<\/w:p>).)*<\/w:p>/.exec(body)![0];
    const runs = [...sentence.matchAll(/<w:r>((?:(?!<\/w:r>).)*)<\/w:r>/g)].map((m) => m[1]!);
    const quoted = runs.find((r) => r.includes(urdu))!;
    expect(quoted).toContain('<w:rtl/>');
    expect(quoted).toContain(`\u202b${urdu}\u202c`);
    const texts = runs.map((r) => /<w:t[^>]*>([^<]*)<\/w:t>/.exec(r)?.[1] ?? '');
    expect(texts.join('')).toBe(`The press says “\u202b${urdu}\u202c” in its words.`);
  });
});
