// The core's operations through the same dispatch every host uses.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { marked } from 'marked';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleDetail, Highlight } from '../../shared/model';
import { dispatch } from './dispatch';
import { Journal } from './store/journal';
import { useTempNotebook } from './temp-notebook.test-support';

const TEXT = [
  'Talks on hold',
  'Officials said the talks would not resume this year, citing earlier failures. 🙂 Noted.',
  'A second paragraph explains the background of the dispute in some detail.',
].join('\n\n');

const temp = useTempNotebook('nb');
const { run } = temp;

describe('highlights', () => {
  it('derives quote, prefix, suffix and code-point positions from UTF-16 offsets', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const start = article.text.indexOf('🙂');
    const h = await run<Highlight>('highlights.create', {
      articleId: article.id,
      start,
      end: start + 8,
    });
    expect(h.quote.exact).toBe('🙂 Noted');
    expect(h.quote.prefix.endsWith('failures. ')).toBe(true);
    expect(h.quote.suffix.startsWith('.')).toBe(true);
    // The emoji is two UTF-16 units but one code point.
    expect(h.position.end - h.position.start).toBe(7);
    expect(h.color).toBe('yellow');
  });

  it('never cuts an emoji in half and trims white space at the edges', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const at = article.text.indexOf('🙂');
    const h = await run<Highlight>('highlights.create', {
      articleId: article.id,
      start: at - 1,
      end: at + 1,
    });
    expect(h.quote.exact).toBe('🙂');
  });

  it('updates colour and note, lists in document order, deletes, and counts', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const late = await run<Highlight>('highlights.create', {
      articleId: article.id,
      start: 120,
      end: 140,
    });
    const early = await run<Highlight>('highlights.create', {
      articleId: article.id,
      start: 0,
      end: 9,
    });
    await run('highlights.update', { id: late.id, color: 'blue', note: 'check *this*' });
    const detail = await run<ArticleDetail>('articles.get', { id: article.id });
    expect(detail.highlights.map((h) => h.id)).toEqual([early.id, late.id]);
    expect(detail.highlights[1]).toMatchObject({ color: 'blue', note: 'check *this*' });
    expect((await temp.notebook.listArticles())[0]!.highlightCount).toBe(2);
    await run('highlights.delete', { id: early.id });
    expect((await temp.notebook.listArticles())[0]!.highlightCount).toBe(1);
    const missing = await dispatch(temp.notebook, 'highlights.update', { id: early.id, note: 'x' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses a range past the end of the text and leaves the article as it was', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const before = await readFile(join(temp.dataDir, 'articles', `${article.id}.json`), 'utf8');
    const result = await dispatch(temp.notebook, 'highlights.create', {
      articleId: article.id,
      start: 0,
      end: 10_000,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toMatch(/past the end of the article text/);
    expect(await readFile(join(temp.dataDir, 'articles', `${article.id}.json`), 'utf8')).toBe(
      before,
    );
  });
});

describe('a failed write', () => {
  it('leaves the article file, the library and memory exactly as they were', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const articlePath = join(temp.dataDir, 'articles', `${article.id}.json`);
    const before = await readFile(articlePath, 'utf8');
    const journalBefore = await readFile(join(temp.dataDir, 'library.journal'), 'utf8');
    // The journal line that acknowledges the change cannot be written.
    const append = vi
      .spyOn(Journal.prototype, 'append')
      .mockRejectedValueOnce(new Error('no space left on the device'));
    const result = await dispatch(temp.notebook, 'highlights.create', {
      articleId: article.id,
      start: 0,
      end: 5,
    });
    append.mockRestore();
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(await readFile(articlePath, 'utf8')).toBe(before);
    expect(await readFile(join(temp.dataDir, 'library.journal'), 'utf8')).toBe(journalBefore);
    expect((await run<ArticleDetail>('articles.get', { id: article.id })).highlights).toEqual([]);
    expect((await temp.notebook.listArticles())[0]!.highlightCount).toBe(0);

    await run('highlights.create', { articleId: article.id, start: 0, end: 5 });
    expect((await temp.notebook.listArticles())[0]!.highlightCount).toBe(1);
  });
});

