// A notebook note exported as a brief through the contract: quotes written out in their exact
// words, each with a footnote citing title, outlet, author, date and where the date came from,
// paragraphs and capture date, a sources list, and what could not be quoted named.
import MarkdownIt from 'markdown-it';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import footnotes from 'markdown-it-footnote';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RenderedExport } from '../../../../shared/contract';
import type { ArticleDetail, Highlight, Note } from '../../../../shared/model';
import { useTempNotebook } from '../../temp-notebook.test-support';

const t = useTempNotebook('brief');

const TALKS =
  'Pakistani authorities declined an offer from the outlawed Tehreek-e-Taliban Pakistan to resume talks.\n\n' +
  'The interior minister said the state would not negotiate with militants.\n\n' +
  'Officials said trade at Torkham would resume next week.';

async function notebookWithQuotes() {
  const article = await t.run<ArticleDetail>('articles.importText', {
    text: TALKS,
    fileName: 'talks.txt',
  });
  await t.run('articles.update', {
    id: article.id,
    title: 'Pakistan rejects TTP offer',
    source: 'The Express Tribune',
    byline: 'Kamran Yousaf',
    publishedAt: '2024-06-25',
    url: 'https://tribune.com.pk/story/2475021',
  });
  const mark = async (words: string, through?: string) => {
    const start = article.text.indexOf(words);
    const end = through ? article.text.indexOf(through) + through.length : start + words.length;
    return t.run<Highlight>('highlights.create', { articleId: article.id, start, end });
  };
  const declined = await mark('declined an offer');
  // From the end of paragraph 2 into paragraph 3.
  const across = await mark('would not negotiate with militants.', 'Officials said trade');
  const gone = await mark('resume next week');
  await t.run('highlights.delete', { id: gone.id });
  const note = await t.run<Note>('notes.create', {
    title: 'Assessment: talks on hold',
    body:
      `Islamabad has [[highlight:${declined.id}]] and means it.\n\n` +
      `[[highlight:${across.id}]]\n\n` +
      `The crossing: [[highlight:${gone.id}]]\n\n` +
      'Write `[[highlight:kept-as-typed]]` to quote.',
  });
  return { article, declined, across, note };
}

const brief = (noteId: string, extra: object) =>
  t.run<RenderedExport>('export.render', { noteIds: [noteId], ...extra });

