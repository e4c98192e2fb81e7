// What the cleaner removed survives a new version: after Edit text… the removed blocks are
// still counted, shown in place, and can be put back.
import { expect, test } from './fixtures';

test('Edit text… keeps the removed blocks, shown and restorable', async ({ page, host }) => {
  await page.goto(host.url);
  const body = page.getByTestId('article-text');
  await expect(body).toContainText('ceasefire');
  const toggle = page.getByRole('switch', { name: /Show removed/ });
  const label = (await toggle.textContent()) ?? '';
  const count = Number(/\((\d+)\)/.exec(label)?.[1]);
  expect(count).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Edit text…' }).click();
  const box = page.getByLabel('Article text');
  const text = await box.inputValue();
  await box.fill(text.replace('ceasefire', 'truce'));
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByTestId('revision-outcome')).toBeVisible({ timeout: 15_000 });
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(body).toContainText('truce');

  await expect(toggle).toHaveText(new RegExp(`Show removed \\(${count}\\)`));
  await toggle.click();
  const removed = page.getByTestId('removed-block');
  await expect(removed).toHaveCount(count);
  // Put back, a removed block becomes part of the new version's text.
  const first = (
    (await removed.first().locator('.removed-block__text').textContent()) ?? ''
  ).trim();
  await removed.first().getByRole('button', { name: 'Put back' }).click();
  await expect(removed).toHaveCount(count - 1);
  await expect(toggle).toHaveText(new RegExp(`Show removed \\(${count - 1}\\)`));
  expect(first.length).toBeGreaterThan(0);
});
