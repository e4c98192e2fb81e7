// HTML export read back with linkedom: self-contained (CSP, no scripts, no remote loads), every
// quote present exactly, notes' Markdown rendered without the hostile parts.
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportFixture, QUOTES, render as renderWith, type ExportFixture } from './export-fixture';
import { HTML_CSP, renderHtml } from './html';
import { highlightOver, onlyHighlights } from './paragraph-range.test-support';

let fixture: ExportFixture;
beforeAll(async () => {
  fixture = await exportFixture();
});
afterAll(() => fixture.close());

async function render() {
  const out = await renderWith(renderHtml, await fixture.model());
  return { out, document: parseHTML(out.data).document };
}

describe('html export', () => {
  it('is one self-contained page with a strict CSP', async () => {
    const { out, document } = await render();
    expect(out.mimeType).toBe('text/html');
    expect(out.fileName).toMatch(/\.html$/);
    expect(out.data.startsWith('<!doctype html>\n')).toBe(true);
    expect(document.documentElement.getAttribute('lang')).toBe('en');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
    expect(csp?.getAttribute('content')).toBe(HTML_CSP);
    expect(document.querySelectorAll('style')).toHaveLength(1);
    expect(document.querySelector('style')?.textContent).toContain('@page{size:A4');
    expect(
      document.querySelectorAll('script, iframe, object, embed, link, img, base, form'),
    ).toHaveLength(0);
    expect(out.data).not.toMatch(/<script|@import|url\(/i);
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        expect(attr.name, `${el.tagName} ${attr.name}`).not.toMatch(/^on/i);
        if (attr.name === 'src') throw new Error(`a src attribute on ${el.tagName}`);
        if (attr.name === 'href') {
          expect(el.tagName).toBe('A');
          expect(attr.value).toMatch(/^https?:\/\//);
        }
      }
    }
    const hrefs = [...document.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([
      'https://www.dawn.com/news/123?x=1&y=2',
      'https://example.org/a?b=1&c=2',
    ]);
  });

  it('holds every quote exactly, laid out by its own direction, with its provenance', async () => {
    const { document } = await render();
    const quotes = [...document.querySelectorAll('blockquote')];
    expect(quotes.map((q) => q.textContent)).toEqual([
      QUOTES.commas,
      QUOTES.urdu,
      QUOTES.formula,
      QUOTES.hostile,
      QUOTES.lines,
      QUOTES.traders,
    ]);
    expect(quotes.every((q) => q.getAttribute('dir') === 'auto')).toBe(true);
    const articles = [...document.querySelectorAll('article')];
    expect(articles.map((a) => a.querySelector('h2')?.textContent)).toEqual([
      'Talks on hold in Kabul',
      'Border crossing reopens',
    ]);
    const facts = articles[0]!.querySelector('dl')!.textContent;
    for (const fact of [
      'Dawn, "Pakistan"',
      'A. Reporter',
      '2024-06-25',
      'entered by hand',
      'talks.txt',
    ]) {
      expect(facts).toContain(fact);
    }
    const urdu = quotes[1]!.closest('figure')!;
    expect(urdu.querySelector('figcaption')?.textContent).toBe(
      '¶1 · green (Evidence) · #Place names',
    );
    expect(urdu.querySelector('.swatch--green')?.getAttribute('title')).toBe('Evidence');
    expect(urdu.querySelector('.note')?.textContent?.trim()).toBe('اردو نوٹ 🙂');
  });

  it('cites a quote over two paragraphs by both, one ending at its paragraph end by that one', async () => {
    const { document } = await render();
    const lines = [...document.querySelectorAll('blockquote')]
      .find((q) => q.textContent === QUOTES.lines)!
      .closest('figure')!;
    expect(lines.querySelector('.para')?.textContent).toBe('¶3–4');
    const model = await fixture.model();
    const first = model.articles[0]!;
    const out = await renderWith(
      renderHtml,
      onlyHighlights(model, 0, [highlightOver(first, 'typed into the form by someone.', 'end')]),
    );
    const paras = [...parseHTML(out.data).document.querySelectorAll('.para')];
    expect(paras.map((p) => p.textContent)).toEqual(['¶2']);
  });

  it('renders notes from Markdown but keeps raw HTML and script links as text', async () => {
    const { document } = await render();
    const note = document.querySelector('blockquote')!.closest('figure')!.querySelector('.note')!;
    expect(note.querySelector('strong')?.textContent).toBe('Bold');
    expect(note.querySelector('em')?.textContent).toBe('italic');
    expect([...note.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'first',
      'second',
    ]);
    expect(note.textContent).toContain('<script>alert(4)</script>');
    expect(note.textContent).toContain('<img src=x onerror=alert(5)>');
    expect(note.querySelectorAll('a')).toHaveLength(1);
    const hostile = document.querySelectorAll('figure')[3]!.querySelector('.note')!;
    expect(hostile.textContent?.trim()).toBe('<b onclick=x>hi</b>');
    expect(hostile.querySelector('b')).toBeNull();
  });
});
