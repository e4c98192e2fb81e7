// The codebook in the real renderer: tags created inline while tagging (nested paths), renamed,
// moved, merged and deleted with their impact stated first, filtering the library and the notes;
// and a notebook note quoting a highlight that leads back to its spot in the article.
import { mkdirSync } from 'node:fs';
import {
  codebookRow,
  expect,
  highlightPhrase as highlight,
  openSeed,
  SEED_TITLE,
  SENTENCE,
  tagCard as tag,
  test,
} from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

const OTHER = 'border';
const TEXT =
  'Border talks\n\n' +
  'The committee met in Peshawar on Monday to discuss the border crossing at Torkham.\n\n' +
  'Officials said trade would resume next week.\n';

test('tags are created inline, edited in the codebook, and filter the library and notes', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const seedCard = await highlight(page, SENTENCE);
  await tag(seedCard, 'Actors/TTP');
  await tag(seedCard, 'Events/Ceasefire');

  // A second article, tagged with a new nested path; autocomplete offers the existing paths.
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'border.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
  await expect(page.getByTestId('article-text')).toContainText('Torkham');
  const borderCard = await highlight(page, 'The committee met in Peshawar');
  const input = borderCard.getByRole('combobox', { name: 'Add a tag' });
  await input.fill('ttp');
  await expect(borderCard.getByRole('option', { name: /Actors\/TTP/ })).toBeVisible();
  await input.press('Escape');
  await tag(borderCard, 'Actors/Afghan Taliban');
  await tag(borderCard, 'Tehrik-e-Taliban');
  // Keyboard: Backspace in the empty input takes the last tag off again, then it goes back on.
  await input.press('Backspace');
  await expect(
    borderCard.locator('.tag-picker > .tag-chip', { hasText: 'Tehrik-e-Taliban' }),
  ).toHaveCount(0);
  await tag(borderCard, 'Tehrik-e-Taliban');

  await page.getByRole('tab', { name: 'Codebook' }).click();
  const count = (path: string) => codebookRow(page, path).locator('.codebook__count');
  await expect(count('Actors/TTP')).toHaveText('1');
  await expect(count('Actors')).toHaveText('2');
  await expect(count('Tehrik-e-Taliban')).toHaveText('1');
  await page.screenshot({ path: `${SHOTS}/codebook.png` });

  // Filter by a tag: the library keeps the article holding it; the notes pane its cards.
  await codebookRow(page, 'Events/Ceasefire').click();
  const library = page.getByTestId('library');
  await page.getByRole('tab', { name: 'Articles' }).click();
  await expect(library.getByTestId('tag-filter')).toContainText('Events/Ceasefire');
  await expect(library.getByRole('option')).toHaveCount(1);
  await expect(library.getByRole('option')).toContainText(SEED_TITLE);
  await library.getByRole('option').click();
  const notes = page.getByTestId('notes-pane');
  await expect(notes.getByTestId('tag-filter')).toBeVisible();
  await expect(notes.getByTestId('highlight-card')).toHaveCount(1);
  await notes.getByRole('button', { name: /Clear the tag filter/ }).click();
  await expect(library.getByRole('option')).toHaveCount(2);

  // A group row filters by everything below it.
  await page.getByRole('tab', { name: 'Codebook' }).click();
  await codebookRow(page, 'Actors').click();
  await page.getByRole('tab', { name: 'Articles' }).click();
  await expect(library.getByRole('option')).toHaveCount(2);
  await library.getByRole('button', { name: /Clear the tag filter/ }).click();

  // Rename and move.
  await page.getByRole('tab', { name: 'Codebook' }).click();
  await codebookRow(page, 'Events/Ceasefire').click();
  const editor = page.getByTestId('tag-editor');
  await editor.getByRole('button', { name: 'Rename' }).click();
  await editor.getByRole('textbox').fill('Truce');
  await editor.getByRole('button', { name: 'Rename' }).click();
  await expect(codebookRow(page, 'Events/Truce')).toBeVisible();
  await editor.getByRole('button', { name: 'Move' }).click();
  await editor.getByRole('combobox').selectOption('Actors');
  await editor.getByRole('button', { name: 'Move' }).click();
  await expect(codebookRow(page, 'Actors/Truce')).toBeVisible();
  await expect(codebookRow(page, 'Events/Truce')).toHaveCount(0);

  // Merge into Actors/TTP: what it affects is said before anything changes.
  await codebookRow(page, 'Tehrik-e-Taliban').click();
  await editor.getByRole('button', { name: 'Merge' }).click();
  await editor.getByRole('combobox').selectOption({ label: 'Actors/TTP' });
  await editor.getByRole('button', { name: 'Merge…' }).click();
  await expect(editor.getByRole('alert')).toHaveText(
    'Used on 1 highlight in 1 article. Its highlights will carry Actors/TTP instead, and Tehrik-e-Taliban goes.',
  );
  await editor.getByRole('button', { name: 'Confirm merge' }).click();
  await expect(codebookRow(page, 'Tehrik-e-Taliban')).toHaveCount(0);
  await expect(count('Actors/TTP')).toHaveText('2');

  // Delete a tag with one below it: both named first, then gone from the cards.
  await page.getByRole('tab', { name: 'Articles' }).click();
  await library.getByRole('option', { name: /^border/ }).click();
  await tag(borderCard, 'Actors/Afghan Taliban/Leaders');
  await page.getByRole('tab', { name: 'Codebook' }).click();
  await codebookRow(page, 'Actors/Afghan Taliban').click();
  await editor.getByRole('button', { name: 'Delete' }).click();
  await expect(editor.getByRole('alert')).toHaveText(
    'Delete Actors/Afghan Taliban? Used on 1 highlight in 1 article; also deletes Actors/Afghan Taliban/Leaders.',
  );
  await editor.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(codebookRow(page, 'Actors/Afghan Taliban')).toHaveCount(0);
  await expect(borderCard.locator('.tag-picker > .tag-chip')).toHaveCount(1);
  await expect(borderCard.locator('.tag-picker > .tag-chip')).toContainText('Actors/TTP');
  await page.screenshot({ path: `${SHOTS}/codebook-after.png` });
});

