// An ACH matrix exported: alone (Markdown, HTML, Word, PDF tables; CSV rows) or inside a note's
// brief, every quote row cited with a numbered note like any quote, the scores and findings.
import { strFromU8, unzipSync } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { AchMatrix } from '../../../../shared/ach';
import type { RenderedExport } from '../../../../shared/contract';
import type { ArticleDetail, Highlight, Note } from '../../../../shared/model';
import { useTempNotebook } from '../../temp-notebook.test-support';

const t = useTempNotebook('brief-matrix');

async function matrix() {
  const a = await t.run<ArticleDetail>('articles.importText', {
    text: 'The TTP ended the ceasefire in November.\n\nOfficials met TTP envoys in Kabul in May.',
    fileName: 'talks.txt',
  });
  await t.run('articles.update', {
    id: a.id,
    title: 'Talks on hold',
    source: 'Dawn',
    publishedAt: '2024-06-25',
    reliability: 'B',
  });
  const mark = async (words: string) => {
    const start = a.text.indexOf(words);
    return t.run<Highlight>('highlights.create', {
      articleId: a.id,
      start,
      end: start + words.length,
    });
  };
  const ended = await mark('ended the ceasefire');
  const met = await mark('met TTP envoys');
  await t.run('highlights.update', { id: ended.id, credibility: 2 });
  let m = await t.run<AchMatrix>('ach.create', {
    question: 'Will talks resume?',
    hypotheses: ['Talks resume', 'Fighting continues'],
  });
  for (const addEvidence of [
    { highlightId: ended.id },
    { highlightId: met.id, relevance: 'high' },
    { text: 'Winter slows operations | in the north.' },
  ]) {
    m = await t.run<AchMatrix>('ach.update', { id: m.id, addEvidence });
  }
  const [resume, fighting] = m.hypotheses.map((h) => h.id);
  const cells: Array<[number, string, string]> = [
    [0, resume!, 'II'],
    [0, fighting!, 'C'],
    [1, resume!, 'C'],
    [1, fighting!, 'I'],
    [2, resume!, 'N'],
    [2, fighting!, 'N'],
  ];
  for (const [row, hypothesisId, rating] of cells) {
    m = await t.run<AchMatrix>('ach.rate', {
      id: m.id,
      evidenceId: m.evidence[row]!.id,
      hypothesisId,
      rating,
    });
  }
  return { m, ended, met };
}

const exported = (achIds: string[], format: string) =>
  t.run<RenderedExport>('export.render', { format, achIds });