describe('export.render with noteIds: the brief', () => {
  it('writes Markdown whose footnotes a CommonMark + footnotes parser reads', async () => {
    const { note } = await notebookWithQuotes();
    const out = await brief(note.id, { format: 'markdown' });
    expect(out.fileName).toMatch(/^assessment-talks-on-hold-\d{4}-\d{2}-\d{2}\.md$/);
    const md = out.data;
    expect(md).toContain('# Assessment: talks on hold');
    expect(md).toContain('Islamabad has “declined an offer”[^1] and means it.');
    // A quote alone in its paragraph is a block quote, its words as the article holds them.
    expect(md).toContain('> would not negotiate with militants. Officials said trade[^2]');
    expect(md).not.toMatch(/\[\[highlight:[0-9a-f-]{36}\]\]/);
    expect(md).toContain('`[[highlight:kept-as-typed]]`');
    // Chicago notes: author, title, outlet, date, paragraphs (a range), URL; then Dossier's own.
    const first = md.match(/^\[\^1\]: (.*)$/m)![1]!;
    expect(first).toContain('Kamran Yousaf, “Pakistan Rejects TTP Offer,” The Express Tribune');
    expect(first).toContain('June 25, 2024');
    expect(first).toContain('para. 1');
    expect(first).toContain('https://tribune.com.pk/story/2475021');
    expect(first).toContain('Date entered by hand.');
    expect(first).toMatch(/Captured \d{1,2} \w+ \d{4}\./);
    expect(md.match(/^\[\^2\]: (.*)$/m)![1]).toMatch(/paras\. 2–3/);
    // The deleted highlight is named, not silently dropped.
    expect(md).toContain('*[quote left out: see the end of this brief]*');
    expect(md).toMatch(
      /Left out of this brief:\*\*\n\n- A quote in “Assessment: talks on hold”: the highlight it quoted is no longer in the notebook\./,
    );
    expect(md).toMatch(
      /## Sources\n\n- Kamran Yousaf\. “Pakistan Rejects TTP Offer\.” The Express Tribune, June 25, 2024\./,
    );

    const html = new MarkdownIt().use(footnotes).render(md);
    expect(html.match(/class="footnote-ref"/g)).toHaveLength(2);
    expect(html).toContain('<blockquote>');
    expect(html).toMatch(/<li id="fn1" class="footnote-item"><p>Kamran Yousaf/);
  });

  it('cites in APA when asked, and writes a self-contained HTML page', async () => {
    const { note } = await notebookWithQuotes();
    const apa = (await brief(note.id, { format: 'markdown', citationStyle: 'apa' })).data;
    expect(apa.match(/^\[\^1\]: (.*)$/m)![1]).toContain('(Kamran Yousaf, 2024, para. 1)');
    expect(apa).toContain(
      '- Kamran Yousaf. (2024, June 25). Pakistan rejects TTP offer. The Express Tribune. https://tribune.com.pk/story/2475021',
    );
    const out = await brief(note.id, { format: 'html' });
    expect(out.fileName).toMatch(/^assessment-talks-on-hold-\d{4}-\d{2}-\d{2}\.html$/);
    expect(out.data).toContain('Content-Security-Policy');
    expect(out.data).toMatch(
      /“<bdi dir="ltr">declined an offer<\/bdi>”<sup class="fn"><a href="#note-1" id="ref-1">1<\/a><\/sup>/,
    );
    expect(out.data).toMatch(/<blockquote dir="ltr"><p>would not negotiate/);
    expect(out.data).toMatch(/<li id="note-2">Kamran Yousaf.*paras\. 2–3/);
    expect(out.data).toContain('<h2>Sources</h2>');
  });

  it('says plainly what it cannot do, and changes nothing', async () => {
    const { note } = await notebookWithQuotes();
    await expect(brief(note.id, { format: 'csv' })).rejects.toThrow(
      /INVALID_INPUT: .*brief.*markdown or html or docx or pdf/i,
    );
    await expect(
      t.run('export.render', {
        format: 'markdown',
        noteIds: ['0b7c4a9e-0000-4000-8000-000000000000'],
      }),
    ).rejects.toThrow(/NOT_FOUND: .*notebook note/);
    await expect(
      t.run('export.render', { format: 'markdown', noteIds: [note.id], citationStyle: 'mla' }),
    ).rejects.toThrow(/INVALID_INPUT: .*citationStyle/);
  });

  it('writes Word with real footnotes: one per quote, in word/footnotes.xml', async () => {
    const { note } = await notebookWithQuotes();
    const out = await brief(note.id, { format: 'docx' });
    expect(out.fileName).toMatch(/^assessment-talks-on-hold-\d{4}-\d{2}-\d{2}\.docx$/);
    const zip = unzipSync(Buffer.from(out.data, 'base64'));
    const document = strFromU8(zip['word/document.xml']!);
    const notes = strFromU8(zip['word/footnotes.xml']!);
    const text = (xml: string) =>
      [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text(document)).toContain('Islamabad has “declined an offer” and means it.');
    expect(text(document)).toContain('would not negotiate with militants.');
    expect(text(document)).toContain('Left out of this brief');
    expect(text(document)).toContain('Sources');
    expect(document.match(/<w:footnoteReference w:id="\d+"\/>/g)).toHaveLength(2);
    expect(text(notes)).toContain(
      'Kamran Yousaf, “Pakistan Rejects TTP Offer,” The Express Tribune',
    );
    expect(text(notes)).toMatch(/paras\. 2–3/);
  });

  it('writes a PDF whose text reads in order: quotes, their numbers, the notes, the sources', async () => {
    const { note } = await notebookWithQuotes();
    const out = await brief(note.id, { format: 'pdf' });
    expect(out.fileName).toMatch(/^assessment-talks-on-hold-\d{4}-\d{2}-\d{2}\.pdf$/);
    const data = new Uint8Array(Buffer.from(out.data, 'base64'));
    const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
    let text = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      text += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    const flat = text.replace(/\s+/g, ' ');
    const order = [
      'Assessment: talks on hold',
      'Islamabad has “declined an offer” [1] and means it.',
      'would not negotiate with militants.',
      '[2]',
      'Notes',
      '1. Kamran Yousaf, “Pakistan Rejects TTP Offer,”',
      'paras. 2–3',
      'Left out of this brief',
      'Sources',
    ].map((s) => flat.indexOf(s));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
