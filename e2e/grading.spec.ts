// Grading in the reader: the source's reliability (with a reason) in the header, a quote's
// credibility on its card or with Alt+digit on its mark, the grade shown as a badge (B2) on the
// card and the letter in the library, undone with Ctrl+Z, and written with the quote in exports.
import { api, expect, openSeed, SEED_TITLE, selectInArticle, SENTENCE, test } from './fixtures';

test('a source and a quote are graded, shown as B2, undone, and exported with the quote', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await selectInArticle(page, SENTENCE);
  await page.keyboard.press('h');
  const mark = page.getByTestId('article-text').locator('mark', { hasText: 'ceasefire' });
  await expect(mark).toBeVisible();
  const card = page.getByTestId('highlight-card').first();
  const badge = card.locator('.grade-badge');
  await expect(badge).toHaveCount(0);

  // The source: B, usually reliable, and why.
  await page.getByLabel('Source reliability').selectOption('B');
  await expect(badge).toHaveText('B–');
  const reason = page.getByLabel('Why this grade');
  await reason.fill('Established daily, named sources');
  await reason.press('Enter');
  const row = page.getByTestId('library').getByRole('option', { name: new RegExp(SEED_TITLE) });
  await expect(row.locator('.article-item__grade')).toHaveText(/^B/);

  // The quote: 2 from its card, then 4 with Alt+4 on its mark.
  await card.getByLabel('Credibility of this information').selectOption('2');
  await expect(badge).toHaveText('B2');
  await expect(badge).toHaveAttribute('title', 'B2: usually reliable source; probably true');
  await mark.click();
  await page.keyboard.press('Alt+4');
  await expect(badge).toHaveText('B4');
  await expect(card.getByLabel('Credibility of this information')).toHaveValue('4');
  await page
    .getByTestId('highlight-card')
    .first()
    .screenshot({
      path: test.info().outputPath('graded-card.png'),
    });
  await page.locator('.article-header').screenshot({
    path: test.info().outputPath('graded-header.png'),
  });

  // Undo takes back the last grade only.
  await page.locator('.reader__page h1').click();
  await page.keyboard.press('Control+z');
  await expect(badge).toHaveText('B2');

  // After a reload the grade and the reason are still there.
  await page.reload();
  await expect(page.getByTestId('highlight-card').first().locator('.grade-badge')).toHaveText('B2');
  await expect(page.getByLabel('Source reliability')).toHaveValue('B');
  await expect(page.getByLabel('Why this grade')).toHaveValue('Established daily, named sources');

  // The export preview writes the grade with the quote.
  await page.getByRole('button', { name: 'Export…' }).click();
  const preview = page.getByRole('dialog', { name: 'Export' }).getByTestId('export-preview');
  await expect(preview).toContainText('[B2]');

  // Search finds the quote by its grade.
  await page.keyboard.press('Escape');
  const search = page.getByRole('combobox', { name: /search/i });
  await search.fill('grade:B2');
  await expect(page.getByRole('option', { name: /ceasefire/ }).first()).toBeVisible();
});

test('a quote is linked to a corroborating quote in another source, shown from both', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const other = await api(host, 'articles.importText', {
    text: 'Officials confirmed that a ceasefire was announced at the time.',
    fileName: 'confirmation.txt',
  });
  await api(host, 'articles.update', { id: other.id, title: 'Officials confirm ceasefire' });
  const text = String(other.text);
  const start = text.indexOf('a ceasefire was announced');
  await api(host, 'highlights.create', {
    articleId: other.id,
    start,
    end: start + 'a ceasefire was announced'.length,
  });

  await selectInArticle(page, SENTENCE);
  await page.keyboard.press('h');
  const card = page.getByTestId('highlight-card').first();
  await card.getByRole('button', { name: 'Corroborated by…' }).click();
  const picker = page.getByLabel('Find a corroborating quote in another source');
  await picker.fill('ceasefire announced');
  await page
    .getByTestId('quote-picker')
    .getByRole('option', { name: /Officials confirm ceasefire/ })
    .click();
  const links = card.getByRole('list', { name: 'Corroborated by' });
  await expect(links).toContainText('a ceasefire was announced');
  await expect(links).toContainText('Officials confirm ceasefire');
  await card.screenshot({ path: test.info().outputPath('corroborated-card.png') });

  // From the other end: open the corroborating source; its card names the seed article.
  await links.getByRole('button', { name: /a ceasefire was announced/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Officials confirm ceasefire');
  const back = page
    .getByTestId('highlight-card')
    .first()
    .getByRole('list', { name: 'Corroborated by' });
  await expect(back).toContainText(SENTENCE);
  await expect(back).toContainText(SEED_TITLE);

  // Unlinked from there, it is gone from both.
  await back.getByRole('button', { name: /Unlink/ }).click();
  await expect(back).toHaveCount(0);
});
