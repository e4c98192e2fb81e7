// The cache of open article files stays bounded however many articles are read.
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ARTICLE_SCHEMA_VERSION, type ArticleFile } from '../../../shared/model';
import { ArticleStore } from './article-store';
import { notebookPaths } from './paths';
import { summaryOf } from './summary';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-articles-'));
  await mkdir(join(dataDir, 'articles'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const fileOf = (i: number, text: string): ArticleFile => ({
  schemaVersion: ARTICLE_SCHEMA_VERSION,
  article: {
    id: `article-${i}`,
    title: `Article ${i}`,
    sha256: 'a'.repeat(64),
    capturedAt: '2024-06-25T10:00:00.000Z',
    text,
    blocks: [{ kind: 'paragraph', start: 0, end: text.length }],
  },
  highlights: [],
  note: { body: '' },
});

describe('article cache', () => {
  it('holds at most 64 files and evicts the least recently used', async () => {
    const store = new ArticleStore(notebookPaths(dataDir), () => undefined);
    const files = Array.from({ length: 150 }, (_, i) => fileOf(i, `Text of article ${i}.`));
    for (const file of files) await store.create(file);
    store.clear();
    for (const file of files) await store.get(summaryOf(file));
    expect(store.cached.articles).toBe(64);
    // Touch the oldest still cached, read one more: the one evicted is the next oldest.
    const again = await store.get(summaryOf(files[86]!));
    expect(again.data.article.text).toBe('Text of article 86.');
    for (const file of files.slice(0, 3)) {
      expect((await store.get(summaryOf(file))).data.article.title).toBe(file.article.title);
    }
    expect(store.cached.articles).toBe(64);
  });

  it('bounds the text it holds, not only the number of files', async () => {
    const store = new ArticleStore(notebookPaths(dataDir), () => undefined);
    const big = 'word '.repeat(1_000_000); // 5 MB of text each
    const files = Array.from({ length: 8 }, (_, i) => fileOf(i, big));
    for (const file of files) await store.create(file);
    expect(store.cached.chars).toBeLessThanOrEqual(24 * 1024 * 1024);
    expect(store.cached.articles).toBeLessThan(8);
    // A file read again after eviction comes back whole.
    expect((await store.get(summaryOf(files[0]!))).data.article.text).toHaveLength(big.length);
  });
});
