// The Admiralty grade of each quote (source reliability A–F, information credibility 1–6) in
// every export: beside the paragraph in Markdown, HTML, Word and PDF, as fields in CSV and
// JSON-LD, and in each quote's footnote in a brief.
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { RenderedExport } from '../../../shared/contract';
import type { ArticleDetail, Highlight, Note } from '../../../shared/model';
import { useTempNotebook } from '../temp-notebook.test-support';

const t = useTempNotebook('grading-export');

const TEXT = 'The minister said talks were over.\n\nOfficials said the border would reopen.';

async function gradedNotebook() {
  const article = await t.run<ArticleDetail>('articles.importText', { text: TEXT });
  await t.run('articles.update', { id: article.id, reliability: 'B' });
  const mark = (words: string) => {
    const start = article.text.indexOf(words);
    return t.run<Highlight>('highlights.create', {
      articleId: article.id,
      start,
      end: start + words.length,
    });
  };
  const graded = await mark('talks were over');
  await t.run('highlights.update', { id: graded.id, credibility: 2 });
  const ungraded = await mark('the border would reopen');
  return { article, graded, ungraded };
}

const render = (input: object) => t.run<RenderedExport>('export.render', input);
const wordsOf = (xml: string) =>
  [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe('a graded quote', () => {
  it('carries its grade in Markdown, HTML, Word and PDF, the ungraded one its source’s', async () => {
    await gradedNotebook();
    const md = (await render({ format: 'markdown' })).data;
    expect(md).toMatch(/^— ¶1 \[B2\] · yellow/m);
    expect(md).toMatch(/^— ¶2 \[B–\] · yellow/m);

    const html = (await render({ format: 'html' })).data;
    expect(html).toContain(
      '<span class="grade" title="[B2] usually reliable source; probably true.">[B2]</span>',
    );

    const docx = unzipSync(Buffer.from((await render({ format: 'docx' })).data, 'base64'));
    expect(wordsOf(strFromU8(docx['word/document.xml']!))).toContain('¶1 [B2] · yellow');

    const pdf = await getDocument({
      data: new Uint8Array(Buffer.from((await render({ format: 'pdf' })).data, 'base64')),
      isEvalSupported: false,
      useSystemFonts: false,
    }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items.map((i) => ('str' in i ? i.str : '')).join('');
    expect(text).toContain('¶1 [B2]');
    expect(text).toContain('¶2 [B–]');
  });

  it('has its grade as fields in CSV and JSON-LD', async () => {
    const { graded, ungraded } = await gradedNotebook();
    const csv = (await render({ format: 'csv' })).data.replace(/^\ufeff/, '');
    const [header, ...rows] = csv.trim().split('\r\n');
    expect(header).toMatch(/,Source reliability,Information credibility,Grade,Corroborated by$/);
    const rowOf = (id: string) => rows.find((r) => r.includes(id))!;
    expect(rowOf(graded.id)).toMatch(/,B,2,B2,$/);
    expect(rowOf(ungraded.id)).toMatch(/,B,,B–,$/);

    const doc = JSON.parse((await render({ format: 'jsonld' })).data) as {
      first: { items: Array<{ id: string; target: Record<string, unknown> }> };
    };
    const target = (id: string) => doc.first.items.find((a) => a.id.includes(id))!.target;
    expect(target(graded.id)['dossier:reliability']).toBe('B');
    expect(target(graded.id)['dossier:credibility']).toBe(2);
    expect(target(ungraded.id)['dossier:credibility']).toBeUndefined();
  });

  it('is named in its footnote in a brief, in Markdown and Word', async () => {
    const { graded } = await gradedNotebook();
    const note = await t.run<Note>('notes.create', {
      title: 'Assessment',
      body: `The talks: [[highlight:${graded.id}]].`,
    });
    const md = (await render({ format: 'markdown', noteIds: [note.id] })).data;
    expect(md.match(/^\[\^1\]: (.*)$/m)![1]).toMatch(
      /\[B2\] usually reliable source; probably true\.$/,
    );
    const docx = unzipSync(
      Buffer.from((await render({ format: 'docx', noteIds: [note.id] })).data, 'base64'),
    );
    expect(wordsOf(strFromU8(docx['word/footnotes.xml']!))).toContain(
      '[B2] usually reliable source; probably true.',
    );
  });

  it('leaves exports of ungraded notebooks as they were', async () => {
    const article = await t.run<ArticleDetail>('articles.importText', { text: TEXT });
    await t.run('highlights.create', { articleId: article.id, start: 4, end: 12 });
    const md = (await render({ format: 'markdown' })).data;
    expect(md).toMatch(/^— ¶1 · yellow/m);
    expect(md).not.toContain('[–');
  });
});
