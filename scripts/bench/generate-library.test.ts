// The generated library: what generate() writes is what generateArticles() yields, and the varied
// library keeps the very texts of the plain one while adding consistent tags and metadata.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate, generateArticles, OUTLETS, TAGS } from './generate-library';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-generate-'));
  dirs.push(dir);
  return dir;
};
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('generate', () => {
  it('writes the articles generateArticles yields, one file each, and their summaries', () => {
    const dir = tempDir();
    generate(dir, 12);
    const files = [...generateArticles(12)];
    expect(readdirSync(join(dir, 'articles'))).toHaveLength(12);
    for (const file of files) {
      expect(readJson(join(dir, 'articles', `${file.article.id}.json`))).toEqual(file);
    }
    const library = readJson(join(dir, 'library.json')) as {
      schemaVersion: number;
      articles: Array<{ id: string; highlightCount: number; tagCounts?: unknown }>;
      highlightArticles: Record<string, string>;
      tags: unknown[];
    };
    expect(library.schemaVersion).toBe(1);
    expect(library.articles.map((a) => a.id)).toEqual(files.map((f) => f.article.id));
    expect(library.articles.every((a) => a.highlightCount === 10 && !a.tagCounts)).toBe(true);
    expect(Object.keys(library.highlightArticles)).toHaveLength(120);
    expect(library.tags).toEqual([]);
  });

  it('varies outlets, dates, colours and tags without changing a word of the texts', () => {
    const plain = [...generateArticles(50)];
    const varied = [...generateArticles(50, { varied: true })];
    expect(varied.map((f) => f.article.text)).toEqual(plain.map((f) => f.article.text));
    expect(new Set(varied.map((f) => f.article.source)).size).toBeGreaterThan(3);
    expect(varied.every((f) => OUTLETS.includes(f.article.source))).toBe(true);
    expect(varied.every((f) => /^202[34]-\d\d-\d\d$/.test(f.article.publishedAt ?? ''))).toBe(true);
    const colours = new Set(varied.flatMap((f) => f.highlights.map((h) => h.color)));
    expect(colours.size).toBe(6);
    const tagIds = new Set(TAGS.map((t) => t.id));
    const used = varied.flatMap((f) => f.highlights.flatMap((h) => h.tagIds));
    expect(used.length).toBeGreaterThan(0);
    expect(used.every((id) => tagIds.has(id))).toBe(true);
  });

  it("counts each article's tags in its summary and lists the codebook", () => {
    const dir = tempDir();
    generate(dir, 20, { varied: true });
    const library = readJson(join(dir, 'library.json')) as {
      articles: Array<{ id: string; tagCounts?: Record<string, number> }>;
      tags: Array<{ id: string }>;
    };
    expect(library.tags.map((t) => t.id)).toEqual(TAGS.map((t) => t.id));
    for (const summary of library.articles) {
      const file = readJson(join(dir, 'articles', `${summary.id}.json`)) as {
        highlights: Array<{ tagIds: string[] }>;
      };
      const counts: Record<string, number> = {};
      for (const h of file.highlights) for (const t of h.tagIds) counts[t] = (counts[t] ?? 0) + 1;
      expect(summary.tagCounts ?? {}).toEqual(counts);
    }
  });
});