describe('an ACH matrix exported', () => {
  it('as a Markdown table, each quote row citing its source', async () => {
    const { m } = await matrix();
    const out = await exported([m.id], 'markdown');
    const md = out.data;
    expect(out.fileName).toMatch(/^will-talks-resume-\d{4}-\d{2}-\d{2}\.md$/);
    expect(md).toContain(
      '| Evidence | Grade | Relevance | Weight | H1: Talks resume | H2: Fighting continues | Diagnostic |',
    );
    // E1: B2 is credibility 2 (high) → weight √2.
    expect(md).toContain('| E1 “ended the ceasefire”[^1] | B2 | medium | 1.41 | II | C | yes |');
    expect(md).toContain('| E2 “met TTP envoys”[^2] | B– | high | 1.41 | C | I | yes |');
    // A pipe in an argument is escaped, so the table keeps its columns.
    expect(md).toContain(
      '| E3 (argument) Winter slows operations \\| in the north. |  | medium | 1.00 | N | N | no |',
    );
    expect(md).toContain('| **Weighted inconsistency** |  |  |  | 2.83 (#2) | 1.41 (#1) |  |');
    expect(md).toContain('Least inconsistent: H2 (Fighting continues), 1.41 weighted against.');
    expect(md).toContain('Not diagnostic (alike against every hypothesis): E3.');
    expect(md).toContain('Without E1, H1 would lead.');
    expect(md).toMatch(/\[\^1\]: .*Talks on Hold.*Dawn/);
    expect(md).toMatch(/\[\^1\]: .*B2/);
  });

  it('as CSV rows a spreadsheet can re-score, with each quote’s citation', async () => {
    const { m } = await matrix();
    const csv = (await exported([m.id], 'csv')).data.replace(/^\ufeff/, '');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Question,Evidence,Kind,Words,Citation,Grade,Relevance,Weight,Diagnostic,H1,H2',
    );
    expect(lines[1]).toBe('Will talks resume?,Hypothesis,,,,,,,,Talks resume,Fighting continues');
    expect(lines[2]).toMatch(
      /^Will talks resume\?,E1,quote,ended the ceasefire,".*Talks on Hold.*",B2,medium,1\.414,yes,II,C$/,
    );
    expect(lines[4]).toBe(
      'Will talks resume?,E3,argument,Winter slows operations | in the north.,,,medium,1.000,no,N,N',
    );
    expect(lines[5]).toBe('Will talks resume?,Weighted inconsistency,,,,,,,,2.828,1.414');
  });

  it('as HTML, Word and PDF tables', async () => {
    const { m } = await matrix();
    const html = (await exported([m.id], 'html')).data;
    expect(html).toContain('<table class="ach">');
    expect(html).toContain(
      '<caption dir="auto">Competing hypotheses: Will talks resume?</caption>',
    );
    expect(html).toMatch(/E1 “ended the ceasefire”<sup class="fn"><a href="#note-1"/);

    const zip = unzipSync(Buffer.from((await exported([m.id], 'docx')).data, 'base64'));
    const document = strFromU8(zip['word/document.xml']!);
    expect(document).toContain('<w:tbl>');
    const text = [...document.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((x) => x[1]).join('|');
    expect(text).toContain('H1: Talks resume');
    expect(text).toContain('2.83 (#2)');
    expect(document).toMatch(/<w:footnoteReference w:id="1"\/>/);
    expect(strFromU8(zip['word/footnotes.xml']!)).toContain('Talks on Hold');

    const pdf = await getDocument({
      data: new Uint8Array(Buffer.from((await exported([m.id], 'pdf')).data, 'base64')),
      isEvalSupported: false,
      useSystemFonts: false,
    }).promise;
    let words = '';
    for (let i = 1; i <= pdf.numPages; i++) {
      const content = await (await pdf.getPage(i)).getTextContent();
      words += content.items.map((item) => ('str' in item ? item.str : '')).join(' ');
    }
    const flat = words.replace(/\s+/g, ' ');
    expect(flat).toContain('Weighted inconsistency');
    expect(flat).toContain('H2: Fighting continues');
    expect(flat).toContain('2.83 (#2)');
    expect(flat).toMatch(/ended the ceasefire ?” ?\[1\]/);
  });

  it('inside a note, numbered with the note’s own quotes', async () => {
    const { m, met } = await matrix();
    const note = await t.run<Note>('notes.create', {
      title: 'Assessment',
      body: `Officials [[highlight:${met.id}]] twice.\n\n[[ach:${m.id}]]\n\nAnd \`[[ach:${m.id}]]\` stays text.`,
    });
    const md = (
      await t.run<RenderedExport>('export.render', { format: 'markdown', noteIds: [note.id] })
    ).data;
    expect(md).toContain('Officials “met TTP envoys”[^1] twice.');
    expect(md).toContain('| E1 “ended the ceasefire”[^2] |');
    expect(md).toContain('| E2 “met TTP envoys”[^3] |');
    expect(md).toContain('`[[ach:');
  });

  it('refuses what cannot be, naming the field, and says what a note’s gone matrix was', async () => {
    const { m } = await matrix();
    await expect(exported(['nope'], 'markdown')).rejects.toThrow(
      /NOT_FOUND: achIds: there is no ACH matrix nope/,
    );
    await expect(exported([m.id], 'jsonld')).rejects.toThrow(
      /INVALID_INPUT: format: matrices .* not jsonld/,
    );
    await expect(
      t.run('export.render', { format: 'markdown', achIds: [m.id], tagIds: ['t'] }),
    ).rejects.toThrow(/tagIds: matrices/);
    const note = await t.run<Note>('notes.create', { title: 'N', body: `[[ach:${m.id}]]` });
    await t.run('ach.delete', { id: m.id });
    const md = (
      await t.run<RenderedExport>('export.render', { format: 'markdown', noteIds: [note.id] })
    ).data;
    expect(md).toContain('[matrix left out: see the end of this brief]');
    expect(md).toContain('A matrix in “N”: it is no longer in the notebook.');
  });
});
