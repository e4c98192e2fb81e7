// Markdown export read back by a CommonMark parser (markdown-it): front matter apart, quotes as
// blockquotes, hostile text kept as text, tags in Obsidian's form.
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFixture, QUOTES, render, type ExportFixture } from './export-fixture';
import { obsidianTag, renderMarkdown, safeNote } from './markdown';
import { highlightOver, onlyHighlights } from './paragraph-range.test-support';

let fixture: ExportFixture;
beforeAll(async () => {
  fixture = await exportFixture();
});
afterAll(() => fixture.close());

/** Splits the leading `---` block off and reads each `key: value` line (values are JSON). */
function splitFrontMatter(data: string) {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(data);
  if (!match) throw new Error('no front matter');
  const fields: Record<string, unknown> = {};
  for (const line of match[1]!.split('\n')) {
    const at = line.indexOf(': ');
    fields[line.slice(0, at)] = JSON.parse(line.slice(at + 2));
  }
  return { fields, body: data.slice(match[0].length) };
}

const md = new MarkdownIt();

describe('markdown export', () => {
  it('opens with front matter for the notebook and one ## section per article', async () => {
    const model = await fixture.model();
    const out = await render(renderMarkdown, model);
    expect(out.mimeType).toBe('text/markdown');
    expect(out.fileName).toMatch(/^dossier-notebook-\d{4}-\d{2}-\d{2}\.md$/);
    const { fields, body } = splitFrontMatter(out.data);
    expect(fields).toEqual({
      title: 'Dossier notebook',
      generated: model.generatedAt.toISOString(),
      articles: 2,
    });
    const tokens = md.parse(body, {});
    const headings = tokens
      .map((t, i) => (t.type === 'heading_open' ? `${t.tag} ${tokens[i + 1]!.content}` : ''))
      .filter(Boolean);
    expect(headings.filter((h) => h.startsWith('h2 '))).toEqual([
      'h2 Talks on hold in Kabul',
      'h2 Border crossing reopens',
    ]);
    expect(headings[0]).toBe('h1 Dossier notebook');
  });

  it('renders every quote as a blockquote, hostile markup as text', async () => {
    const out = await render(renderMarkdown, await fixture.model());
    const { body } = splitFrontMatter(out.data);
    const html = md.render(body);
    expect(html).not.toMatch(/<img|<script|href="javascript/i);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; and [click](javascript:alert(2))');
    const blockquotes = [...html.matchAll(/<blockquote>([\s\S]*?)<\/blockquote>/g)].map((m) =>
      m[1]!
        .replace(/<\/p>\s*<p>/g, '\n\n')
        .replace(/<[^>]+>/g, '')
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&')
        .trim(),
    );
    expect(blockquotes).toEqual([
      QUOTES.commas,
      QUOTES.urdu,
      QUOTES.formula,
      QUOTES.hostile,
      QUOTES.lines,
      QUOTES.traders,
    ]);
    expect(out.data).toContain('· #Actors/TTP #Place_names');
    expect(out.data).toContain('— ¶1 · green (Evidence) · #Place_names\n\nاردو نوٹ 🙂');
    expect(out.data).toContain('- **URL:** <https://www.dawn.com/news/123?x=1&y=2>');
    expect(html).toContain('<a href="https://example.org/a?b=1&amp;c=2">source</a>');
    expect(html).toContain('&lt;script&gt;alert(4)&lt;/script&gt;');
    expect(html).toContain('<strong>Bold</strong> and <em>italic</em>');
    expect(html).toContain('href="https://www.dawn.com/news/123?x=1&amp;y=2"');
  });

  it('gives a single article its provenance in the front matter, quoted safely', async () => {
    const model = await fixture.model();
    const [first] = model.articles;
    const out = await render(renderMarkdown, { ...model, articles: [first!] });
    expect(out.fileName).toMatch(/^talks-on-hold-in-kabul-\d{4}-\d{2}-\d{2}\.md$/);
    const { fields, body } = splitFrontMatter(out.data);
    expect(fields).toMatchObject({
      title: 'Talks on hold in Kabul',
      source: 'Dawn, "Pakistan"',
      author: 'A. Reporter',
      date: '2024-06-25',
      url: 'https://www.dawn.com/news/123?x=1&y=2',
      captured: first!.capturedAt,
      articles: 1,
    });
    expect(body.trimStart().startsWith('# Talks on hold in Kabul\n')).toBe(true);
    expect(md.render(body)).toContain('<h2>Highlights (5)</h2>');
  });

  it('keeps a note formatting but not its raw HTML, script links or images', () => {
    const note = safeNote(
      '**b** <https://x.org> <b onclick=1>x</b> ![i](https://t.example/p.png) [j](javascript:1) [k]( JavaScript:2)\n\n[r]: javascript:3\n\n[r2]: https://ok.example',
    );
    const html = new MarkdownIt({ html: true }).render(`${note}\n\n[r] [r2]`);
    expect(html).toContain('<strong>b</strong>');
    expect(html).toContain('<a href="https://x.org">https://x.org</a>');
    expect(html).toContain('<a href="https://ok.example">r2</a>');
    expect(html).not.toMatch(/<b |<img|javascript:\d"|href="javascript/i);
  });

  it('keeps hostile text in the front matter inert for a viewer that shows it as text', async () => {
    const model = await fixture.model();
    const [first] = model.articles;
    const title = 'Hi <img src=x onerror=alert(1)> [x](javascript:alert(2)) `c` & "q"\u2028end';
    const out = await render(renderMarkdown, { ...model, articles: [{ ...first!, title }] });
    expect(splitFrontMatter(out.data).fields.title).toBe(title);
    const html = md.render(out.data);
    expect(html).not.toMatch(/<img|href="javascript|<code/);
  });

  it('cites a quote over two paragraphs by both, one ending at its paragraph end by that one', async () => {
    const model = await fixture.model();
    // `here.\n\n-2+3` ends paragraph 3 and begins paragraph 4.
    expect((await render(renderMarkdown, model)).data).toContain('— ¶3–4 · purple (Question)');
    const [first] = model.articles;
    const lines = first!.highlights.find((h) => h.id === fixture.highlights.lines.id)!;
    const out = await render(
      renderMarkdown,
      onlyHighlights(model, 0, [
        highlightOver(first!, 'typed into the form by someone.', 'at-end'),
        { ...lines, orphan: true },
      ]),
    );
    expect(out.data).toContain('— ¶2 · yellow (Key claim)');
    expect(out.data).not.toContain('¶2–3');
    expect(out.data).toContain('— was ¶3–4 · purple (Question)');
  });

  it('turns tag paths into Obsidian tags', () => {
    expect(obsidianTag('Actors/Afghan Taliban')).toBe('Actors/Afghan_Taliban');
    expect(obsidianTag('Places/Khyber (KP)')).toBe('Places/Khyber_KP');
    expect(obsidianTag('اردو ٹیگ')).toBe('اردو_ٹیگ');
    expect(obsidianTag('2024')).toBe('tag/2024');
  });
});
