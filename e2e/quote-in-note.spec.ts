// Quotations chosen in the Quotations view go into a notebook note as quotes of their own, once
// each; Undo puts the note back; the note opens from the bar.
import { api, expect, highlightPhrase, openSeed, SENTENCE, test } from './fixtures';

test('selected quotations are quoted in a notebook note, once, and undone in one step', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await highlightPhrase(page, SENTENCE);
  await highlightPhrase(page, 'acted as a mediator');
  await api(host, 'notes.create', { title: 'Assessment', body: 'Mediation first.' });

  await page.getByRole('tab', { name: 'Quotations' }).click();
  const view = page.getByTestId('quotations');
  const rows = view.getByTestId('quotation-row');
  await expect(rows).toHaveCount(2);
  for (const row of await rows.all()) await row.getByRole('checkbox').check();
  const bulk = view.getByTestId('quotations-bulk');
  await bulk.getByRole('button', { name: 'Quote in note' }).click();
  await page.getByRole('menuitem', { name: 'Assessment' }).click();
  const status = bulk.getByTestId('quote-in-note-status');
  await expect(status).toContainText('Quoted 2 quotations in “Assessment”.');
  await view.screenshot({ path: test.info().outputPath('quote-in-note.png') });
  const ids = await Promise.all((await rows.all()).map((r) => r.getAttribute('data-highlight-id')));
  const body = async () =>
    ((await api(host, 'notes.list', {})) as unknown as Array<{ title: string; body: string }>).find(
      (n) => n.title === 'Assessment',
    )!.body;
  expect(await body()).toBe(
    `Mediation first.\n\n${ids.map((id) => `[[highlight:${id}]]`).join('\n\n')}\n\n`,
  );

  // Again: nothing is quoted twice.
  await bulk.getByRole('button', { name: 'Quote in note' }).click();
  await page.getByRole('menuitem', { name: 'Assessment' }).click();
  await expect(status).toContainText('Nothing added: “Assessment” quotes them all already.');

  // One undo puts the note back as it was.
  await page.keyboard.press('Control+z');
  await expect.poll(body).toBe('Mediation first.');

  await page.keyboard.press('Control+Shift+z');
  await expect.poll(body).toContain(`[[highlight:${ids[0]}]]`);
  await status.getByRole('button', { name: 'Open note' }).click();
  const editor = page.getByTestId('notebook-note');
  await expect(editor.getByLabel('Note title')).toHaveValue('Assessment');
  await expect(
    editor.getByTestId('notebook-note-preview').getByTestId('quoted-highlight'),
  ).toHaveCount(2);
});
