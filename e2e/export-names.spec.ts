// What an export is called, end to end: one article's export is offered under the article's
// title, and a whole-notebook export holds the analyst's notebook notes with each quote in its
// exact words and cited, as the preview shows before saving.
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  api,
  expect,
  openSeed,
  SEED_TITLE,
  selectInArticle,
  SENTENCE,
  test,
  type Host,
} from './fixtures';

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Export' });

async function highlightSeed(page: Page, host: Host): Promise<string> {
  await openSeed(page, host);
  await selectInArticle(page, SENTENCE);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  const card = page.getByTestId('notes-pane').getByTestId('highlight-card');
  await expect(card).toHaveCount(1);
  return (await card.getAttribute('data-highlight-id'))!;
}

async function saveMarkdown(page: Page) {
  const dialog = dialogOf(page);
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: /^Save/ }).click();
  return download;
}

test('one article is exported under its own title, dated', async ({ page, host }) => {
  await highlightSeed(page, host);
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = dialogOf(page);
  await expect(dialog.getByRole('radio', { name: 'This article' })).toBeChecked();
  await expect(dialog.getByTestId('export-preview')).toContainText(SENTENCE);
  // The dialog says the name before saving, with the chosen format's extension.
  const name = dialog.getByTestId('export-file-name');
  await expect(name).toHaveText(
    /pakistan-rejects-ttps-offer-to-resume-talks-\d{4}-\d{2}-\d{2}\.md$/,
  );
  await dialog.getByRole('radio', { name: 'PDF' }).check();
  await expect(name).toHaveText(
    /pakistan-rejects-ttps-offer-to-resume-talks-\d{4}-\d{2}-\d{2}\.pdf$/,
  );
  const file = await saveMarkdown(page);
  // “Pakistan rejects TTP’s offer to resume talks”: its words, not a generic name.
  expect(file.suggestedFilename()).toMatch(
    /^pakistan-rejects-ttps-offer-to-resume-talks-\d{4}-\d{2}-\d{2}\.md$/,
  );
  const md = await readFile((await file.path())!, 'utf8');
  expect(md).toMatch(new RegExp(`^title: "${SEED_TITLE}"$`, 'm'));
});

test('a whole-notebook export holds the notebook notes, quotes in their exact words', async ({
  page,
  host,
}) => {
  const id = await highlightSeed(page, host);
  await api(host, 'notes.create', {
    title: 'Working assessment',
    body: `Islamabad will not talk:\n\n[[highlight:${id}]]\n\nKept as typed: \`[[highlight:${id}]]\``,
  });
  await page.getByRole('button', { name: 'Export…' }).click();
  const dialog = dialogOf(page);
  await dialog.getByRole('radio', { name: 'Whole notebook' }).check();
  // The preview is what the file will hold: the notes' section with the quote written out.
  const preview = dialog.getByTestId('export-preview');
  await expect(preview.getByRole('heading', { name: 'Notebook notes (1)' })).toBeVisible();
  await expect(preview.getByRole('heading', { name: 'Working assessment' })).toBeVisible();
  await expect(dialog.getByTestId('export-counts')).toHaveText(/^1 article, 1 highlight$/);
  // Its footnote is shown as a numbered note citing the source, not as the typed mark.
  await expect(preview).not.toContainText('[^1]');
  await expect(preview.locator('section[data-footnotes] li')).toContainText(
    /Pakistan Rejects TTP/i,
  );
  // The number leads to its note and the note's ↩ back to the number, inside the preview.
  const url = page.url();
  await preview.locator('a[data-footnote-ref]').first().click();
  const backLink = preview.locator('section[data-footnotes] a[data-footnote-backref]').first();
  await expect(backLink).toBeFocused();
  await expect(backLink).toBeInViewport();
  await dialog.screenshot({ path: test.info().outputPath('whole-notebook-preview.png') });
  await backLink.click();
  await expect(preview.locator('a[data-footnote-ref]').first()).toBeFocused();
  await expect(preview.locator('a[data-footnote-ref]').first()).toBeInViewport();
  expect(page.url()).toBe(url);

  const file = await saveMarkdown(page);
  expect(file.suggestedFilename()).toMatch(/^dossier-notebook-\d{4}-\d{2}-\d{2}\.md$/);
  const md = await readFile((await file.path())!, 'utf8');
  expect(md).toMatch(/^# Dossier notebook$/m);
  expect(md).toContain('## Notebook notes (1)');
  expect(md).toContain('### Working assessment');
  expect(md).toContain(`> ${SENTENCE}[^1]`);
  expect(md).toContain(`Kept as typed: \`[[highlight:${id}]]\``);
  // The footnote cites the article the quote came from.
  expect(md.match(/^\[\^1\]: (.*)$/m)?.[1]).toMatch(/Pakistan Rejects TTP.*Captured/i);
  // The notes come after the articles, before anything left out.
  expect(md.indexOf('## Notebook notes')).toBeGreaterThan(md.indexOf(`> ${SENTENCE}\n`));
});
