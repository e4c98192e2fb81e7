// The `highlightIds` scope ("export these" from the Quotations view): only the picked highlights,
// only the articles holding them, read without touching any other article, and with the other
// filters still applying; and the same through export.render on a real notebook.
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import type { ExportScope, RenderedExport } from '../../../shared/contract';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { dispatch } from '../dispatch';
import { useTempNotebook } from '../temp-notebook.test-support';
import { CSV_COLUMNS, renderCsv } from './csv';
import { fakeId, fakeSource } from './fake-source.test-support';
import { collect } from './output';
import { openDocument } from './plan';

const ID_COLUMN = CSV_COLUMNS.indexOf('Highlight id');
const at = new Date('2024-07-01T10:00:00.000Z');

async function exported(scope: ExportScope, articles = 40) {
  const source = fakeSource({ articles });
  const doc = await openDocument(source, scope, at);
  const rows = parse((await collect(renderCsv(doc))).data, { bom: true }) as string[][];
  return { source, doc, ids: rows.slice(1).map((r) => r[ID_COLUMN]) };
}

describe('an export of picked highlights', () => {
  it('holds exactly those highlights and reads only the articles holding them', async () => {
    const picked = [`${fakeId(30)}-h2`, `${fakeId(4)}-h7`, `${fakeId(4)}-h1`];
    const { source, doc, ids } = await exported({ highlightIds: picked });
    // In library order, each article's highlights in document order.
    expect(ids).toEqual([`${fakeId(4)}-h1`, `${fakeId(4)}-h7`, `${fakeId(30)}-h2`]);
    expect(source.reads).toBe(2);
    expect(doc.count).toBe(2);
  });

  it('still applies the colour filter and the chosen articles', async () => {
    // In the fake, odd highlights are green and even ones yellow.
    const picked = [`${fakeId(1)}-h1`, `${fakeId(1)}-h2`, `${fakeId(2)}-h3`];
    expect((await exported({ highlightIds: picked, colors: ['green'] })).ids).toEqual([
      `${fakeId(1)}-h1`,
      `${fakeId(2)}-h3`,
    ]);
    const { ids, source } = await exported({ highlightIds: picked, articleIds: [fakeId(2)] });
    expect(ids).toEqual([`${fakeId(2)}-h3`]);
    expect(source.reads).toBe(1);
  });

  it('exports nothing for an empty pick, and names a highlight the notebook does not hold', async () => {
    const none = await exported({ highlightIds: [] });
    expect(none.ids).toEqual([]);
    expect(none.source.reads).toBe(0);
    await expect(
      openDocument(fakeSource({ articles: 3 }), { highlightIds: ['gone-h1'] }, at),
    ).rejects.toThrow('There is no highlight gone-h1 in this notebook.');
  });
});

describe('export.render with highlightIds', () => {
  const temp = useTempNotebook('export-picked');

  it('writes only the picked quotes, with their articles, in Markdown', async () => {
    const quotes = ['Talks stalled in Kabul', 'The envoy left early', 'Traders at Torkham'];
    const made: Highlight[] = [];
    const texts = [
      `Talks on hold\n\n${quotes[0]} on Monday. ${quotes[1]} on Tuesday.`,
      `Border reopens\n\n${quotes[2]} welcomed the decision.`,
      'Floods in Swat\n\nThe rivers rose again this week.',
    ];
    for (const text of texts) {
      const article = await temp.run<ArticleDetail>('articles.importText', { text });
      for (const quote of quotes.filter((q) => text.includes(q))) {
        const start = article.text.indexOf(quote);
        made.push(
          await temp.run<Highlight>('highlights.create', {
            articleId: article.id,
            start,
            end: start + quote.length,
          }),
        );
      }
    }
    const out = await temp.run<RenderedExport>('export.render', {
      format: 'markdown',
      highlightIds: [made[2]!.id, made[0]!.id],
    });
    expect(out.data).toContain(quotes[0]);
    expect(out.data).toContain(quotes[2]);
    expect(out.data).not.toContain(quotes[1]);
    expect(out.data).toContain('Talks on hold');
    expect(out.data).toContain('Border reopens');
    expect(out.data).not.toContain('Floods in Swat');

    const unknown = await dispatch(temp.notebook, 'export.render', {
      format: 'markdown',
      highlightIds: ['no-such-highlight'],
    });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
