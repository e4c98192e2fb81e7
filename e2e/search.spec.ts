// The search box in the real renderer: results as you type, grouped and marked; Enter opens the
// article at its match with every match marked; quotes by their notes, notebook notes, a refused
// query, Urdu, and a long list that stays virtual. Screenshots for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  expect,
  openSeed,
  selectInArticle,
  SEED_TITLE,
  SENTENCE,
  test,
  type Host,
} from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

interface FindMarks {
  /** The text of every match the reader marks, in order. */
  matches: string[];
  /** The match shown first (marked as current), or null. */
  current: string | null;
  /** Whether the current match lies inside the reader's visible area. */
  currentInView: boolean;
}

/**
 * What the reader's find marks in the article. They are CSS custom highlights (ranges, not
 * elements), so they are read from `CSS.highlights` and measured against the reader's scroll box.
 */
function findMarks(page: Page): Promise<FindMarks> {
  return page.getByTestId('article-text').evaluate((body) => {
    const ranges = (name: string) => [...(CSS.highlights.get(name) ?? [])] as Range[];
    const current = ranges('search-current')[0] ?? null;
    let box: Element | null = body;
    while (box && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
    const view = (box ?? document.documentElement).getBoundingClientRect();
    const at = current?.getBoundingClientRect();
    return {
      matches: ranges('search-match').map((r) => r.toString()),
      current: current?.toString() ?? null,
      currentInView: !!at && at.height > 0 && at.top >= view.top && at.bottom <= view.bottom,
    };
  });
}

const searchBox = (page: Page) => page.getByRole('combobox', { name: 'Search' });
const hits = (page: Page) => page.getByTestId('search-results').getByRole('option');

async function importText(page: Page, name: string, text: string, expected: string) {
  await page
    .getByTestId('import-input')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByTestId('article-text')).toContainText(expected);
}

/** Adds articles straight through the host (as the CLI or another window would). */
async function importThroughHost(page: Page, host: Host, texts: string[]) {
  for (const [i, text] of texts.entries()) {
    const answer = await page.request.post(`${host.origin}/api/articles.importText`, {
      headers: { Authorization: `Bearer ${host.token}` },
      data: { text, fileName: `bulk-${i}.txt` },
    });
    expect(answer.ok(), await answer.text()).toBe(true);
  }
}

test('results come as you type, marked; Enter opens the article at the match', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await importText(page, 'border.txt', 'Border talks\n\nTraders met at Torkham.\n', 'Torkham');

  await searchBox(page).fill('ceasefire');
  const hit = hits(page).filter({ hasText: SEED_TITLE }).first();
  await expect(hit).toBeVisible();
  await expect(hit).toHaveAttribute('data-kind', 'article');
  await expect(hit.locator('mark').first()).toHaveText(/^ceasefire/i);
  await expect(page.getByTestId('search-section').first()).toContainText('Sources');
  await expect(page.getByTestId('search-summary')).toHaveText(/^\d+ results? · [\d.]+ ms$/);
  await expect(searchBox(page)).toHaveAttribute('aria-expanded', 'true');
  await page.screenshot({ path: `${SHOTS}/search-results.png` });

  await searchBox(page).press('Enter');
  await expect(page.getByTestId('search-results')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  // "a ceasefire was also announced" and "the ceasefire’s termination", every one marked.
  await expect.poll(async () => (await findMarks(page)).matches.length).toBeGreaterThanOrEqual(2);
  const marks = await findMarks(page);
  for (const match of marks.matches) expect(match).toMatch(/^ceasefire/i);
  expect(marks.current).toMatch(/^ceasefire/i);
  expect(marks.currentInView).toBe(true);
  await page.screenshot({ path: `${SHOTS}/search-opened.png` });
  // The reader's find bar steps through them from there.
  const status = page.getByTestId('find-status');
  await expect(status).toHaveText(new RegExp(`^1 of ${marks.matches.length}$`));
  await page.keyboard.press('F3');
  await expect(status).toHaveText(new RegExp(`^2 of ${marks.matches.length}$`));
  expect((await findMarks(page)).currentInView).toBe(true);
});

test('Ctrl+K and / bring the box forward; Escape closes the panel, then clears', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await page.getByTestId('article-text').click();
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('Haqqani');
  await expect(hits(page).first()).toContainText('Haqqani');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('search-results')).toBeHidden();
  await expect(searchBox(page)).toHaveValue('Haqqani');
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');

  await page.getByTestId('article-text').click();
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('');
});

