// The Quotations view in the real renderer: every highlight in one table, filtered by two tags
// and a colour in the query language, three rows tagged at once (seen in the table and in the
// reader's cards), the change undone, and exactly those quotes exported as Markdown.
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, openSeed, SEED_TITLE, selectInArticle, tagCard as tag, test } from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

/** Each quote, the colour key pressed to make it, and its tags. */
const QUOTES = [
  { text: 'Pakistani authorities have declined an offer', key: '1', tags: ['Actors/TTP', 'Talks'] },
  {
    text: 'expressed their willingness to re-engage in talks',
    key: '1',
    tags: ['Actors/TTP', 'Talks'],
  },
  {
    text: 'For that purpose, a ceasefire was also announced.',
    key: '1',
    tags: ['Actors/TTP', 'Talks'],
  },
  { text: 'the TTP unilaterally terminated the truce', key: '1', tags: ['Actors/TTP'] },
  { text: 'a wave of attacks on police', key: '2', tags: ['Actors/TTP', 'Talks'] },
  { text: 'acted as a mediator', key: '1', tags: ['Talks'] },
];
const PICKED = QUOTES.slice(0, 3).map((q) => q.text);
const LEFT_OUT = QUOTES.slice(3).map((q) => q.text);

async function highlight(page: Page, text: string, key: string): Promise<Locator> {
  await selectInArticle(page, text);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByTestId('selection-toolbar')).toBeHidden();
  return page.getByTestId('highlight-card').filter({ hasText: text });
}

