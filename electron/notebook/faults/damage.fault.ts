// An article file cut off on disk: restored from its backup when one is readable, else rebuilt
// from its original bytes keeping every highlight; either way the user is told, and told again
// after a restart until the notice is dismissed.
import { mkdtemp, readdir, readFile, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDetail, Highlight, Notice } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { dispatch } from '../dispatch';
import { openNotebook, type Notebook } from '../notebook';

const PARAGRAPHS = [
  'Ceasefire monitors',
  'Monitors reported that the ceasefire held along the northern line for a third week.',
  'Shelling resumed near the river crossing on Tuesday, according to two local officials.',
  ...Array.from(
    { length: 12 },
    (_, i) => `Background paragraph ${i + 1} recounts the earlier rounds of talks in detail.`,
  ),
  'The final paragraph, far from every highlight, is where the file is cut: CUT-HERE and on.',
];
const TEXT = PARAGRAPHS.join('\n\n');

let dataDir: string;
let nb: Notebook | null = null;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-damage-'));
});
afterEach(async () => {
  await nb?.close();
  nb = null;
  await rm(dataDir, { recursive: true, force: true });
});

async function open(): Promise<Notebook> {
  await nb?.close();
  nb = await openNotebook({ dataDir });
  return nb;
}

async function run<T>(op: string, input: unknown): Promise<T> {
  const result: Result<unknown> = await dispatch(nb!, op, input);
  if (!result.ok) throw new Error(`${op}: ${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

/** An article with three highlights, one with a note, saved and closed. */
async function articleWithHighlights(): Promise<{ article: ArticleDetail; marks: Highlight[] }> {
  await open();
  const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
  const quotes = ['ceasefire held', 'Shelling resumed', 'two local officials'];
  const marks: Highlight[] = [];
  for (const quote of quotes) {
    const start = article.text.indexOf(quote);
    marks.push(
      await run<Highlight>('highlights.create', {
        articleId: article.id,
        start,
        end: start + quote.length,
      }),
    );
  }
  marks[1] = await run<Highlight>('highlights.update', { id: marks[1]!.id, note: 'check this' });
  await nb!.close();
  nb = null;
  return { article, marks };
}

/** Cuts the article's file off inside its text, as a crash in the middle of a write would. */
async function cutOff(id: string): Promise<void> {
  const path = join(dataDir, 'articles', `${id}.json`);
  const raw = await readFile(path);
  const at = raw.indexOf('CUT-HERE');
  expect(at).toBeGreaterThan(0);
  await truncate(path, at);
}

async function expectEveryHighlight(id: string, marks: Highlight[]) {
  const detail = await run<ArticleDetail>('articles.get', { id });
  expect(detail.highlights.map((h) => h.id).sort()).toEqual(marks.map((h) => h.id).sort());
  for (const mark of marks) {
    const kept = detail.highlights.find((h) => h.id === mark.id)!;
    expect(kept.note).toBe(mark.note);
    expect(kept.quote.exact).toBe(mark.quote.exact);
    // Re-anchored on the same words, or kept as an orphan: never attached to other words.
    if (!kept.orphan) {
      expect(detail.text.slice(kept.position.start, kept.position.end)).toBe(mark.quote.exact);
    }
  }
  return detail;
}

const names = (notice: Notice, article: ArticleDetail) =>
  notice.message.includes(article.title) || notice.message.includes(article.id);
const noticesOf = () => run<Notice[]>('notices.list', {});
const movedAside = async (id: string) =>
  (await readdir(join(dataDir, 'articles'))).filter((n) => n.startsWith(`${id}.json.damaged-`));

describe('a damaged article file', () => {
  it('is restored from its backup, with a notice that survives a restart', async () => {
    const { article, marks } = await articleWithHighlights();
    // A change in a later session backs the file up first, highlights included.
    await open();
    await run('articles.setNote', { id: article.id, body: 'second session' });
    await nb!.close();
    nb = null;
    await cutOff(article.id);

    await open();
    const detail = await expectEveryHighlight(article.id, marks);
    expect(detail.text).toBe(article.text);
    expect(await movedAside(article.id)).toHaveLength(1);
    const notices = (await noticesOf()).filter((n) => names(n, article));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/damaged/i);
    expect(notices[0]!.message).toMatch(/backup/i);

    await open();
    const again = (await noticesOf()).filter((n) => names(n, article));
    expect(again.map((n) => n.id)).toEqual(notices.map((n) => n.id));
    await run('notices.dismiss', { id: notices[0]!.id });
    await open();
    expect((await noticesOf()).filter((n) => names(n, article))).toEqual([]);
  });

  it('has a backup from the moment it is created', async () => {
    const { article, marks } = await articleWithHighlights();
    // Without its original, only a backup can bring the text back.
    await rm(join(dataDir, 'originals'), { recursive: true, force: true });
    await cutOff(article.id);

    await open();
    const detail = await expectEveryHighlight(article.id, marks);
    expect(detail.text).toBe(article.text);
    const notices = (await noticesOf()).filter((n) => names(n, article));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/backup/i);
  });

  it('without a backup is rebuilt from its original, keeping every highlight, and says so', async () => {
    const { article, marks } = await articleWithHighlights();
    await rm(join(dataDir, 'backups'), { recursive: true, force: true });
    await cutOff(article.id);

    await open();
    const detail = await expectEveryHighlight(article.id, marks);
    expect(detail.text).toBe(article.text);
    expect(await movedAside(article.id)).toHaveLength(1);
    const notices = (await noticesOf()).filter((n) => names(n, article));
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/damaged/i);
    expect(notices[0]!.message).toMatch(/original/i);

    // Rebuilt, it is a normal article again: it takes changes and opens after a restart.
    await run('highlights.create', { articleId: article.id, start: 0, end: 9 });
    await open();
    expect((await run<ArticleDetail>('articles.get', { id: article.id })).highlights).toHaveLength(
      marks.length + 1,
    );
    expect((await noticesOf()).filter((n) => names(n, article))).toHaveLength(1);
  });
});
