// Exports made article by article from an export source: each article read only when the
// output reaches it, an unreadable one left out and named (in the result and in the file),
// and a file streamed to disk holding what the contract would have returned.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportScope } from '../../../shared/contract';
import { renderCsv } from './csv';
import { fakeId, fakeSource } from './fake-source.test-support';
import { renderHtml } from './html';
import { renderJsonLd } from './jsonld';
import { renderMarkdown } from './markdown';
import type { ExportFile, ExportRenderer } from './model';
import { collect, writeExport, type ExportChunk } from './output';
import { openDocument, READ_AHEAD } from './plan';
import type { ExportSource } from './source';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-stream-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const at = new Date('2024-07-01T10:00:00.000Z');
const make = async (renderer: ExportRenderer, source: ExportSource, scope: ExportScope = {}) => {
  const doc = await openDocument(source, scope, at);
  return { doc, file: renderer(doc) };
};

describe('streaming exports', () => {
  it('reads each article only shortly before the output reaches it', async () => {
    const source = fakeSource({ articles: 50 });
    const { file } = await make(renderMarkdown, source);
    // Two are taken before anything is written (the header must know whether the export holds
    // exactly one), and a few more are on their way from the disk.
    const ahead = READ_AHEAD + 2;
    expect(source.reads).toBe(ahead);
    let sections = 0;
    for await (const chunk of file.chunks) {
      if (typeof chunk === 'string' && chunk.includes('## Article ')) {
        sections++;
        expect(source.reads).toBeLessThanOrEqual(sections + ahead);
      }
    }
    expect(sections).toBe(50);
    expect(source.reads).toBe(50);
  });

  it('leaves out an article it cannot read, says so at the end, and keeps the rest', async () => {
    const broken = { [fakeId(3)]: 'The file of “Article 3” is missing.' };
    for (const renderer of [renderMarkdown, renderHtml, renderJsonLd, renderCsv]) {
      const { doc, file } = await make(renderer, fakeSource({ articles: 5, broken }));
      const { data } = await collect(file);
      expect(doc.skipped).toEqual([
        {
          id: fakeId(3),
          title: 'Article 3: talks on hold, "again"',
          reason: 'The file of “Article 3” is missing.',
        },
      ]);
      expect(doc.count).toBe(4);
      if (renderer === renderCsv) {
        // A CSV is records only: the skipped article is in the result, not in the file.
        expect(parse(data, { bom: true })).toHaveLength(1 + 4 * 10);
        continue;
      }
      expect(data).toContain('Not in this export: 1 article could not be read');
      expect(data).toContain('is missing.');
      expect(data).toContain('Article 4: talks on hold');
    }
  });

  it('counts in the header only the articles it holds', async () => {
    const broken = { [fakeId(0)]: 'damaged', [fakeId(1)]: 'damaged' };
    const { file } = await make(renderMarkdown, fakeSource({ articles: 10, broken }));
    expect((await collect(file)).data).toMatch(/^---\n[\s\S]*\narticles: 8\n---\n/);
    const { file: html } = await make(renderHtml, fakeSource({ articles: 10, broken }));
    expect((await collect(html)).data).toContain('· 8 articles</p></header>');
    const { file: one } = await make(renderJsonLd, fakeSource({ articles: 3, broken }));
    const collection = JSON.parse((await collect(one)).data);
    expect(collection.total).toBe(10);
    // The notebook's export is still the notebook's when only one article could be read.
    expect(collection.label).toBe('Dossier notebook');
  });

  it('writes to a file what the contract would return, durably and without a temporary left', async () => {
    for (const renderer of [renderMarkdown, renderHtml, renderJsonLd, renderCsv]) {
      const collected = await collect((await make(renderer, fakeSource({ articles: 30 }))).file);
      const path = join(dir, `whole.${collected.fileName.split('.').pop()}`);
      const { file } = await make(renderer, fakeSource({ articles: 30 }));
      const bytes = await writeExport(file, path);
      const written = await readFile(path, 'utf8');
      // Only the collection's random id differs between two JSON-LD exports.
      const same = (s: string) => s.replace(/urn:uuid:[0-9a-f-]{36}/, 'urn:uuid:x');
      expect(same(written)).toBe(same(collected.data));
      expect(bytes).toBe(Buffer.byteLength(written));
    }
    expect((await readdir(dir)).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('pads a count that shrank, and rewrites one that outgrew its room', async () => {
    const broken = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [fakeId(i), 'gone']));
    const { file } = await make(renderMarkdown, fakeSource({ articles: 12, broken }));
    await writeExport(file, join(dir, 'padded.md'));
    expect(await readFile(join(dir, 'padded.md'), 'utf8')).toMatch(/\narticles: 7 \n---\n/);
    // The summaries claim no highlights, the files hold 40: the total needs more room.
    const wrong = fakeSource({ articles: 4, summaryHighlights: 0 });
    const { file: jsonld } = await make(renderJsonLd, wrong);
    await writeExport(jsonld, join(dir, 'rewritten.jsonld'));
    const collection = JSON.parse(await readFile(join(dir, 'rewritten.jsonld'), 'utf8'));
    expect(collection.total).toBe(40);
    expect(collection.first.items).toHaveLength(40);
  });

  it('leaves the old file in place when an export fails part way', async () => {
    const path = join(dir, 'kept.md');
    await writeExport((await make(renderMarkdown, fakeSource({ articles: 2 }))).file, path);
    const before = await readFile(path, 'utf8');
    const { file } = await make(renderMarkdown, fakeSource({ articles: 5 }));
    const broken: ExportFile = {
      fileName: file.fileName,
      mimeType: file.mimeType,
      encoding: 'utf8',
      chunks: (async function* (): AsyncGenerator<ExportChunk> {
        let n = 0;
        for await (const chunk of file.chunks as AsyncIterable<ExportChunk>) {
          if (++n === 4) throw new Error('the disk is full');
          yield chunk;
        }
      })(),
    };
    await expect(writeExport(broken, path)).rejects.toThrow('the disk is full');
    expect(await readFile(path, 'utf8')).toBe(before);
    expect((await readdir(dir)).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('filters by tag and colour from the summaries, then by each highlight', async () => {
    const source = fakeSource({ articles: 6 });
    const { doc, file } = await make(renderCsv, source, { colors: ['green'], order: 'title' });
    const rows = parse((await collect(file)).data, { bom: true }) as string[][];
    expect(rows).toHaveLength(1 + 6 * 5);
    expect(new Set(rows.slice(1).map((r) => r[11]))).toEqual(new Set(['green']));
    expect(doc.count).toBe(6);
    // No article carries the tag `none`: nothing is read at all.
    const none = fakeSource({ articles: 6 });
    const { doc: empty } = await make(renderCsv, none, { tagIds: ['none'] });
    expect(empty.atMost).toBe(0);
    expect(none.reads).toBe(0);
  });

  it('streams a notebook of 3,000 articles to a file', async () => {
    const source = fakeSource({ articles: 3_000 });
    const { file } = await make(renderCsv, source);
    const path = join(dir, 'big.csv');
    await writeExport(file, path);
    const rows = parse(await readFile(path, 'utf8'), { bom: true }) as string[][];
    expect(rows).toHaveLength(1 + 3_000 * 10);
    expect(source.reads).toBe(3_000);
  });
});
