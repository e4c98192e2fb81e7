// The library list at a size that needs virtualising: only the rows in view are in the page,
// the keys move the selection and keep it in view, the filter keeps the selected row in view,
// and a change made in the reader shows in the list without a reload.
import type { APIRequestContext } from '@playwright/test';
import { api, expect, SENTENCE, selectInArticle, test, type Host } from './fixtures';

const COUNT = 120;

/** Imports `COUNT` short articles through the host, titled "Report 000" and up. */
async function importReports(request: APIRequestContext, host: Host) {
  for (let i = 0; i < COUNT; i++) {
    const number = String(i).padStart(3, '0');
    const response = await request.post(`${host.origin}/api/articles.importText`, {
      headers: { Authorization: `Bearer ${host.token}` },
      data: {
        text: `Report ${number} on the border\n\nTalks resumed at Torkham, report ${number} said.`,
        fileName: `report-${number}.txt`,
      },
    });
    expect((await response.json()).ok).toBe(true);
  }
}

test('a long library keeps only the rows in view, and the keys move through all of it', async ({
  page,
  host,
  request,
}) => {
  await importReports(request, host);
  await page.goto(host.url);
  const library = page.getByTestId('library');
  await expect(library.locator('.count').first()).toHaveText(String(COUNT + 1));
  const list = page.getByRole('listbox', { name: 'Articles' });
  const rows = list.getByRole('option');
  await expect(rows.first()).toBeVisible();
  // Virtualised: a screenful of rows, not all of them.
  const inPage = await rows.count();
  expect(inPage).toBeGreaterThan(5);
  expect(inPage).toBeLessThan(50);
  await expect(rows.first()).toHaveAttribute('aria-setsize', String(COUNT + 1));

  const selected = list.locator('[aria-selected="true"]');
  await selected.focus();
  await page.keyboard.press('End');
  // The last article (by the list's order) is selected, in view, focused, and opened.
  await expect(selected).toHaveAttribute('aria-posinset', String(COUNT + 1));
  await expect(selected).toBeInViewport();
  await expect(selected).toBeFocused();
  const lastTitle = (await selected.locator('.article-item__title').textContent())!;
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(lastTitle);

  await page.keyboard.press('Home');
  await expect(selected).toHaveAttribute('aria-posinset', '1');
  await expect(selected).toBeInViewport();
  await page.keyboard.press('PageDown');
  const afterPage = Number(await selected.getAttribute('aria-posinset'));
  expect(afterPage).toBeGreaterThan(3);
  await expect(selected).toBeInViewport();
  await page.keyboard.press('ArrowDown');
  await expect(selected).toHaveAttribute('aria-posinset', String(afterPage + 1));
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(selected).toHaveAttribute('aria-posinset', String(afterPage - 1));
  await expect(selected).toBeFocused();

  // Far down the list, then a filter that keeps it: the selected row is still in view.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  const chosen = (await selected.getAttribute('data-article-id'))!;
  await page.getByLabel('Filter articles').fill('report');
  await expect(list.locator(`[data-article-id="${chosen}"]`)).toBeInViewport();
  await page.getByLabel('Filter articles').fill('report 11');
  await expect(rows).toHaveCount(10);
  await page.getByLabel('Filter articles').fill('');
  await expect(list.locator(`[data-article-id="${chosen}"]`)).toBeInViewport();
});

test('a highlight made in the reader updates the library count without a reload', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  const selected = page
    .getByRole('listbox', { name: 'Articles' })
    .locator('[aria-selected="true"]');
  const count = selected.locator('.article-item__count');
  const before = Number((await count.textContent())!.match(/\d+/)![0]);
  await expect(page.getByTestId('article-text')).toContainText(SENTENCE);
  await selectInArticle(page, SENTENCE);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  await expect(page.getByTestId('highlight-card')).toHaveCount(before + 1);
  await expect(count).toContainText(String(before + 1));
  // Undo takes it back in the list too.
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(count).toContainText(String(before));
});

test('rows of different heights stay apart, whatever the filter brings into each place', async ({
  page,
  host,
}) => {
  // Short and long titles mixed, so the rows a filter brings in differ in height from the rows
  // they replace.
  const words = 'border talks resumed at Torkham after the crossing was closed for weeks by both';
  for (let i = 0; i < 40; i++) {
    const long = i % 3 === 0;
    const title = `${i % 2 ? 'Odd' : 'Even'} ${long ? `${words} ${words}` : 'note'} ${i}`;
    const article = await api(host, 'articles.importText', {
      text: `Text of report ${i}.`,
      fileName: `r-${i}.txt`,
    });
    await api(host, 'articles.update', { id: article.id, title });
  }
  await page.goto(host.url);
  const list = page.getByRole('listbox', { name: 'Articles' });
  await expect(list.getByRole('option').first()).toBeVisible();
  // Each row's top is below the one before it and close to it (the list's 2 px gap).
  const gaps = () =>
    list.evaluate((ul) => {
      const boxes = [...ul.querySelectorAll('[role="option"]')]
        .map((row) => row.getBoundingClientRect())
        .sort((a, b) => a.top - b.top);
      return boxes.slice(1).map((box, i) => Math.round(box.top - boxes[i]!.bottom));
    });
  const filter = page.getByLabel('Filter articles');
  for (const typed of ['', 'odd', 'even', 'e', 'border', 'note', '']) {
    await filter.fill(typed);
    await expect
      .poll(async () => (await gaps()).filter((gap) => gap < 1 || gap > 4), {
        message: `rows overlap or stand apart after filtering by “${typed}”`,
      })
      .toEqual([]);
    expect((await gaps()).length).toBeGreaterThan(3);
  }
});
