// A highlight dragged from its card into a notebook note goes in where it is dropped, set apart
// as a quote of its own, and the note's preview shows it with its source.
import { expect, openSeed, SEED_TITLE, selectInArticle, SENTENCE, test } from './fixtures';

test('a highlight card dragged into a notebook note is quoted there', async ({ page, host }) => {
  await openSeed(page, host);
  await selectInArticle(page, SENTENCE);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  const card = page.getByTestId('highlight-card').filter({ hasText: SENTENCE });
  await expect(card).toHaveCount(1);
  const id = await card.getAttribute('data-highlight-id');

  await page.getByRole('tab', { name: 'Notebook notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const editor = page.getByTestId('notebook-note');
  await editor.getByLabel('Note title').fill('Ceasefire');
  const box = editor.getByLabel('Note body');
  await box.fill('Why it matters.');

  await card.getByRole('button', { name: SENTENCE }).dragTo(box);
  await expect(box).toHaveValue(`Why it matters.\n\n[[highlight:${id}]]\n\n`);
  const quoted = editor.getByTestId('notebook-note-preview').getByTestId('quoted-highlight');
  await expect(quoted).toContainText(SENTENCE);
  await expect(quoted).toContainText(SEED_TITLE);
  await expect(editor.getByText('Saved')).toBeVisible();
});
