// Find in the article: Ctrl/Cmd+F opens the find bar, every match of the words is marked (CSS
// Custom Highlights), Enter / F3 / Shift+Enter step through them with the current one in the
// middle of the reader, Escape closes and clears; a search hit opens its article at the match.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openSeed, selectInArticle, test } from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

/** How many ranges each find highlight holds, and the text of the current one. */
function marks(page: Page) {
  return page.evaluate(() => ({
    all: CSS.highlights.get('search-match')?.size ?? 0,
    current: [...(CSS.highlights.get('search-current') ?? [])].map((r) => r.toString()),
  }));
}

/** Where the current match sits in the reader's scrolling box: 0 top, 0.5 middle, 1 bottom. */
function currentPlace(page: Page) {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('search-current') ?? [])][0] as Range | undefined;
    const box = document.querySelector('.reader__scroll')!.getBoundingClientRect();
    if (!range) return null;
    const rect = range.getBoundingClientRect();
    return (rect.top + rect.height / 2 - box.top) / box.height;
  });
}

/** The seed article's text, to count the words the way a reader would see them. */
async function occurrences(page: Page, word: RegExp) {
  const text = await page.getByTestId('article-text').innerText();
  return text.match(word)?.length ?? 0;
}

test('Ctrl+F finds a word in the open article, marks every match and steps through them', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const reader = page.getByRole('region', { name: 'Article' });
  await reader.getByTestId('article-text').click();
  await page.keyboard.press('Control+f');
  const bar = page.getByTestId('find-bar');
  await expect(bar).toBeVisible();
  const input = bar.getByRole('textbox', { name: 'Find in the article' });
  await expect(input).toBeFocused();

  await input.fill('talks');
  const total = await occurrences(page, /\btalks\b/gi);
  expect(total).toBeGreaterThan(3);
  const status = bar.getByTestId('find-status');
  await expect(status).toHaveText(`1 of ${total}`);
  await expect.poll(async () => (await marks(page)).all).toBe(total);
  expect((await marks(page)).current).toEqual(['talks']);

  const firstPlace = await currentPlace(page);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`2 of ${total}`);
  await page.keyboard.press('F3');
  await expect(status).toHaveText(`3 of ${total}`);
  // The current match is in view (and the marks were not all moved onto one range).
  const place = await currentPlace(page);
  expect(place).not.toBeNull();
  expect(place!).toBeGreaterThan(0);
  expect(place!).toBeLessThan(1);
  expect(place).not.toBe(firstPlace);
  expect((await marks(page)).all).toBe(total);

  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText(`2 of ${total}`);
  // Backwards from the first wraps round to the last.
  await page.keyboard.press('Shift+Enter');
  await page.keyboard.press('Shift+Enter');
  await expect(status).toHaveText(`${total} of ${total}`);
  await page.keyboard.press('Enter');
  await expect(status).toHaveText(`1 of ${total}`);

  await reader.screenshot({ path: `${SHOTS}/find-in-article.png` });

  // The marks follow the text when a highlight cuts it into new pieces.
  await input.press('Escape');
  await expect(bar).toBeHidden();
  expect(await marks(page)).toEqual({ all: 0, current: [] });

  await page.keyboard.press('Control+f');
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('talks');
  await expect.poll(async () => (await marks(page)).all).toBe(total);
  await selectInArticle(page, 'resume talks, citing');
  await page
    .getByTestId('selection-toolbar')
    .getByRole('button', { name: /Highlight/ })
    .click();
  await expect(page.getByTestId('highlight-card')).toHaveCount(1);
  await expect
    .poll(async () => page.evaluate(() => [...CSS.highlights.get('search-match')!].map(String)))
    .toEqual(Array(total).fill('talks'));
});

test('A word that is not there says so, and a malformed query says why', async ({ page, host }) => {
  await openSeed(page, host);
  await page.keyboard.press('Control+f');
  const bar = page.getByTestId('find-bar');
  const input = bar.getByRole('textbox', { name: 'Find in the article' });
  await input.fill('zeppelin');
  await expect(bar.getByTestId('find-status')).toHaveText('No matches');
  await expect(bar.getByRole('button', { name: 'Next match' })).toBeDisabled();
  expect((await marks(page)).all).toBe(0);

  await input.fill('(talks');
  await expect(bar.getByTestId('find-status')).toContainText('“(”');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  // The bar stays open for the words to be corrected.
  await input.fill('ceasefire');
  await expect(bar.getByTestId('find-status')).toHaveText(/^1 of [1-9]/);
  await expect(input).not.toHaveAttribute('aria-invalid', 'true');
});

