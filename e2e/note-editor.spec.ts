// A notebook note written over the whole window: formatting from the toolbar, a quote found by
// the notebook's search and inserted at the cursor, shown in the live preview with its source.
import { mkdirSync } from 'node:fs';
import { expect, openSeed, SEED_TITLE, selectInArticle, SENTENCE, test } from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

test('a note is written full width, with a quote inserted by search', async ({ page, host }) => {
  await openSeed(page, host);
  for (const phrase of [SENTENCE, 'acted as a mediator']) {
    await selectInArticle(page, phrase);
    await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
    await expect(page.getByTestId('highlight-card').filter({ hasText: phrase })).toHaveCount(1);
  }

  await page.getByRole('tab', { name: 'Notebook notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  await page.getByTestId('notebook-note').getByLabel('Note title').fill('Mediation');
  await page.getByRole('button', { name: 'Widen' }).click();
  const overlay = page.getByTestId('note-overlay');
  await expect(overlay).toBeVisible();
  const box = overlay.getByLabel('Note body');
  const width = (await box.boundingBox())!.width;
  expect(width).toBeGreaterThan(500);

  // A heading from the toolbar, then text, then the quote found by its words.
  await box.fill('Who mediates');
  await box.selectText();
  await overlay.getByRole('button', { name: 'Heading' }).click();
  await expect(box).toHaveValue('## Who mediates');
  await box.press('End');
  await box.pressSequentially('\n\nThe Afghan side:');
  await overlay.getByRole('button', { name: 'Insert quote…' }).click();
  const find = overlay.getByLabel('Find a quote to insert');
  await expect(find).toBeFocused();
  await find.fill('mediator');
  const hits = overlay.getByTestId('quote-picker').getByRole('option');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toContainText('mediator');
  await find.press('Enter');
  await expect(overlay.getByTestId('quote-picker')).toHaveCount(0);
  await expect(box).toHaveValue(
    /^## Who mediates\n\nThe Afghan side:\n\n\[\[highlight:[\w-]+\]\]\n\n$/,
  );

  // The preview beside shows the heading and the quote with its source, not the reference.
  const preview = overlay.getByTestId('notebook-note-preview');
  await expect(preview.locator('h2')).toHaveText('Who mediates');
  const quoted = preview.getByTestId('quoted-highlight');
  await expect(quoted).toContainText('acted as a mediator');
  await expect(quoted).toContainText(SEED_TITLE);
  await expect(preview).not.toContainText('[[highlight:');
  await expect(overlay.getByText('Saved')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/note-wide.png` });

  // Escape goes back to the library pane, where the note is as written.
  await box.press('Escape');
  await expect(overlay).toHaveCount(0);
  await expect(page.getByTestId('notebook-note').getByLabel('Note body')).toHaveValue(
    /The Afghan side:/,
  );
});
