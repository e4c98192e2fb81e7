// Test fixture for the export formats: a real notebook in a temporary folder holding two
// articles whose quotes carry commas, quotes, line breaks, emoji, Urdu, formula-like text and
// hostile markup, with notes, tags and colours, read into an ExportModel through the export
// source as every export reads it; and `render`, a format's output on a model, collected.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleDetail, Highlight, Tag } from '../../../shared/model';
import { dispatch } from '../dispatch';
import { openNotebook, type Notebook } from '../notebook';
import type { ExportResult } from '../../../shared/contract';
import { documentOf, type ExportModel, type ExportRenderer } from './model';
import { collect } from './output';
import { readModel } from './plan';

/** What a format makes of a model, as the contract would hand it back. */
export const render = (renderer: ExportRenderer, model: ExportModel): Promise<ExportResult> =>
  collect(renderer(documentOf(model)));

export const ARTICLE_TEXT = [
  'Talks on hold in Kabul',
  'The TTP said "ready, willing" to talk, but officials declined. 🇵🇰 وزیر اعظم نے کہا کہ مذاکرات جاری رہیں گے 😀 today.',
  '=HYPERLINK("http://evil.example","x") was typed into the form by someone.',
  'He wrote <img src=x onerror=alert(1)> and [click](javascript:alert(2)) here.',
  '-2+3 is a formula too, and @SUM(A1) as well.',
].join('\n\n');

export const SECOND_TEXT = [
  'Border crossing reopens',
  'Traders at Torkham welcomed the decision on Monday.',
].join('\n\n');

/** Each quote in the fixture, as highlighted. */
export const QUOTES = {
  commas: '"ready, willing"',
  urdu: 'وزیر اعظم نے کہا کہ مذاکرات جاری رہیں گے 😀',
  formula: '=HYPERLINK("http://evil.example","x")',
  hostile: '<img src=x onerror=alert(1)> and [click](javascript:alert(2))',
  lines: 'here.\n\n-2+3',
  traders: 'Traders at Torkham',
};

export const RICH_NOTE = [
  '**Bold** and _italic_ claim, "quoted", with a comma.',
  '',
  '- first',
  '- second',
  '',
  '[source](https://example.org/a?b=1&c=2) [bad](javascript:alert(3)) <script>alert(4)</script> <img src=x onerror=alert(5)>',
].join('\n');

export interface ExportFixture {
  notebook: Notebook;
  model: () => Promise<ExportModel>;
  articles: ArticleDetail[];
  highlights: Record<keyof typeof QUOTES, Highlight>;
  close: () => Promise<void>;
}

export async function exportFixture(): Promise<ExportFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dossier-export-'));
  const notebook = await openNotebook({ dataDir });
  const run = async <T>(op: string, input: unknown): Promise<T> => {
    const result = await dispatch(notebook, op, input);
    if (!result.ok) throw new Error(`${op}: ${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };

  const first = await run<ArticleDetail>('articles.importText', {
    text: ARTICLE_TEXT,
    fileName: 'talks.txt',
  });
  await run('articles.update', {
    id: first.id,
    source: 'Dawn, "Pakistan"',
    byline: 'A. Reporter',
    publishedAt: '2024-06-25',
    url: 'https://www.dawn.com/news/123?x=1&y=2',
  });
  const second = await run<ArticleDetail>('articles.importText', { text: SECOND_TEXT });
  await run('articles.update', { id: second.id, source: 'Express Tribune' });

  const highlight = async (article: ArticleDetail, exact: string, color?: string) => {
    const start = article.text.indexOf(exact);
    if (start < 0) throw new Error(`not in the text: ${exact}`);
    return run<Highlight>('highlights.create', {
      articleId: article.id,
      start,
      end: start + exact.length,
      ...(color ? { color } : {}),
    });
  };
  const ttp = await run<Tag>('tags.create', { name: 'Actors/TTP' });
  const places = await run<Tag>('tags.create', { name: 'Place names' });
  const risky = await run<Tag>('tags.create', { name: '=cmd' });

  const h = {
    commas: await highlight(first, QUOTES.commas),
    urdu: await highlight(first, QUOTES.urdu, 'green'),
    formula: await highlight(first, QUOTES.formula, 'orange'),
    hostile: await highlight(first, QUOTES.hostile, 'pink'),
    lines: await highlight(first, QUOTES.lines, 'purple'),
    traders: await highlight(second, QUOTES.traders, 'blue'),
  };
  await run('highlights.update', { id: h.commas.id, note: RICH_NOTE, tagIds: [ttp.id, places.id] });
  await run('highlights.update', { id: h.urdu.id, note: 'اردو نوٹ 🙂', tagIds: [places.id] });
  await run('highlights.update', { id: h.formula.id, note: '=1+1', tagIds: [risky.id] });
  await run('highlights.update', { id: h.hostile.id, note: '<b onclick=x>hi</b>' });
  await run('articles.setNote', { id: first.id, body: 'Overall: stalled.' });

  const articles = [
    await run<ArticleDetail>('articles.get', { id: first.id }),
    await run<ArticleDetail>('articles.get', { id: second.id }),
  ];
  const highlights = Object.fromEntries(
    Object.entries(h).map(([key, value]) => [
      key,
      articles.flatMap((a) => a.highlights).find((x) => x.id === value.id) ?? value,
    ]),
  ) as Record<keyof typeof QUOTES, Highlight>;

  return {
    notebook,
    articles,
    highlights,
    model: () => readModel(notebook.exports.source, {}),
    close: async () => {
      await notebook.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
