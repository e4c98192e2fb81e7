// "Confirmed by other sources", backed: a quote linked to corroborating quotes in other
// articles, shown from both ends, kept across a restart, hidden while a linked quote is
// deleted and back with it, refused within one article, and written in the exports.
import { describe, expect, it } from 'vitest';
import type { RenderedExport } from '../../shared/contract';
import type { ArticleDetail, Highlight } from '../../shared/model';
import { useTempNotebook } from './temp-notebook.test-support';

const t = useTempNotebook('corroborations');

async function quote(text: string, words: string, title: string) {
  const a = await t.run<ArticleDetail>('articles.importText', { text, fileName: `${title}.txt` });
  await t.run('articles.update', { id: a.id, title });
  const start = a.text.indexOf(words);
  return t.run<Highlight>('highlights.create', {
    articleId: a.id,
    start,
    end: start + words.length,
  });
}

const linked = async (id: string) =>
  (
    await t.run<Array<{ highlight: Highlight; articleTitle: string }>>(
      'highlights.corroborations',
      { id },
    )
  ).map((x) => `${x.articleTitle}: ${x.highlight.quote.exact}`);

describe('corroborating quotes', () => {
  it('are linked once, shown from both ends, kept, and unlinked', async () => {
    const dawn = await quote('The talks ended on Friday.', 'talks ended', 'Dawn report');
    const tribune = await quote('Officials said talks ended.', 'talks ended', 'Tribune report');
    await t.run('highlights.corroborate', { id: dawn.id, otherId: tribune.id });
    // Again, or the other way round: still one link.
    await t.run('highlights.corroborate', { id: tribune.id, otherId: dawn.id });
    expect(await linked(dawn.id)).toEqual(['Tribune report: talks ended']);
    expect(await linked(tribune.id)).toEqual(['Dawn report: talks ended']);
    await t.reopen();
    expect(await linked(tribune.id)).toEqual(['Dawn report: talks ended']);
    await t.run('highlights.uncorroborate', { id: tribune.id, otherId: dawn.id });
    expect(await linked(dawn.id)).toEqual([]);
    await expect(
      t.run('highlights.uncorroborate', { id: tribune.id, otherId: dawn.id }),
    ).rejects.toThrow(/NOT_FOUND: .*not linked/);
  });

  it('refuse two quotes of one article, and an unknown quote, naming the field', async () => {
    const a = await t.run<ArticleDetail>('articles.importText', {
      text: 'The talks ended. The border reopened.',
      fileName: 'one.txt',
    });
    const mark = (words: string) => {
      const start = a.text.indexOf(words);
      return t.run<Highlight>('highlights.create', {
        articleId: a.id,
        start,
        end: start + words.length,
      });
    };
    const one = await mark('talks ended');
    const two = await mark('border reopened');
    await expect(t.run('highlights.corroborate', { id: one.id, otherId: two.id })).rejects.toThrow(
      /INVALID_INPUT: otherId: .*same article/,
    );
    await expect(
      t.run('highlights.corroborate', { id: one.id, otherId: 'no-such-quote' }),
    ).rejects.toThrow(/NOT_FOUND: otherId: /);
    expect(await linked(one.id)).toEqual([]);
  });

  it('hide a deleted quote and show it again when it is restored', async () => {
    const dawn = await quote('The talks ended on Friday.', 'talks ended', 'Dawn report');
    const tribune = await quote('Officials said talks ended.', 'talks ended', 'Tribune report');
    await t.run('highlights.corroborate', { id: dawn.id, otherId: tribune.id });
    await t.run('highlights.delete', { id: tribune.id });
    expect(await linked(dawn.id)).toEqual([]);
    await t.run('highlights.restore', { highlight: tribune });
    expect(await linked(dawn.id)).toEqual(['Tribune report: talks ended']);
  });

  it('are written with the quote in Markdown, HTML, CSV and JSON-LD', async () => {
    const dawn = await quote('The talks ended on Friday.', 'talks ended', 'Dawn report');
    const tribune = await quote('Officials said talks ended.', 'talks ended', 'Tribune report');
    await t.run('highlights.corroborate', { id: dawn.id, otherId: tribune.id });
    const render = async (format: string) =>
      (await t.run<RenderedExport>('export.render', { format })).data;
    const md = await render('markdown');
    expect(md).toContain('*Corroborated by: “talks ended” — Tribune report, ¶1*');
    expect(md).toContain('*Corroborated by: “talks ended” — Dawn report, ¶1*');
    expect(await render('html')).toContain(
      '<p class="corroborated" dir="auto">Corroborated by: “talks ended” — Tribune report, ¶1</p>',
    );
    const csv = (await render('csv'))
      .replace(/^\ufeff/, '')
      .trim()
      .split('\r\n');
    expect(csv[0]).toMatch(/,Corroborated by$/);
    expect(csv.find((r) => r.includes(dawn.id))).toMatch(
      /,"?“talks ended” — Tribune report, ¶1"?$/,
    );
    const doc = JSON.parse(await render('jsonld')) as {
      first: { items: Array<{ id: string; target: Record<string, unknown> }> };
    };
    const target = doc.first.items.find((a) => a.id.includes(dawn.id))!.target;
    expect(target['dossier:corroboratedBy']).toEqual([`urn:uuid:${tribune.id}`]);
  });
});
