// A new version that changes a quote's words ("Haqqani" → "Haqani"): the highlight is found on
// the new words, and its card says what the words were and which version changed them.
import type { Page } from '@playwright/test';
import { expect, openSeed, selectInArticle, test } from './fixtures';

/** Edit text…: "Haqqani" becomes "Haqani", saved as a new version. */
async function reviseHaqqani(page: Page) {
  await page.getByRole('button', { name: 'Edit text…' }).click();
  const box = page.getByLabel('Article text');
  await box.fill((await box.inputValue()).replace('Haqqani, acted', 'Haqani, acted'));
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByTestId('revision-outcome')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Done' }).click();
}

test('a quote whose words a new version changed says so on its card', async ({ page, host }) => {
  await openSeed(page, host);
  await selectInArticle(page, 'Haqqani, acted as a mediator');
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  const card = page.getByTestId('highlight-card').filter({ hasText: 'acted as a mediator' });
  await expect(card).toBeVisible();
  await expect(card.getByTestId('words-changed')).toHaveCount(0);

  await reviseHaqqani(page);

  await expect(card.locator('.highlight-card__quote')).toHaveText('Haqani, acted as a mediator');
  const changed = card.getByTestId('words-changed');
  await expect(changed).toContainText('Words changed in version 2');
  await changed.locator('summary').click();
  await expect(changed.locator('del')).toHaveText('Haqqani');
  await expect(changed.locator('ins')).toHaveText('Haqani');
  await expect(changed).toContainText('Before: “Haqqani, acted as a mediator”');
  await card.screenshot({ path: test.info().outputPath('words-changed.png') });

  // It is stored: after a reload the card still says so.
  await page.reload();
  await expect(page.getByTestId('highlight-card').getByTestId('words-changed')).toContainText(
    'version 2',
  );
});

test('the export preview gives the current words and says what they were', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await selectInArticle(page, 'Haqqani, acted as a mediator');
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  await reviseHaqqani(page);

  await page.getByRole('button', { name: 'Export…' }).click();
  const preview = page.getByRole('dialog', { name: 'Export' }).getByTestId('export-preview');
  await expect(preview.locator('blockquote')).toContainText('Haqani, acted as a mediator');
  await expect(preview).toContainText(
    /Words changed in version 2 \(\d{4}-\d{2}-\d{2}\); before: “Haqqani, acted as a mediator”/,
  );
});
