// The seed article, imported on first start, must read as the article and nothing else.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../notebook';

const seedsDir = join(import.meta.dirname, '../../../seeds');

describe('first start imports the seed article', () => {
  let dataDir: string;
  let notebook: Notebook;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-seed-'));
    notebook = await openNotebook({ dataDir, seedsDir });
  });
  afterEach(async () => {
    await notebook.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('reads title, date and the nine body paragraphs, without page furniture', async () => {
    const [summary, ...others] = await notebook.listArticles();
    expect(others).toHaveLength(0);
    expect(summary!.title).toBe('Pakistan rejects TTP’s offer to resume talks');
    expect(summary!.publishedAt).toBe('2024-06-25');
    expect(summary!.publishedAtSource).toBe('date-line');

    const article = await notebook.getArticle(summary!.id);
    const paragraphs = article.blocks.map((b) => article.text.slice(b.start, b.end));
    expect(article.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    expect(paragraphs).toHaveLength(9);
    expect(paragraphs[0]).toMatch(/^Pakistani authorities have declined/);
    expect(paragraphs[8]).toMatch(/Kabul government has detained or deported several TTP leaders/);
    for (const junk of ['HomeWorld', 'Advertisment', 'Google search engine', 'Most Popular']) {
      expect(article.text).not.toContain(junk);
    }
    expect(article.text).not.toContain('Tuesday, June 25, 2024');
  });

  it('does not import the seeds again on the next start', async () => {
    await notebook.close();
    notebook = await openNotebook({ dataDir, seedsDir });
    expect(await notebook.listArticles()).toHaveLength(1);
  });
});
