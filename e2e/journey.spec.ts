// The analyst's journey through the real renderer and browser host: read, highlight, annotate,
// reload, export; plus the host's token check and the notices a failure must produce.
// Each test starts its own host on a fresh temp data folder; `out/` must be built first.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, openSeed, SEED_TITLE, selectInArticle, SENTENCE, test } from './fixtures';

test('highlight a sentence, annotate it, reload, and export it with the quote', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  // The token is taken from the address and then removed from it.
  await expect.poll(() => page.url()).not.toContain('token');

  await selectInArticle(page, SENTENCE);
  const toolbar = page.getByTestId('selection-toolbar');
  await expect(toolbar).toBeVisible();
  await toolbar.getByRole('button', { name: 'Highlight' }).click();
  await expect(toolbar).toBeHidden();

  const mark = page.getByTestId('article-text').locator('mark[data-highlight-id]');
  await expect(mark).toHaveText(SENTENCE);
  const card = page.getByTestId('notes-pane').getByTestId('highlight-card');
  await expect(card).toHaveCount(1);
  await expect(card).toContainText(SENTENCE);
  await expect(card).toContainText('¶ 3');
  await expect(
    page
      .getByTestId('library')
      .getByRole('option', { selected: true })
      .locator('.article-item__count'),
  ).toHaveText('1 highlight');

  const note = 'Ceasefire came *with* the talks; compare the [Dawn report](https://www.dawn.com/).';
  await card.getByLabel('Note').fill(note);
  await expect(card.getByText('Saved')).toBeVisible();
  // The preview renders the Markdown, and its link opens outside the app.
  await expect(card.locator('.note-preview em')).toHaveText('with');
  await expect(card.getByRole('link', { name: 'Dawn report' })).toHaveAttribute('target', '_blank');

  await page.getByLabel('Article note').fill('TTP talks: government position, June 2024.');
  await expect(page.locator('.article-note').getByText('Saved')).toBeVisible();

  await page.reload();
  await expect(page.getByTestId('article-text').locator('mark[data-highlight-id]')).toHaveText(
    SENTENCE,
  );
  await expect(card).toHaveCount(1);
  await expect(card.getByLabel('Note')).toHaveValue(note);
  await expect(page.getByLabel('Article note')).toHaveValue(
    'TTP talks: government position, June 2024.',
  );

  const [download] = await Promise.all([page.waitForEvent('download'), exportMarkdown(page)]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const exported = await readFile((await download.path())!, 'utf8');
  expect(exported).toContain(`> ${SENTENCE}`);
  expect(exported).toContain(note);
  expect(exported).toContain(SEED_TITLE);
});

test('marks and cards lead to each other; `h` highlights; overlaps render; delete removes', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const body = page.getByTestId('article-text');
  const cards = page.getByTestId('highlight-card');

  // Highlight a later sentence first, with the keyboard.
  await selectInArticle(page, SENTENCE);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('h');
  await expect(cards).toHaveCount(1);

  // Then an earlier phrase, and one overlapping the first highlight.
  await selectInArticle(page, 'Pakistani authorities have declined an offer');
  await page.getByRole('button', { name: 'Highlight' }).click();
  await expect(cards).toHaveCount(2);
  await selectInArticle(page, 'a ceasefire was also');
  await page.getByRole('button', { name: 'Highlight' }).click();
  await expect(cards).toHaveCount(3);

  // Cards follow the document, not the order they were made in.
  await expect(cards.nth(0)).toContainText('Pakistani authorities have declined an offer');
  await expect(cards.nth(1)).toContainText(SENTENCE);
  await expect(cards.nth(2)).toContainText('a ceasefire was also');
  // The overlap nests: the inner words sit inside both highlights' marks.
  await expect(body.locator('mark mark')).toHaveText('a ceasefire was also');

  // Clicking a mark selects it: the keyboard stays on the mark, its card is marked current,
  // and `n` then leads into the card's note.
  const clicked = body.locator('mark', { hasText: 'Pakistani authorities have declined an offer' });
  await clicked.click();
  await expect(clicked).toBeFocused();
  await expect(cards.nth(0)).toHaveClass(/is-active/);
  await page.keyboard.press('n');
  await expect(cards.nth(0).getByLabel('Note')).toBeFocused();

  // Clicking a card's quote flashes its mark in the article and focuses it; Enter leads back.
  await cards.nth(1).getByRole('button', { name: SENTENCE }).click();
  const firstId = await cards.nth(1).getAttribute('data-highlight-id');
  const firstMark = body.locator(`mark[data-highlight-id="${firstId}"]`).first();
  await expect(firstMark).toHaveAttribute('data-flash');
  await expect(firstMark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(cards.nth(1).getByLabel('Note')).toBeFocused();

  // A new color sticks.
  await cards.nth(0).getByRole('radio', { name: 'Green' }).click();
  await expect(cards.nth(0).getByRole('radio', { name: 'Green' })).toHaveAttribute(
    'aria-checked',
    'true',
  );
  await expect(body.locator('mark.mark--green')).toHaveText(
    'Pakistani authorities have declined an offer',
  );

  await cards.nth(2).getByRole('button', { name: 'Delete' }).click();
  await expect(cards).toHaveCount(2);
  await expect(body.locator('mark mark')).toHaveCount(0);
});

