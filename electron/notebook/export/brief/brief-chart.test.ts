// A chart in a brief: `[[chart:<kind>]]` alone in a paragraph of a note draws the chart there, as
// the notebook is now: an SVG in Markdown and HTML, a PNG picture in Word and PDF. An unknown
// chart is named among what the brief left out; a chart reference inside code stays text.
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { RenderedExport } from '../../../../shared/contract';
import type { ArticleDetail, Highlight, Note, Tag } from '../../../../shared/model';
import { useTempNotebook } from '../../temp-notebook.test-support';

const t = useTempNotebook('brief-chart');

async function noteWithChart(body: string) {
  const a = await t.run<ArticleDetail>('articles.importText', {
    text: 'Talks on hold\n\nThe TTP ended the ceasefire in November, officials said on Monday.\n\nOfficials met TTP envoys in Kabul in May to talk about a new truce.',
  });
  const tag = await t.run<Tag>('tags.create', { name: 'Actors/TTP' });
  const words = 'ended the ceasefire';
  const start = a.text.indexOf(words);
  const h = await t.run<Highlight>('highlights.create', {
    articleId: a.id,
    start,
    end: start + words.length,
  });
  await t.run('highlights.update', { id: h.id, tagIds: [tag.id] });
  return t.run<Note>('notes.create', { title: 'Brief', body });
}

const exported = async (noteId: string, format: string) =>
  t.run<RenderedExport>('export.render', { format, noteIds: [noteId] });

describe('a chart in a brief', () => {
  it('is an SVG in Markdown and HTML, a picture in Word and PDF', async () => {
    const note = await noteWithChart(
      'Who the sources tag:\n\n[[chart:tags]]\n\nAnd `[[chart:tags]]` in code stays text.',
    );
    const md = (await exported(note.id, 'markdown')).data;
    const image = /!\[Tag frequency\]\(data:image\/svg\+xml;base64,([A-Za-z0-9+/=]+)\)/.exec(md);
    expect(image).not.toBeNull();
    expect(Buffer.from(image![1]!, 'base64').toString()).toContain('Actors/TTP');
    expect(md).toContain('`[[chart:tags]]`');

    const html = (await exported(note.id, 'html')).data;
    expect(html).toMatch(
      /<figure class="chart"><svg[^>]*>[\s\S]*Actors\/TTP[\s\S]*<\/svg><figcaption>Tag frequency<\/figcaption><\/figure>/,
    );

    const zip = unzipSync(Buffer.from((await exported(note.id, 'docx')).data, 'base64'));
    const pictures = Object.keys(zip).filter((name) => name.startsWith('word/media/'));
    expect(pictures).toHaveLength(1);
    expect(strFromU8(zip[pictures[0]!]!.subarray(1, 4))).toBe('PNG');
    expect(strFromU8(zip['word/document.xml']!)).toContain('Tag frequency');

    const pdfBytes = new Uint8Array(Buffer.from((await exported(note.id, 'pdf')).data, 'base64'));
    const pdf = await getDocument({ data: pdfBytes, isEvalSupported: false, useSystemFonts: false })
      .promise;
    const page = await pdf.getPage(1);
    const ops = await page.getOperatorList();
    const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    expect(ops.fnArray).toContain(OPS.paintImageXObject);
    const text = (await page.getTextContent()).items.map((i) => ('str' in i ? i.str : '')).join('');
    expect(text).toContain('Tag frequency');
  });

  it('names a chart it does not know among what it left out', async () => {
    const note = await noteWithChart('[[chart:pie]]');
    const md = (await exported(note.id, 'markdown')).data;
    expect(md).toContain('[chart left out: see the end of this brief]');
    expect(md).toMatch(/there is no chart “pie” \(tags, tag-matrix/);
  });
});
