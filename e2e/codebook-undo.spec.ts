// Undo after a codebook change: a rename is undone, and a merge (which retags highlights across
// the notebook) is said plainly not to be undoable instead of undoing an older, unrelated step.
import type { Locator } from '@playwright/test';
import {
  codebookRow,
  expect,
  highlightPhrase as highlight,
  openSeed,
  tagCard as tag,
  test,
} from './fixtures';

test('undo after a codebook merge says it cannot, and leaves earlier tags alone', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const first = await highlight(page, 'For that purpose, a ceasefire was also announced.');
  await tag(first, 'Earlier');
  await tag(first, 'Alpha');
  const second = await highlight(page, 'resume talks');
  await tag(second, 'Beta');
  const chips = (card: Locator) => card.locator('.tag-picker > .tag-chip');

  await page.getByRole('tab', { name: 'Codebook' }).click();
  const editor = page.getByTestId('tag-editor');
  // A rename is undone with Ctrl+Z from the codebook.
  await codebookRow(page, 'Beta').click();
  await editor.getByRole('button', { name: 'Rename' }).click();
  await editor.getByRole('textbox').fill('Gamma');
  await editor.getByRole('button', { name: 'Rename' }).click();
  await expect(codebookRow(page, 'Gamma')).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(codebookRow(page, 'Beta')).toBeVisible();
  await expect(codebookRow(page, 'Gamma')).toHaveCount(0);

  // Merge Alpha into Beta, then Ctrl+Z.
  await codebookRow(page, 'Alpha').click();
  await editor.getByRole('button', { name: 'Merge' }).click();
  await editor.getByRole('combobox').selectOption({ label: 'Beta' });
  await editor.getByRole('button', { name: 'Merge…' }).click();
  await editor.getByRole('button', { name: 'Confirm merge' }).click();
  await expect(codebookRow(page, 'Alpha')).toHaveCount(0);
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Control+z');
  await expect(page.getByText(/The merge of Alpha into Beta cannot be undone/)).toBeVisible();
  // Nothing older was undone: the first highlight still carries Earlier (and now Beta).
  await expect(chips(first).filter({ hasText: 'Earlier' })).toHaveCount(1);
  await expect(chips(first).filter({ hasText: 'Beta' })).toHaveCount(1);
  await expect(codebookRow(page, 'Earlier')).toBeVisible();
  await expect(codebookRow(page, 'Alpha')).toHaveCount(0);
});