describe('articles', () => {
  it('updates and clears metadata; a date set by hand is marked as such', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    await run('articles.update', {
      id: article.id,
      title: 'New title',
      source: 'Dawn',
      publishedAt: '2024-06-25',
      url: 'https://example.org/a',
    });
    let [summary] = await temp.notebook.listArticles();
    expect(summary).toMatchObject({
      title: 'New title',
      source: 'Dawn',
      publishedAt: '2024-06-25',
      publishedAtSource: 'user',
    });
    await run('articles.update', { id: article.id, source: '', url: '' });
    [summary] = await temp.notebook.listArticles();
    expect(summary!.source).toBeUndefined();
    expect(summary!.url).toBeUndefined();
  });

  it('refuses text with no article in it, naming the file, and imports nothing', async () => {
    const result = await dispatch(temp.notebook, 'articles.importText', {
      text: ' \n\n ',
      fileName: 'blank.txt',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(!result.ok && result.error.message).toContain('blank.txt');
    expect(await temp.notebook.listArticles()).toEqual([]);
  });

  it('deletes an article with its highlights', async () => {
    const article = await run<ArticleDetail>('articles.importText', { text: TEXT });
    const h = await run<Highlight>('highlights.create', {
      articleId: article.id,
      start: 0,
      end: 5,
    });
    await run('articles.delete', { id: article.id });
    expect(await temp.notebook.listArticles()).toEqual([]);
    expect(await dispatch(temp.notebook, 'highlights.delete', { id: h.id })).toMatchObject({
      ok: false,
    });
    expect(await dispatch(temp.notebook, 'articles.get', { id: article.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('markdown export', () => {
  it('writes provenance and each quote as a blockquote with paragraph number and note', async () => {
    const article = await run<ArticleDetail>('articles.importText', {
      text: TEXT,
      fileName: 'talks.txt',
    });
    await run('articles.update', { id: article.id, source: 'Dawn', publishedAt: '2024-06-25' });
    const second = article.text.indexOf('A second');
    const h = await run<Highlight>('highlights.create', {
      articleId: article.id,
      start: second,
      end: second + 16,
    });
    await run('highlights.update', { id: h.id, note: 'Background matters.' });
    await run('articles.setNote', { id: article.id, body: 'Overall: stalled.' });
    const out = await run<{ fileName: string; mimeType: string; data: string }>('export.render', {
      format: 'markdown',
      articleIds: [article.id],
    });
    expect(out.fileName).toMatch(/^talks-on-hold-\d{4}-\d{2}-\d{2}\.md$/);
    expect(out.mimeType).toBe('text/markdown');
    expect(out.data).toContain('# Talks on hold');
    expect(out.data).toContain('- **Source:** Dawn');
    expect(out.data).toContain('- **Date:** 2024-06-25 (entered by hand)');
    expect(out.data).toContain(
      '> A second paragra\n\n— ¶2 · yellow (Key claim)\n\nBackground matters.',
    );
    expect(out.data).toContain('## Article note\n\nOverall: stalled.');
  });

  it('escapes hostile markup in quotes so a Markdown viewer shows it as text', async () => {
    const text =
      'Intro line\n\nHe wrote <img src=x onerror=alert(1)> and [click](javascript:alert(2)) here today.\n\n1. This numbered line is a full sentence and must stay plain text.';
    const article = await run<ArticleDetail>('articles.importText', { text });
    for (const exact of [
      '<img src=x onerror=alert(1)> and [click](javascript:alert(2))',
      '1. This numbered line',
    ]) {
      const start = article.text.indexOf(exact);
      await run('highlights.create', { articleId: article.id, start, end: start + exact.length });
    }
    const out = await run<{ data: string }>('export.render', { format: 'markdown' });
    const html = await marked.parse(out.data);
    expect(html).not.toMatch(/<img|href="javascript/);
    expect(html).not.toContain('<ol');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