test('quotations: filter by two tags and a colour, tag three rows, undo, export them', async ({
  page,
  host,
}) => {
  // Six highlights made and tagged by hand first: a slow machine needs the time.
  test.setTimeout(180_000);
  await openSeed(page, host);
  for (const quote of QUOTES) {
    const card = await highlight(page, quote.text, quote.key);
    for (const path of quote.tags) await tag(card, path);
  }

  await page.getByRole('tab', { name: 'Quotations' }).click();
  const view = page.getByTestId('quotations');
  const rows = view.getByTestId('quotation-row');
  await expect(view.getByTestId('quotations-total')).toHaveText('6 quotations');
  await expect(rows).toHaveCount(6);
  await expect(rows.first()).toContainText(SEED_TITLE);

  // A malformed query is said softly under the box; the rows stay.
  const filter = view.getByTestId('quotations-filter');
  await filter.fill('tag:"Actors/TTP');
  await expect(view.locator('.quotations-filter__problem')).toBeVisible();
  await expect(rows).toHaveCount(6);

  // Two tags and a colour, typed in the query language (the colour by its meaning).
  await filter.fill('tag:Actors/TTP tag:Talks colour:"Key claim"');
  await expect(view.getByTestId('quotations-total')).toHaveText('3 quotations');
  await expect(view.locator('.quotations-filter__problem')).toHaveCount(0);
  await expect(rows).toHaveCount(3);
  for (const text of PICKED) await expect(rows.filter({ hasText: text })).toHaveCount(1);
  for (const text of LEFT_OUT) await expect(rows.filter({ hasText: text })).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/quotations-narrow.png` });

  // The same filter from the quick menus: the Colours menu writes its term into the query.
  await filter.fill('tag:Actors/TTP tag:Talks');
  await expect(rows).toHaveCount(4);
  await view.getByRole('button', { name: 'Filters' }).click();
  await page.getByRole('menuitemcheckbox', { name: /Key claim/ }).click();
  await page.screenshot({ path: `${SHOTS}/quotations-filters.png` });
  await page.keyboard.press('Escape');
  await expect(filter).toHaveValue('tag:Actors/TTP tag:Talks colour:yellow');
  await expect(rows).toHaveCount(3);

  // Select three rows: a click on the first box, Shift+click on the third row.
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(2).click({ modifiers: ['Shift'] });
  const bulk = view.getByTestId('quotations-bulk');
  await expect(bulk.getByTestId('quotations-selected')).toHaveText('3 quotations selected');
  await expect(view.locator('[data-testid="quotation-row"][aria-selected="true"]')).toHaveCount(3);

  // Bulk-tag them with a new tag, created from the chooser.
  await bulk.getByRole('button', { name: 'Add tag' }).click();
  const chooser = page.getByRole('combobox', { name: 'Tag to add' });
  await chooser.fill('Review/Priority');
  await chooser.press('Enter');
  await expect(bulk.getByRole('status')).toContainText('Tagged 3 quotations “Review/Priority”.');
  for (const text of PICKED) {
    await expect(rows.filter({ hasText: text }).locator('.tag-chip')).toContainText([
      'Review/Priority',
    ]);
  }
  await page.screenshot({ path: `${SHOTS}/quotations-narrow-tagged.png` });
  const cards = page.getByTestId('highlight-card');
  for (const text of PICKED) {
    await expect(
      cards.filter({ hasText: text }).locator('.tag-chip', { hasText: 'Review/Priority' }),
    ).toBeVisible();
  }
  await expect(
    cards.filter({ hasText: LEFT_OUT[0]! }).locator('.tag-chip', { hasText: 'Review/Priority' }),
  ).toHaveCount(0);

  // The whole window: every column, the selection kept.
  await view.getByRole('button', { name: 'Widen' }).click();
  const overlay = page.getByTestId('quotations-overlay');
  await expect(overlay.getByRole('columnheader', { name: /Outlet/ })).toBeVisible();
  await expect(overlay.getByTestId('quotations-selected')).toHaveText('3 quotations selected');
  await page.screenshot({ path: `${SHOTS}/quotations-wide.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/quotations-wide-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });

  // Undo takes the tag off all three again, in the table and on the cards.
  await page.keyboard.press('Control+z');
  const wideRows = overlay.getByTestId('quotation-row');
  await expect(wideRows.locator('.tag-chip', { hasText: 'Review/Priority' })).toHaveCount(0);
  await overlay.getByRole('button', { name: 'Back to the article' }).click();
  await expect(overlay).toBeHidden();
  await expect(cards.locator('.tag-chip', { hasText: 'Review/Priority' })).toHaveCount(0);

  // Export these, as Markdown: exactly the three selected quotes.
  await expect(bulk.getByTestId('quotations-selected')).toHaveText('3 quotations selected');
  await bulk.getByRole('button', { name: 'Export these…' }).click();
  const dialog = page.getByTestId('export-these-dialog');
  await expect(dialog.getByTestId('export-preview').locator('blockquote')).toHaveCount(3);
  await expect(dialog.getByRole('radio', { name: 'Markdown' })).toBeChecked();
  await page.screenshot({ path: `${SHOTS}/quotations-export.png` });
  const download = page.waitForEvent('download');
  await page.getByRole('dialog').getByRole('button', { name: /^Save/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.md$/);
  const md = await readFile((await file.path())!, 'utf8');
  for (const text of PICKED) expect(md).toContain(text);
  for (const text of LEFT_OUT) expect(md).not.toContain(text);
  expect(md).toContain(SEED_TITLE);
  expect(md.match(/^> /gm)?.length ?? 0).toBeGreaterThanOrEqual(3);
});

test('quotations: the keyboard moves, selects and opens; a click opens the source at the quote', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await openSeed(page, host);
  for (const quote of QUOTES.slice(0, 4)) await highlight(page, quote.text, quote.key);
  await page.getByRole('tab', { name: 'Quotations' }).click();
  const view = page.getByTestId('quotations');
  const rows = view.getByTestId('quotation-row');
  await expect(rows).toHaveCount(4);
  await view.getByLabel('Sort by').selectOption('position');
  // The rows in their new order before the keys go to them.
  await expect(rows.first()).toContainText(QUOTES[0]!.text);

  // Arrows move, Space toggles, Shift+arrow takes the run.
  const grid = view.getByRole('grid', { name: 'Quotations' });
  const selected = view.getByTestId('quotations-selected');
  await grid.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  await expect(selected).toHaveText('1 quotation selected');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(selected).toHaveText('2 quotations selected');
  await page.keyboard.press('Shift+ArrowDown');
  await expect(selected).toHaveText('3 quotations selected');
  // 2 recolours the selection (Evidence, green) as it would one highlight in the reader.
  await page.keyboard.press('2');
  await expect(view.getByTestId('quotations-bulk').getByRole('status')).toContainText(
    'Recoloured 3 quotations',
  );
  await expect(page.getByTestId('article-text').locator('mark.mark--green')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await expect(view.getByTestId('quotations-bulk')).toHaveCount(0);

  // Enter opens the source at the quote: its card is the current one.
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(page.locator('.highlight-card.is-active')).toContainText(QUOTES[0]!.text);
  // A click on another row opens that one.
  await rows.filter({ hasText: QUOTES[3]!.text }).click();
  await expect(page.locator('.highlight-card.is-active')).toContainText(QUOTES[3]!.text);
});

