// An article whose source names no outlet says "Outlet unknown" (never its file name) and asks
// for the outlet once, in place; set aside, the question does not come back.
import { expect, pasteText, test } from './fixtures';

test('an unknown outlet is said so and asked for once, in place', async ({ page, host }) => {
  await page.goto(host.url);
  await expect(page.getByTestId('library').getByRole('option')).toHaveCount(1);

  await pasteText(
    page,
    'Field notes from Quetta\n\nThe market reopened after the strike ended on Friday.',
  );
  await expect(page.getByTestId('article-text')).toContainText('The market reopened');
  const row = page.getByTestId('library').getByRole('option', { name: /Field notes from Quetta/ });
  await expect(row).toContainText('Outlet unknown');
  await expect(row).not.toContainText('Pasted text');

  // Asked in place: the field is there without taking the keyboard from the reader.
  const ask = page.getByLabel('Outlet unknown:');
  await expect(ask).toBeVisible();
  await expect(ask).not.toBeFocused();
  await page.locator('.article-header').screenshot({ path: test.info().outputPath('asked.png') });
  await ask.fill('Quetta Voice');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.locator('.article-meta__source')).toHaveText('Quetta Voice');
  await expect(row).toContainText('Quetta Voice');

  // Another one, set aside: after a reload it says "Outlet unknown" and asks no more.
  await page.getByRole('button', { name: 'Dismiss the import summary' }).click();
  await pasteText(
    page,
    'Notes from Chaman\n\nTraders waited at the crossing for a second day on Sunday.',
  );
  await expect(page.getByTestId('article-text')).toContainText('Traders waited');
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect(page.getByLabel('Outlet unknown:')).toHaveCount(0);
  await page.reload();
  await page
    .getByTestId('library')
    .getByRole('option', { name: /Notes from Chaman/ })
    .click();
  await expect(page.getByTestId('article-text')).toContainText('Traders waited');
  await expect(page.getByRole('button', { name: 'Outlet unknown' })).toBeVisible();
  await expect(page.getByLabel('Outlet unknown:')).toHaveCount(0);
  // The first one kept its outlet across the reload.
  await expect(
    page.getByTestId('library').getByRole('option', { name: /Field notes from Quetta/ }),
  ).toContainText('Quetta Voice');
});
