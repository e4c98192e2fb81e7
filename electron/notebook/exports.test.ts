// Whole-notebook exports of a real notebook with an article whose file has gone: every format
// and the bundle still save everything else and say which article is missing and why; an
// export streamed to a file holds what the contract returns; a bundle, being the whole notebook,
// refuses a scope rather than ignore it.
import { access, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { RenderedExport } from '../../shared/contract';
import type { ArticleDetail } from '../../shared/model';
import { dispatch } from './dispatch';
import { openNotebook } from './notebook';
import { useTempNotebook } from './temp-notebook.test-support';

const temp = useTempNotebook('exports');

const FILLER = 'The officials met again on Tuesday and repeated what they had said before. '.repeat(
  4,
);
/** Each article's highlighted words, far enough into its text that no title holds them. */
const QUOTED = ['Zulfiqar spoke', 'Torkham traders', 'Swat rivers'];

async function threeArticles() {
  const articles: ArticleDetail[] = [];
  for (const [i, title] of ['Talks on hold', 'Border crossing reopens', 'Floods'].entries()) {
    const text = `${title}\n\n${FILLER}Then ${QUOTED[i]} at last.`;
    const article = await temp.run<ArticleDetail>('articles.importText', { text });
    const start = article.text.indexOf(QUOTED[i]!);
    await temp.run('highlights.create', {
      articleId: article.id,
      start,
      end: start + QUOTED[i]!.length,
    });
    articles.push(article);
  }
  return articles;
}

/** The article's file disappears while the notebook is closed (a sync tool, a bad disk). */
async function goneFromDisk(article: ArticleDetail) {
  await temp.notebook.close();
  await rm(join(temp.dataDir, 'articles', `${article.id}.json`));
  await temp.reopen();
}

describe('a whole-notebook export with an article whose file is gone', () => {
  it('leaves that article out of every format, naming it and why', async () => {
    const [, gone] = await threeArticles();
    await goneFromDisk(gone!);
    for (const format of ['markdown', 'html', 'csv', 'jsonld', 'docx', 'pdf']) {
      const out = await temp.run<RenderedExport>('export.render', { format });
      expect(out.skipped, format).toEqual([
        {
          id: gone!.id,
          title: gone!.title,
          reason: expect.stringMatching(/missing/),
        },
      ]);
      if (out.encoding === 'base64') continue;
      expect(out.data).not.toContain(QUOTED[1]);
      expect(out.data).toContain(QUOTED[0]);
      expect(out.data).toContain(QUOTED[2]);
      if (format !== 'csv') expect(out.data).toContain('Not in this export: 1 article');
    }
    const markdown = await temp.run<RenderedExport>('export.render', { format: 'markdown' });
    expect(markdown.data).toMatch(/\narticles: 2\n/);
    expect(markdown.data).toMatch(
      /\*\*Not in this export: 1 article could not be read:\*\*\n\n- “Border crossing reopens[^”]*” \([^)]+\): .*missing/,
    );
  });

  it('still saves the rest in a bundle, whose manifest lists what is missing', async () => {
    const [first, gone, third] = await threeArticles();
    await goneFromDisk(gone!);
    const out = await temp.run<RenderedExport>('export.render', { format: 'bundle' });
    expect(out.skipped.map((s) => s.id)).toEqual([gone!.id]);
    const files = unzipSync(Buffer.from(out.data, 'base64'));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest.skipped).toEqual(out.skipped);
    const library = JSON.parse(strFromU8(files['library.json']!));
    expect(library.articles.map((a: { id: string }) => a.id)).toEqual([first!.id, third!.id]);
    expect(Object.keys(files)).not.toContain(`articles/${gone!.id}.json`);

    // The bundle restores the two articles it holds into another notebook.
    const otherDir = `${temp.dataDir}-other`;
    const other = await openNotebook({ dataDir: otherDir });
    try {
      const restored = await dispatch(other, 'bundle.import', {
        fileName: 'backup.dossier',
        data: out.data,
      });
      expect(restored).toMatchObject({ ok: true, value: { articlesAdded: 2, highlightsAdded: 2 } });
      expect((await other.listArticles()).map((a) => a.id)).toEqual([first!.id, third!.id]);
    } finally {
      await other.close();
      await rm(otherDir, { recursive: true, force: true });
    }
  });
});