test('quotations: two rows graded at once, filtered by the grade, undone in one step', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await openSeed(page, host);
  for (const quote of QUOTES.slice(0, 3)) await highlight(page, quote.text, quote.key);

  await page.getByRole('tab', { name: 'Quotations' }).click();
  const view = page.getByTestId('quotations');
  const rows = view.getByTestId('quotation-row');
  await expect(rows).toHaveCount(3);
  await rows.filter({ hasText: QUOTES[0]!.text }).getByRole('checkbox').check();
  await rows.filter({ hasText: QUOTES[2]!.text }).getByRole('checkbox').check();
  const bulk = view.getByTestId('quotations-bulk');
  await bulk.getByRole('button', { name: 'Credibility' }).click();
  await page.getByRole('menuitem', { name: /^2 / }).click();
  await expect(bulk.getByRole('status')).toContainText('Graded 2 quotations 2: Probably true.');

  // The cards wear the grade.
  const cards = page.getByTestId('highlight-card');
  await expect(cards.filter({ hasText: QUOTES[0]!.text }).locator('.grade-badge')).toHaveText('–2');
  await expect(cards.filter({ hasText: QUOTES[1]!.text }).locator('.grade-badge')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/quotations-graded.png` });

  // One undo takes the grade off both.
  await bulk.getByRole('button', { name: 'Undo' }).click();
  await expect(cards.locator('.grade-badge')).toHaveCount(0);

  // Graded again, the grade filters the table.
  await bulk.getByRole('button', { name: 'Credibility' }).click();
  await page.getByRole('menuitem', { name: /^2 / }).click();
  await expect(cards.locator('.grade-badge')).toHaveCount(2);
  await view.getByTestId('quotations-filter').fill('credibility:2');
  await expect(rows).toHaveCount(2);
  await view.getByTestId('quotations-filter').fill('credibility:1');
  await expect(rows).toHaveCount(0);
});

test('quotations: the Grade column, and Alt+digit grades the selected rows', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await openSeed(page, host);
  for (const quote of QUOTES.slice(0, 2)) await highlight(page, quote.text, quote.key);

  await page.getByRole('tab', { name: 'Quotations' }).click();
  const view = page.getByTestId('quotations');
  // In the narrow pane the grade sits with the quote's article.
  const narrow = view.getByTestId('quotation-row').filter({ hasText: QUOTES[0]!.text });
  await narrow.getByRole('checkbox').check();
  await page.keyboard.press('Alt+3');
  await expect(narrow.locator('.grade-badge')).toHaveText('–3');

  // The whole window has a Grade column; Alt+digit grades there too, Alt+0 clears.
  await view.getByRole('button', { name: 'Widen' }).click();
  const overlay = page.getByTestId('quotations-overlay');
  await expect(overlay.getByRole('columnheader', { name: 'Grade' })).toBeVisible();
  const rows = overlay.getByTestId('quotation-row');
  const first = rows.filter({ hasText: QUOTES[0]!.text });
  const second = rows.filter({ hasText: QUOTES[1]!.text });
  await expect(first.locator('.qrow__grade .grade-badge')).toHaveText('–3');
  await expect(second.locator('.grade-badge')).toHaveCount(0);
  await second.getByRole('checkbox').check();
  await page.keyboard.press('Alt+5');
  await expect(first.locator('.qrow__grade .grade-badge')).toHaveText('–5');
  await expect(second.locator('.qrow__grade .grade-badge')).toHaveText('–5');
  await page.screenshot({ path: test.info().outputPath('quotations-grade-column.png') });
  await page.keyboard.press('Alt+0');
  await expect(rows.locator('.grade-badge')).toHaveCount(0);
});