test('a match deep in a long article opens scrolled into view', async ({ page, host }) => {
  await openSeed(page, host);
  const filler = Array.from(
    { length: 60 },
    (_, i) => `Paragraph ${i + 1} reports on the weather and the markets in the valley.`,
  );
  const text = `A long report\n\n${filler.join('\n\n')}\n\nAt the very end the jirga at Landikotal agreed.\n`;
  await importText(page, 'long.txt', text, 'Paragraph 1 ');
  await page.getByRole('option', { name: new RegExp(SEED_TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);

  await searchBox(page).fill('Landikotal');
  await expect(hits(page).first()).toContainText('A long report');
  await searchBox(page).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('A long report');
  await expect
    .poll(() => findMarks(page))
    .toEqual({ matches: ['Landikotal'], current: 'Landikotal', currentInView: true });
});

test('a quote is found by its note and opens at the quote, made current', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await selectInArticle(page, SENTENCE);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  const card = page.getByTestId('notes-pane').getByTestId('highlight-card');
  await card.getByLabel('Note').fill('Corroborate with the ISPR statement of that week.');
  await expect(card.getByText('Saved')).toBeVisible();
  // Somewhere else first, so opening the hit has to travel.
  await importText(page, 'border.txt', 'Border talks\n\nTraders met at Torkham.\n', 'Torkham');

  await searchBox(page).fill('corroborate ISPR');
  const quote = hits(page).and(page.locator('[data-kind="highlight"]'));
  await expect(quote).toHaveCount(1);
  await expect(quote).toContainText(SEED_TITLE);
  await expect(page.getByTestId('search-section').filter({ hasText: 'Quotes' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/search-quote.png` });
  await quote.click();

  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  const mark = page.getByTestId('article-text').locator('mark[data-highlight-id]');
  await expect(mark).toHaveText(SENTENCE);
  await expect(mark).toBeInViewport();
  await expect(card).toHaveClass(/is-active/);
});

test('a notebook note hit opens the note in its tab', async ({ page, host }) => {
  await openSeed(page, host);
  await page.getByRole('tab', { name: 'Notebook notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByLabel('Note title').fill('Working assessment');
  await page.getByLabel('Note body').fill('The mediator question stays open: Haqqani or Kabul.');
  await expect(page.getByTestId('library').getByText('Saved')).toBeVisible();
  await page.getByRole('button', { name: /back|all notes/i }).click();
  await page.getByRole('tab', { name: 'Articles' }).click();

  await searchBox(page).fill('mediator');
  const note = hits(page).and(page.locator('[data-kind="notebookNote"]'));
  await expect(note).toContainText('Working assessment');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/search-sections-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
  await searchBox(page).press('ArrowDown');
  await expect(searchBox(page)).toHaveAttribute('aria-activedescendant', /.+/);
  await note.click();
  await expect(page.getByRole('tab', { name: 'Notebook notes' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(page.getByLabel('Note body')).toHaveValue(/mediator question/);
});

test('a malformed query says why under the box and keeps the last results greyed', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await searchBox(page).fill('ceasefire');
  await expect(hits(page).first()).toBeVisible();
  await searchBox(page).fill('"ceasefire');
  const problem = page.getByTestId('search').getByRole('status');
  await expect(problem).toHaveText(/quote/i);
  await expect(searchBox(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('search-results')).toHaveClass(/is-stale/);
  await expect(hits(page).first()).toBeVisible();
  await expect(page.getByTestId('search-summary')).toHaveText('Results for “ceasefire”');
  await page.screenshot({ path: `${SHOTS}/search-problem.png` });

  await searchBox(page).fill('"ceasefire"');
  await expect(problem).toBeHidden();
  await expect(page.getByTestId('search-results')).not.toHaveClass(/is-stale/);
});

test('Urdu text is found and opened at its match', async ({ page, host }) => {
  await openSeed(page, host);
  const urdu =
    'مذاکرات کی پیشکش مسترد\n\n' +
    'پاکستان کی حکومت نے کالعدم تحریک طالبان پاکستان کی جانب سے مذاکرات کی پیشکش مسترد کر دی ہے۔\n\n' +
    'وزیر داخلہ نے کہا کہ دہشت گردی کے خاتمے تک کوئی بات چیت نہیں ہوگی۔\n';
  await importText(page, 'urdu.txt', urdu, 'وزیر داخلہ');
  await page.getByRole('option', { name: new RegExp(SEED_TITLE) }).click();

  await searchBox(page).fill('وزیر داخلہ');
  const hit = hits(page).first();
  await expect(hit).toContainText('مذاکرات کی پیشکش مسترد');
  await expect(hit.locator('mark').first()).toHaveText(/وزیر/);
  await page.screenshot({ path: `${SHOTS}/search-urdu.png` });
  await searchBox(page).press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('مذاکرات کی پیشکش مسترد');
  await expect.poll(async () => (await findMarks(page)).current).toMatch(/^(وزیر|وزیر داخلہ)$/);
  expect((await findMarks(page)).currentInView).toBe(true);
});

test('hundreds of hits stay a short list in the page and load page by page', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await importThroughHost(
    page,
    host,
    Array.from(
      { length: 120 },
      (_, i) => `Bulletin ${i + 1}\n\nThe Torkham crossing report number ${i + 1} for the week.\n`,
    ),
  );
  await page.reload();
  await searchBox(page).fill('Torkham crossing');
  await expect(page.getByTestId('search-summary')).toHaveText(/^120 results/);
  const rendered = await hits(page).count();
  expect(rendered).toBeGreaterThan(3);
  expect(rendered).toBeLessThan(50);

  // Walking down with the keys reaches rows past the first page of 50, fetched as it nears.
  const active = hits(page).and(page.locator('[aria-selected="true"]'));
  await expect
    .poll(
      async () => {
        await searchBox(page).press('ArrowDown');
        return Number(await active.getAttribute('aria-posinset'));
      },
      { intervals: [10], timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(71);
  await expect(active).toBeInViewport();
  expect(await hits(page).count()).toBeLessThan(50);
});
