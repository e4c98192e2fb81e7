// Links between notebook notes: `[[Title]]` links to another note (or an article) in the
// preview, and the linked note lists the notes that link to it.
import { api, expect, openSeed, SEED_TITLE, test } from './fixtures';

test('[[Title]] links notes to notes and articles, with backlinks', async ({ page, host }) => {
  await openSeed(page, host);
  // Another article is open in the reader, so the article link has somewhere to lead from.
  const other = await api(host, 'articles.importText', {
    text: 'Border trade resumes\n\nTorkham reopened to lorries on Monday after a week of talks.',
  });
  await api(host, 'articles.update', { id: other.id, title: 'Border trade resumes' });
  await page.reload();
  await page.getByTestId('library').getByText('Border trade resumes').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Border trade resumes');
  await page.getByRole('tab', { name: 'Notebook notes' }).click();
  const note = page.getByTestId('notebook-note');

  await page.getByRole('button', { name: 'New note' }).click();
  await note.getByLabel('Note title').fill('Mediation');
  await note.getByLabel('Note title').press('Enter');
  await note.getByLabel('Note body').fill('Who talks to whom.');
  await expect(note.getByText('Saved')).toBeVisible();
  await note.getByRole('button', { name: '← All notes' }).click();

  await page.getByRole('button', { name: 'New note' }).click();
  await note.getByLabel('Note title').fill('Assessment');
  await note.getByLabel('Note title').press('Enter');
  await note
    .getByLabel('Note body')
    .fill(`Rests on [[mediation]], on [[${SEED_TITLE}]] and on [[No such note]].`);
  await expect(note.getByText('Saved')).toBeVisible();

  const preview = note.getByTestId('notebook-note-preview');
  const links = preview.getByTestId('note-link');
  await expect(links).toHaveCount(2);
  await expect(preview.locator('.note-link--missing')).toHaveText('No such note');
  await expect(preview).not.toContainText('[[');

  // The note link opens that note, which names the note linking to it.
  await links.filter({ hasText: 'mediation' }).click();
  await expect(note.getByLabel('Note title')).toHaveValue('Mediation');
  const backlinks = note.getByRole('navigation', { name: 'Notes linking here' });
  await expect(backlinks).toContainText('Assessment');
  await backlinks.getByRole('button', { name: 'Assessment' }).click();
  await expect(note.getByLabel('Note title')).toHaveValue('Assessment');

  // The article link opens the article in the reader.
  await note.getByTestId('note-link').filter({ hasText: 'Pakistan rejects' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
});