test('a notebook note quotes a highlight that opens its source at that spot', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await highlight(page, SENTENCE);
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'border.txt', mimeType: 'text/plain', buffer: Buffer.from(TEXT) });
  await expect(page.getByTestId('article-text')).toContainText('Torkham');
  const borderCard = await highlight(page, 'Officials said trade would resume');

  await page.getByRole('tab', { name: 'Notebook notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const note = page.getByTestId('notebook-note');
  await note.getByLabel('Note title').fill('Working assessment');
  await note.getByLabel('Note title').press('Enter');
  await note.getByLabel('Note body').fill('## Talks\n\nThe **ceasefire** matters:\n');
  await borderCard.getByRole('button', { name: 'Quote in note' }).click();
  await expect(note.getByLabel('Note body')).toHaveValue(/\[\[highlight:[\w-]+\]\]/);
  await expect(note.getByText('Saved')).toBeVisible();

  // Quote one from the seed article too.
  await page.getByTestId('library').getByRole('tab', { name: 'Articles' }).click();
  await page
    .getByTestId('library')
    .getByRole('option', { name: new RegExp(SEED_TITLE) })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await page
    .getByTestId('highlight-card')
    .filter({ hasText: SENTENCE })
    .getByRole('button', { name: 'Quote in note' })
    .click();
  await page.getByRole('tab', { name: 'Notebook notes' }).click();
  const quotes = note.getByTestId('quoted-highlight');
  await expect(quotes).toHaveCount(2);
  await expect(quotes.first()).toContainText('Officials said trade would resume');
  await expect(quotes.first()).toContainText(`— ${OTHER}, ¶3`);
  await expect(quotes.nth(1)).toContainText(`${SEED_TITLE}, ¶3`);
  await expect(note.locator('.note-preview strong')).toHaveText('ceasefire');
  await page.screenshot({ path: `${SHOTS}/notebook-note.png` });

  // Clicking the quote opens the other article, at that highlight.
  await quotes.first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(OTHER);
  const mark = page.getByTestId('article-text').locator('mark[data-highlight-id]');
  await expect(mark).toBeFocused();
  await expect(mark).toHaveText('Officials said trade would resume');

  // A quoted highlight that is deleted says so in the note.
  await page.getByTestId('highlight-card').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByTestId('highlight-card')).toHaveCount(0);
  await expect(note.getByText('(highlight no longer in the notebook)')).toBeVisible();

  // The note, its title and its quotes survive a reload.
  await page.reload();
  await page.getByRole('tab', { name: 'Notebook notes' }).click();
  await page.getByRole('button', { name: /Working assessment/ }).click();
  await expect(note.getByTestId('quoted-highlight')).toHaveCount(1);
});