describe('an export streamed to a file', () => {
  it('holds exactly what export.render returns', async () => {
    await threeArticles();
    const path = join(temp.dataDir, '..', `${temp.dataDir.split('/').pop()}-notes.md`);
    try {
      // Written over an older file of the same name, which is replaced whole.
      await writeFile(path, 'an older export');
      const saved = await temp.notebook.exports.renderToFile({ format: 'markdown' }, path);
      const rendered = await temp.run<RenderedExport>('export.render', { format: 'markdown' });
      const strip = (s: string) => s.replace(/^generated: .*$/m, '');
      expect(strip(await readFile(path, 'utf8'))).toBe(strip(rendered.data));
      expect(saved).toMatchObject({ path, mimeType: 'text/markdown', skipped: [] });
      expect(saved.fileName).toMatch(/^dossier-notebook-\d{4}-\d{2}-\d{2}\.md$/);
    } finally {
      await rm(path, { force: true });
    }
  });

  it('saves a bundle that imports like the one the contract returns', async () => {
    await threeArticles();
    const path = join(`${temp.dataDir}-backup.dossier`);
    const otherDir = `${temp.dataDir}-restored`;
    try {
      const saved = await temp.notebook.exports.renderToFile({ format: 'bundle' }, path);
      expect(saved.bytes).toBe((await readFile(path)).length);
      const other = await openNotebook({ dataDir: otherDir });
      try {
        const counts = await other.exports.importBundle({
          fileName: 'backup.dossier',
          data: (await readFile(path)).toString('base64'),
        });
        expect(counts).toMatchObject({ articlesAdded: 3, highlightsAdded: 3 });
      } finally {
        await other.close();
      }
    } finally {
      await rm(path, { force: true });
      await rm(otherDir, { recursive: true, force: true });
    }
  });
});

describe('a notebook bundle with a scope', () => {
  it('is refused, naming the field, and nothing is written or changed', async () => {
    const [first] = await threeArticles();
    const tag = await temp.run<{ id: string }>('tags.create', { name: 'talks' });
    const before = await readdir(temp.dataDir, { recursive: true });
    const scopes = [
      { articleIds: [first!.id] },
      { tagIds: [tag.id] },
      { colors: ['yellow'] },
      { from: '2000-01-01' },
      { to: '2099-12-31' },
      { highlightIds: [first!.id] },
      { noteIds: [first!.id] },
    ];
    for (const scope of scopes) {
      const [field] = Object.keys(scope);
      const result = await dispatch(temp.notebook, 'export.render', { format: 'bundle', ...scope });
      expect(result, field).toMatchObject({
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: expect.stringMatching(
            new RegExp(`^${field}: a notebook bundle is the whole notebook`),
          ),
        },
      });
    }

    // The desktop save path goes through the same check and leaves no file behind.
    const path = `${temp.dataDir}-scoped.dossier`;
    await expect(
      temp.notebook.exports.renderToFile({ format: 'bundle', tagIds: [tag.id] }, path),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/^tagIds: /) });
    await expect(access(path)).rejects.toThrow();
    expect(await readdir(temp.dataDir, { recursive: true })).toEqual(before);
    expect((await temp.notebook.listArticles()).length).toBe(3);
  });

  it('is still made of the whole notebook without one (order only arranges it)', async () => {
    const articles = await threeArticles();
    const out = await temp.run<RenderedExport>('export.render', {
      format: 'bundle',
      order: 'title',
    });
    const library = JSON.parse(
      strFromU8(unzipSync(Buffer.from(out.data, 'base64'))['library.json']!),
    );
    expect(library.articles.map((a: { id: string }) => a.id).sort()).toEqual(
      articles.map((a) => a.id).sort(),
    );
  });

  it('leaves the brief (noteIds) its own message for a format it is not written in', async () => {
    await threeArticles();
    const csv = await dispatch(temp.notebook, 'export.render', { format: 'csv', noteIds: ['x'] });
    expect(csv).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringMatching(/^format: a brief/) },
    });
  });
});
