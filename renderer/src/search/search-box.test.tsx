// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchHit, SearchResults } from '../../../shared/search';
import { ApiError } from '../api/api-error';
import { createQueryClient } from '../api/query-client';
import { SearchBox } from './search-box';
import { SEARCH_PAGE, searchOptions } from './use-search-results';

const answers = vi.hoisted(() => new Map<string, () => unknown>());
const asked = vi.hoisted(() => [] as Array<{ query: string; offset?: number }>);

vi.mock('../api/client', () => ({
  call: async (op: string, input: { query: string; offset?: number }) => {
    if (op !== 'search.query') throw new Error(`unexpected ${op}`);
    asked.push(input);
    const answer = answers.get(input.query);
    if (!answer) throw new Error(`no answer for ${input.query}`);
    return answer();
  },
}));

const hit = (kind: SearchHit['kind'], n: number, snippet: string): SearchHit => ({
  kind,
  articleId: kind === 'notebookNote' ? undefined : `a${n}`,
  highlightId: kind === 'highlight' ? `h${n}` : undefined,
  noteId: kind === 'notebookNote' ? `n${n}` : undefined,
  title: `Title ${n}`,
  snippet,
  score: 10 - n,
  start: kind === 'article' || kind === 'highlight' ? 100 + n : undefined,
});

const results = (hits: SearchHit[], total = hits.length): SearchResults => ({
  total,
  tookMs: 3.2,
  hits,
});

let root: Root;
let host: HTMLDivElement;
let opened: Array<{ hit: SearchHit; query: string }>;

// jsdom lays nothing out: give the results' scroll box the height a window would.
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('search-panel__scroll') ? 480 : clientHeight.get!.call(this);
    },
  });
});
afterAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

beforeEach(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  answers.clear();
  asked.length = 0;
  opened = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() =>
    root.render(
      <QueryClientProvider client={createQueryClient()}>
        <SearchBox onOpen={(h, query) => opened.push({ hit: h, query })} />
        <textarea aria-label="elsewhere" />
      </QueryClientProvider>,
    ),
  );
});

afterEach(() => {
  act(() => root.unmount());
  document.body.replaceChildren();
});

const box = () => document.querySelector<HTMLInputElement>('[role="combobox"]')!;

async function type(text: string) {
  await act(async () => {
    box().focus();
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    setValue.call(box(), text);
    box().dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function press(key: string, init: KeyboardEventInit = {}, target: Element = box()) {
  await act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));
  });
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await act(() => new Promise((done) => setTimeout(done, 20)));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const sections = () =>
  [...document.querySelectorAll('[data-testid="search-section"]')].map((s) => s.textContent);
const options = () => [...document.querySelectorAll('[role="option"]')];

