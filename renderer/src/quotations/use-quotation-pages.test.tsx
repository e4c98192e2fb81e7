// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuotationRow } from '../../../shared/search';
import { ApiError } from '../api/api-error';
import { createQueryClient } from '../api/query-client';
import {
  QUOTATION_PAGE,
  useQuotationPages,
  type QuotationPages,
  type QuotationParams,
} from './use-quotation-pages';

const TOTAL = 12_345;
const asked = vi.hoisted(() => [] as Array<{ query?: string; offset: number; limit: number }>);

vi.mock('../api/client', () => ({
  call: async (op: string, input: { query?: string; offset: number; limit: number }) => {
    if (op !== 'quotations.list') throw new Error(`unexpected ${op}`);
    asked.push(input);
    if (input.query?.includes('"'))
      throw new ApiError('INVALID_INPUT', 'The query has an unclosed quote.');
    const rows = [];
    for (let i = input.offset; i < Math.min(TOTAL, input.offset + input.limit); i++)
      rows.push(row(i));
    return { total: TOTAL, rows };
  },
}));

const row = (i: number): QuotationRow => ({
  highlight: {
    id: `h${i}`,
    articleId: 'a1',
    quote: { type: 'TextQuoteSelector', exact: `quote ${i}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: i, end: i + 1 },
    color: 'yellow',
    note: '',
    tagIds: [],
    createdAt: '2024-06-25T10:00:00.000Z',
    updatedAt: '2024-06-25T10:00:00.000Z',
  },
  articleTitle: 'Talks on hold',
  capturedAt: '2024-06-25T10:00:00.000Z',
  paragraph: { first: 1, last: 1 },
});

let root: Root;
let host: HTMLDivElement;
let latest: QuotationPages;
beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});
afterAll(() => {
  delete (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT;
});
beforeEach(() => {
  asked.length = 0;
  host = document.createElement('div');
  root = createRoot(host);
});
afterEach(() => act(() => root.unmount()));

function Probe({
  params,
  onPages,
}: {
  params: QuotationParams;
  onPages: (p: QuotationPages) => void;
}) {
  const pages = useQuotationPages(params, true);
  useEffect(() => {
    onPages(pages);
  });
  return null;
}

const client = createQueryClient();
async function show(params: QuotationParams) {
  await act(async () => {
    root.render(
      <QueryClientProvider client={client}>
        <Probe params={params} onPages={(pages) => (latest = pages)} />
      </QueryClientProvider>,
    );
  });
  await settle();
}
const settle = () => act(() => new Promise((done) => setTimeout(done, 20)));
const offsets = () => asked.map((a) => a.offset);

describe('quotation pages', () => {
  it('fetches only the pages the table shows, by offset, and any row range asked for', async () => {
    const params: QuotationParams = { query: '', sort: 'article', descending: false };
    await show(params);
    expect(latest.total).toBe(TOTAL);
    expect(offsets()).toEqual([0]);
    expect(latest.rowAt(3)?.highlight.id).toBe('h3');
    expect(latest.rowAt(QUOTATION_PAGE)).toBeUndefined();

    // Scrolled far down: the first page stays, the pages in view come, none between.
    await act(async () => latest.showRows(2_480, 2_530));
    await settle();
    expect(offsets()).toEqual([0, 2_000, 2_500]);
    expect(latest.rowAt(2_529)?.highlight.id).toBe('h2529');
    expect(latest.rowAt(1_000)).toBeUndefined();

    // A Shift+click run over rows not loaded fetches their page; loaded ones come from the cache.
    const run = await act(() => latest.rowsBetween(490, 510));
    expect(run.map((r) => r.highlight.id)).toEqual(
      Array.from({ length: 21 }, (_, i) => `h${490 + i}`),
    );
    expect(offsets()).toEqual([0, 2_000, 2_500, 500]);

    // "All shown" takes the largest pages the host allows.
    const every = await act(() => latest.allRows());
    expect(every).toHaveLength(TOTAL);
    expect(asked.filter((a) => a.limit === 5_000).map((a) => a.offset)).toEqual([0, 5_000, 10_000]);
  });

  it('keeps the last good rows in view when the host refuses a query, and says why', async () => {
    await show({ query: 'talks', sort: 'date', descending: true });
    expect(latest.problem).toBeNull();
    expect(asked.at(-1)).toMatchObject({ query: 'talks', offset: 0 });
    await show({ query: '"talks', sort: 'date', descending: true });
    expect(latest.problem).toBe('The query has an unclosed quote.');
    expect(latest.params.query).toBe('talks');
    expect(latest.total).toBe(TOTAL);
    expect(latest.stale).toBe(true);
  });
});