test('Urdu and emoji are quoted exactly, and a cut emoji is widened to the whole grapheme', async ({
  page,
  host,
}) => {
  const family = '👨‍👩‍👧';
  const urdu = 'تحریک طالبان پاکستان';
  const text =
    'Names in the sources\n\n' +
    `The group calls itself ${urdu} in its statements ${family} and the press writes TTP.\n\n` +
    'The province of Khyber-Pakhtunkhwa (خیبر پختونخوا) borders Afghanistan along the Durand Line.\n';
  await openSeed(page, host);
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'names.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  const body = page.getByTestId('article-text');
  await expect(body).toContainText(urdu);
  // Mostly English: no direction is forced on the article, each paragraph finds its own.
  await expect(body).not.toHaveAttribute('dir', /./);
  await expect(body.locator('[dir="auto"]').first()).toBeVisible();

  await selectInArticle(page, urdu);
  await page.getByRole('button', { name: 'Highlight' }).click();
  const cards = page.getByTestId('highlight-card');
  await expect(cards).toHaveCount(1);
  await expect(cards.first().locator('.highlight-card__quote')).toHaveText(urdu);
  await expect(body.locator('mark')).toHaveText(urdu);

  // End the selection inside the ZWJ sequence: after the man and the joiner only.
  await body.evaluate((container, emoji) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const textNode = node as Text;
      const at = textNode.data.indexOf(emoji);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(textNode, textNode.data.indexOf('statements'));
      range.setEnd(textNode, at + 3);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      container.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
  }, family);
  await page.getByRole('button', { name: 'Highlight' }).click();
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(1).locator('.highlight-card__quote')).toHaveText(`statements ${family}`);

  const [download] = await Promise.all([page.waitForEvent('download'), exportMarkdown(page)]);
  const exported = await readFile((await download.path())!, 'utf8');
  expect(exported).toContain(`> ${urdu}`);
  expect(exported).toContain(`> statements ${family}`);
});

test('an API call with a wrong or missing token is refused with 401', async ({ request, host }) => {
  const wrong = await request.post(`${host.origin}/api/articles.list`, {
    headers: { Authorization: 'Bearer not-the-token' },
    data: {},
  });
  expect(wrong.status()).toBe(401);
  const missing = await request.post(`${host.origin}/api/articles.list`, { data: {} });
  expect(missing.status()).toBe(401);
  const right = await request.post(`${host.origin}/api/articles.list`, {
    headers: { Authorization: `Bearer ${host.token}` },
    data: {},
  });
  expect(right.status()).toBe(200);
  expect((await right.json()).ok).toBe(true);
});

test('imports report each failing file by name, and good files still import', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await page.getByTestId('import-input').setInputFiles([
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    {
      name: 'briefing.md',
      mimeType: 'text/markdown',
      buffer: Buffer.from('# Border crossings reopen\n\nTorkham reopened on Monday after talks.\n'),
    },
  ]);
  const panel = page.getByTestId('import-panel');
  await expect(panel.getByTestId('import-summary')).toContainText('1 imported, 1 failed');
  await expect(panel.getByRole('list', { name: 'Failures' })).toContainText(
    '“empty.txt” is empty.',
  );
  await expect(page.getByTestId('library').getByRole('option')).toHaveCount(2);
  await expect(page.getByTestId('article-text')).toContainText('Torkham reopened on Monday');

  await panel.getByRole('button', { name: 'Dismiss the import summary' }).click();
  await expect(panel).toHaveCount(0);
});

test('a detail the host rejects is explained beside the field', async ({ page, host }) => {
  await openSeed(page, host);
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Outlet').fill('The Express Tribune');
  await page.getByLabel('Address').fill('ftp://example.org/article');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByLabel('Address')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#details-url-error')).toContainText('http:// or https:// address');
  await expect(page.getByLabel('Address')).toBeFocused();

  await page.getByLabel('Address').fill('https://tribune.com.pk/story/2423380');
  await page.getByRole('button', { name: 'Save details' }).click();
  const meta = page.locator('.article-meta');
  await expect(meta).toContainText('The Express Tribune');
  await expect(meta.getByRole('link', { name: 'tribune.com.pk/story/2423380' })).toBeVisible();
  await expect(page.getByTestId('library')).toContainText('The Express Tribune');
});

test('a damaged library.json is restored from backup and the user is told', async ({
  page,
  host,
}) => {
  // The second start finds a good library.json and backs it up; then the file is damaged.
  await host.restart();
  await host.stop();
  await writeFile(join(host.dataDir, 'library.json'), '{"schemaVersion": 1, "articles": [');
  await host.restart();

  await page.goto(host.url);
  const notice = page.getByRole('alert').filter({ hasText: 'library.json was damaged' });
  await expect(notice).toContainText('restored from the backup');
  await expect(page.getByTestId('library')).toContainText(SEED_TITLE);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  // Dismissed in the notebook too: it does not come back on reload.
  await page.reload();
  await expect(page.getByTestId('library')).toContainText(SEED_TITLE);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

/** Opens the Export dialog and saves the open article as Markdown (the dialog's defaults). */
async function exportMarkdown(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await expect(dialog.getByRole('radio', { name: 'Markdown' })).toBeChecked();
  await dialog.getByRole('button', { name: /^Save/ }).click();
}
