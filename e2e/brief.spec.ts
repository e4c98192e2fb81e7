// The brief: a notebook note quoting a highlight is exported as a finished document. The
// dialog previews exactly what will be written (the quote in its words, its footnote, the
// sources), the citation style can be changed, and the Word file carries real footnotes.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, openSeed, SEED_TITLE, selectInArticle, SENTENCE, test } from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

test('a notebook note becomes a brief: previewed, cited, and saved as Word with footnotes', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await selectInArticle(page, SENTENCE);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  const card = page.getByTestId('highlight-card').filter({ hasText: SENTENCE });
  await expect(card).toHaveCount(1);

  await page.getByRole('tab', { name: 'Notebook notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const note = page.getByTestId('notebook-note');
  await note.getByLabel('Note title').fill('Working assessment');
  await note.getByLabel('Note body').fill('## Key judgement\n\nIslamabad will not talk:\n\n');
  await card.getByRole('button', { name: 'Quote in note' }).click();
  await expect(note.getByLabel('Note body')).toHaveValue(/\[\[highlight:[\w-]+\]\]/);
  await expect(note.getByText('Saved')).toBeVisible();

  await note.getByRole('button', { name: 'Export as brief…' }).click();
  const dialog = page.getByTestId('brief-dialog');
  await expect(page.getByTestId('brief-counts')).toHaveText('1 quote cited');
  const frame = page.frameLocator('iframe.brief-preview');
  await expect(frame.locator('h1')).toHaveText('Working assessment');
  await expect(frame.locator('blockquote')).toContainText(SENTENCE);
  // Chicago notes by default: the footnote names the article, then where its date came from.
  const footnote = frame.locator('#note-1');
  await expect(footnote).toContainText(SEED_TITLE.split(' ')[0]!);
  await expect(footnote).toContainText('Captured');
  await expect(frame.locator('.sources li')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/brief-dialog.png` });

  // APA changes the note to author-date.
  await dialog.getByLabel('APA').check();
  await expect(frame.locator('#note-1')).toContainText(/\(.*\d{4}.*para\./);

  // Saved as Word: the quote in the body, its citation a real footnote.
  await dialog.getByLabel('Word').check();
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: 'Save', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^working-assessment-\d{4}-\d{2}-\d{2}\.docx$/);
  const zip = unzipSync(new Uint8Array(await readFile((await file.path())!)));
  const text = (xml: string) =>
    [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  expect(text(strFromU8(zip['word/document.xml']!))).toContain(SENTENCE);
  expect(strFromU8(zip['word/document.xml']!)).toMatch(/<w:footnoteReference w:id="\d+"\/>/);
  expect(text(strFromU8(zip['word/footnotes.xml']!))).toMatch(/para\./);
  await expect(dialog).toBeHidden();
});