test('In a long article the current match is brought to the middle of the reader', async ({
  page,
  host,
}) => {
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) =>
      `Paragraph ${i + 1} reports on the border at length, with words that fill the line ` +
      `and make the article long enough to scroll through${i % 20 === 9 && i < 60 ? ', near Torkham' : ''}.`,
  );
  await page.goto(host.url);
  await expect(page.getByTestId('library')).toBeVisible();
  await page.getByTestId('import-input').setInputFiles({
    name: 'long-report.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`A long report\n\n${paragraphs.join('\n\n')}\n`),
  });
  await expect(page.getByTestId('article-text')).toContainText('Paragraph 80');

  await page.keyboard.press('Control+f');
  const bar = page.getByTestId('find-bar');
  await bar.getByRole('textbox', { name: 'Find in the article' }).fill('Torkham');
  await expect(bar.getByTestId('find-status')).toHaveText('1 of 3');
  await expect.poll(() => currentPlace(page)).toBeCloseTo(0.5, 1);
  await page.keyboard.press('F3');
  await expect(bar.getByTestId('find-status')).toHaveText('2 of 3');
  await expect.poll(() => currentPlace(page)).toBeCloseTo(0.5, 1);
  await page.keyboard.press('Shift+F3');
  await page.keyboard.press('Shift+F3');
  await expect(bar.getByTestId('find-status')).toHaveText('3 of 3');
  await expect.poll(() => currentPlace(page)).toBeCloseTo(0.5, 1);
});

test('A search hit opens its article scrolled to the match with every match marked', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const search = page.getByRole('combobox', { name: 'Search' });
  await search.fill('ceasefire');
  const hit = page
    .getByRole('listbox', { name: 'Search results' })
    .getByRole('option')
    .filter({ hasText: /ceasefire/i })
    .first();
  await expect(hit).toBeVisible();
  await page.keyboard.press('Enter');

  const bar = page.getByTestId('find-bar');
  await expect(bar).toBeVisible();
  await expect(bar.getByRole('textbox', { name: 'Find in the article' })).toHaveValue('ceasefire');
  const total = await occurrences(page, /\bceasefire\b/gi);
  await expect(bar.getByTestId('find-status')).toHaveText(new RegExp(`^\\d of ${total}$`));
  await expect.poll(async () => (await marks(page)).all).toBe(total);
  expect((await marks(page)).current).toEqual(['ceasefire']);
  // The bar has the keyboard: Enter steps on.
  await page.keyboard.press('Enter');
  await expect(bar.getByTestId('find-status')).toHaveText(new RegExp(`^\\d of ${total}$`));
});

test('A hit deep in a long article opens it scrolled there, though the text renders in steps', async ({
  page,
  host,
}) => {
  const paragraphs = Array.from(
    { length: 200 },
    (_, i) =>
      `Paragraph ${i + 1} describes the crossing in plain words, long enough to fill a line or ` +
      `two of the reader${i === 170 ? ', where the Zarghun convoy stopped' : ''}.`,
  );
  await openSeed(page, host);
  await page.getByTestId('import-input').setInputFiles({
    name: 'convoy-report.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Convoy report\n\n${paragraphs.join('\n\n')}\n`),
  });
  await expect(page.getByTestId('article-text')).toContainText('Paragraph 200');
  // Back to the seed article, then to the hit through the search box.
  await page.getByTestId('library').getByText('Pakistan rejects TTP’s offer').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Pakistan rejects/);
  await page.getByRole('combobox', { name: 'Search' }).fill('Zarghun');
  await expect(
    page.getByRole('listbox', { name: 'Search results' }).getByRole('option').first(),
  ).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(page.getByTestId('article-text')).toContainText('Paragraph 1 describes');
  await expect(page.getByTestId('find-status')).toHaveText('1 of 1');
  await expect.poll(async () => (await marks(page)).current).toEqual(['Zarghun']);
  await expect.poll(() => currentPlace(page)).toBeCloseTo(0.5, 1);
});
