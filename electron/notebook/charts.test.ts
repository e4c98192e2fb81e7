// charts.* through dispatch: each chart's figures counted from the notebook (tags and the tags
// coded together, outlets by grade, months, the timeline, the entity network), and each drawn
// by the host as SVG (its words in it) and PNG.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ChartData } from '../../shared/charts';
import type { ExportResult } from '../../shared/contract';
import type { ArticleDetail, Highlight, Tag } from '../../shared/model';
import { useTempNotebook } from './temp-notebook.test-support';

const t = useTempNotebook('charts');
const SEED = join(__dirname, '../../seeds/000_dade10a0ca7a5765.txt');

async function notebook() {
  const seed = await t.run<ArticleDetail>('articles.importText', {
    text: await readFile(SEED, 'utf8'),
  });
  const other = await t.run<ArticleDetail>('articles.importText', {
    text: 'Talks resume in Doha\n\nDelegates met in Doha on 3 March 2024 for a first round, officials said, and agreed to meet again within weeks.\n\nThe TTP sent two envoys to the talks, and the government sent its own delegation from Islamabad.',
  });
  await t.run('articles.update', {
    id: other.id,
    source: 'Dawn',
    reliability: 'B',
    publishedAt: '2024-03-04',
  });
  await t.run('articles.update', { id: seed.id, source: 'Dawn', reliability: 'C' });
  const [actors, ttp, talks] = await Promise.all(
    ['Actors', 'Actors/TTP', 'Talks'].map((name) => t.run<Tag>('tags.create', { name })),
  );
  const mark = async (article: ArticleDetail, words: string, tagIds: string[]) => {
    const at = article.text.indexOf(words);
    if (at < 0) throw new Error(`"${words}" is not in ${article.text}`);
    const h = await t.run<Highlight>('highlights.create', {
      articleId: article.id,
      start: [...article.text.slice(0, at)].length,
      end: [...article.text.slice(0, at + words.length)].length,
    });
    await t.run('highlights.update', { id: h.id, tagIds });
  };
  await mark(seed, 'resume talks', [ttp!.id, talks!.id]);
  await mark(seed, 'urged the militants to surrender', [ttp!.id]);
  await mark(other, 'The TTP sent two envoys', [ttp!.id, talks!.id]);
  await mark(other, 'Delegates met in Doha', [talks!.id]);
  return { seed, other, actors: actors!, ttp: ttp!, talks: talks! };
}

describe('charts', () => {
  it('counts each chart’s figures from the notebook', async () => {
    await notebook();
    const tags = await t.run<Extract<ChartData, { kind: 'tags' }>>('charts.data', {
      chart: 'tags',
    });
    // Actors counts the highlights of the tags below it.
    expect(tags.tags.map((x) => [x.name, x.count])).toEqual([
      ['Actors', 3],
      ['Actors/TTP', 3],
      ['Talks', 3],
    ]);
    const matrix = await t.run<Extract<ChartData, { kind: 'tag-matrix' }>>('charts.data', {
      chart: 'tag-matrix',
    });
    const i = matrix.tags.indexOf('Actors/TTP');
    const j = matrix.tags.indexOf('Talks');
    expect(matrix.counts[i]![j]).toBe(2);
    expect(matrix.counts[j]![i]).toBe(2);
    expect(matrix.counts[i]![i]).toBe(3);

    const sources = await t.run<Extract<ChartData, { kind: 'sources' }>>('charts.data', {
      chart: 'sources',
    });
    expect(sources.outlets).toEqual(['Dawn']);
    expect(sources.grades).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'Ungraded']);
    expect(sources.counts.map((row) => row[0])).toEqual([0, 1, 1, 0, 0, 0, 0]);

    const time = await t.run<Extract<ChartData, { kind: 'highlights-time' }>>('charts.data', {
      chart: 'highlights-time',
    });
    expect(time.months[0]).toBe('2024-03');
    expect(time.months.at(-1)).toBe('2024-06');
    expect(time.months).toHaveLength(4);
    expect(time.highlights).toEqual([2, 0, 0, 2]);
    expect(time.sources).toEqual([1, 0, 0, 1]);

    const timeline = await t.run<Extract<ChartData, { kind: 'timeline' }>>('charts.data', {
      chart: 'timeline',
    });
    expect(timeline.sources).toContain('Talks resume in Doha');
    expect(timeline.events.some((e) => e.date === '2024-03-03' && e.precision === 'day')).toBe(
      true,
    );
    expect(timeline.events.some((e) => e.date === '2023-11')).toBe(true);

    const entities = await t.run<Extract<ChartData, { kind: 'entities' }>>('charts.data', {
      chart: 'entities',
    });
    expect(entities.network.nodes.map((n) => n.name)).toContain('Doha');
  });

  it('draws every chart as SVG and PNG', async () => {
    await notebook();
    for (const chart of [
      'tags',
      'tag-matrix',
      'sources',
      'highlights-time',
      'timeline',
      'entities',
    ]) {
      const svg = await t.run<ExportResult>('charts.render', { chart, format: 'svg' });
      expect(svg.mimeType).toBe('image/svg+xml');
      expect(svg.data).toMatch(/^<svg[^>]*width="900"/);
      const png = await t.run<ExportResult>('charts.render', { chart, format: 'png' });
      const bytes = Buffer.from(png.data, 'base64');
      expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      // 1800 pixels wide: twice the drawn width.
      expect(bytes.readUInt32BE(16)).toBe(1800);
    }
    const tags = await t.run<ExportResult>('charts.render', { chart: 'tags', format: 'svg' });
    expect(tags.data).toContain('Actors/TTP');
    const network = await t.run<ExportResult>('charts.render', {
      chart: 'entities',
      format: 'svg',
    });
    expect(network.data).toContain('Doha');
  });
});