describe('SearchBox', () => {
  it('shows hits as you type, in sections with counts and marked matches', async () => {
    answers.set('ceasefire', () =>
      results([
        hit('highlight', 1, 'a «ceasefire» was announced'),
        hit('notebookNote', 2, 'the «ceasefire» failed'),
        hit('article', 3, 'For that purpose, a «ceasefire» was also announced.'),
      ]),
    );
    await type('ceasefire');
    await until(() => options().length === 3, 'three hits');
    expect(box().getAttribute('aria-expanded')).toBe('true');
    expect(document.getElementById(box().getAttribute('aria-controls')!)?.role).toBe('listbox');
    expect(sections()).toEqual(['Sources1', 'Quotes1', 'Notebook notes1']);
    expect(options().map((o) => o.getAttribute('data-kind'))).toEqual([
      'article',
      'highlight',
      'notebookNote',
    ]);
    const marks = [...document.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['ceasefire', 'ceasefire', 'ceasefire']);
    expect(document.body.textContent).not.toContain('«');
    expect(document.querySelector('[data-testid="search-summary"]')?.textContent).toBe(
      '3 results · 3.2 ms',
    );
  });

  it('moves through every row with the arrows and opens the active one with Enter', async () => {
    answers.set('talks', () =>
      results([hit('article', 1, '«talks» one'), hit('highlight', 2, '«talks» two')]),
    );
    await type('talks');
    await until(() => options().length === 2, 'two hits');
    const active = () => document.getElementById(box().getAttribute('aria-activedescendant')!);
    expect(active()?.getAttribute('data-kind')).toBe('article');
    await press('ArrowDown');
    expect(active()?.getAttribute('data-kind')).toBe('highlight');
    expect(active()?.getAttribute('aria-selected')).toBe('true');
    await press('ArrowDown');
    expect(active()?.getAttribute('data-kind')).toBe('highlight');
    await press('ArrowUp');
    await press('ArrowDown');
    await press('Enter');
    expect(opened).toEqual([
      { hit: expect.objectContaining({ highlightId: 'h2' }), query: 'talks' },
    ]);
    expect(box().getAttribute('aria-expanded')).toBe('false');
  });

  it('opens the first hit when Enter comes before the answer', async () => {
    answers.set('quick', () =>
      results([hit('notebookNote', 1, '«quick»'), hit('article', 2, '«quick»')]),
    );
    await type('quick');
    await press('Enter');
    await until(() => opened.length === 1, 'the first hit to open');
    expect(opened[0]).toEqual({
      hit: expect.objectContaining({ articleId: 'a2' }),
      query: 'quick',
    });
  });

  it('says softly why a query is refused and keeps the last results, greyed', async () => {
    answers.set('taliban', () => results([hit('article', 1, '«taliban»')]));
    answers.set('"taliban', () => {
      throw new ApiError('INVALID_INPUT', 'Unclosed quote');
    });
    await type('taliban');
    await until(() => options().length === 1, 'a hit');
    await type('"taliban');
    await until(() => document.body.textContent!.includes('Unclosed quote'), 'the problem');
    expect(box().getAttribute('aria-invalid')).toBe('true');
    expect(options()).toHaveLength(1);
    expect(document.querySelector('[data-testid="search-results"]')?.className).toContain(
      'is-stale',
    );
    expect(document.querySelector('[data-testid="search-summary"]')?.textContent).toBe(
      'Results for “taliban”',
    );
    // Greyed hits answer another query: Enter does not open them.
    await press('Enter');
    await act(() => new Promise((done) => setTimeout(done, 50)));
    expect(opened).toEqual([]);
  });

  it('comes forward on Ctrl+K anywhere and on / outside a text box; Escape steps back', async () => {
    answers.set('x', () => results([hit('article', 1, '«x»')]));
    const elsewhere = document.querySelector('textarea')!;
    elsewhere.focus();
    await press('/', {}, elsewhere);
    expect(document.activeElement).toBe(elsewhere);
    await press('k', { ctrlKey: true }, elsewhere);
    expect(document.activeElement).toBe(box());
    await act(async () => box().blur());
    await press('/', {}, document.body);
    expect(document.activeElement).toBe(box());

    await type('x');
    await until(() => options().length === 1, 'a hit');
    await press('Escape');
    expect(box().getAttribute('aria-expanded')).toBe('false');
    expect(box().value).toBe('x');
    await press('Escape');
    expect(box().value).toBe('');
  });
});

describe('searchOptions', () => {
  it('asks for the next page at the offset of what is loaded, until the total', () => {
    const next = searchOptions('q').getNextPageParam;
    const page = (n: number) =>
      results(
        Array.from({ length: n }, (_, i) => hit('article', i, '')),
        120,
      );
    expect(next(page(SEARCH_PAGE), [page(SEARCH_PAGE)], 0, [0])).toBe(50);
    expect(next(page(20), [page(50), page(50), page(20)], 100, [0, 50, 100])).toBeUndefined();
    expect(next(page(0), [page(50), page(0)], 50, [0, 50])).toBeUndefined();
  });
});
