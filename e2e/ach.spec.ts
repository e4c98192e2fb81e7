// Analysis of Competing Hypotheses end to end: three highlights made in the reader, a matrix
// with two hypotheses built from them in the Analysis view, rated, scored, opened back at a
// quote, and exported as a Markdown table whose quote rows cite their source.
import { readFile } from 'node:fs/promises';
import { expect, highlightPhrase, openSeed, SEED_TITLE, test } from './fixtures';

const QUOTES = ['declined an offer', 'unilaterally terminated the truce', 'acted as a mediator'];

test('a two-hypothesis matrix from three highlights is rated, scored and exported', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  for (const words of QUOTES) await expect(await highlightPhrase(page, words)).toBeVisible();

  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByRole('tab', { name: 'Hypotheses' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await page.getByLabel('A question to weigh').fill('Will the TTP return to talks this year?');
  await page.getByRole('button', { name: 'New matrix' }).click();
  const matrix = page.getByRole('article', { name: /Matrix: Will the TTP return/ });
  for (const title of ['Talks resume this year', 'No talks this year']) {
    await matrix.getByLabel('A new hypothesis').fill(title);
    await matrix.getByRole('button', { name: 'Add hypothesis' }).click();
    await expect(matrix.getByRole('columnheader', { name: new RegExp(title) })).toBeVisible();
  }

  for (const words of QUOTES) {
    await matrix.getByRole('button', { name: 'Add a quote…' }).click();
    const picker = matrix.getByRole('combobox', { name: 'Find a quote to add as evidence' });
    await picker.fill(`"${words}"`);
    await expect(matrix.getByTestId('quote-picker').getByRole('option').first()).toContainText(
      words,
    );
    await picker.press('Enter');
    await expect(matrix.getByTestId('ach-evidence').filter({ hasText: words })).toBeVisible();
  }
  await expect(matrix.getByTestId('ach-evidence')).toHaveCount(3);

  // Rate: E1 against talks (II), E2 against talks (I), E3 consistent with both.
  const rate = (cell: string, rating: string) => matrix.getByLabel(cell).selectOption(rating);
  await rate('E1 against H1 (Talks resume this year)', 'II');
  await rate('E1 against H2 (No talks this year)', 'C');
  await rate('E2 against H1 (Talks resume this year)', 'I');
  await rate('E2 against H2 (No talks this year)', 'CC');
  await rate('E3 against H1 (Talks resume this year)', 'C');
  await rate('E3 against H2 (No talks this year)', 'C');
  const scores = matrix.getByTestId('ach-score');
  await expect(scores.nth(0)).toHaveText(/^3\.00\s*#2$/);
  await expect(scores.nth(1)).toHaveText(/^0\.00\s*#1$/);
  const rows = matrix.getByTestId('ach-evidence');
  await expect(rows.nth(0)).toContainText('Diagnostic');
  await expect(rows.nth(2)).toContainText('Not diagnostic');
  await expect(matrix.getByRole('region', { name: 'Ranking' })).toContainText('No talks this year');

  // A quote's credibility weighs its row: the first quote graded "confirmed" (1) counts √2.
  await page.screenshot({ path: test.info().outputPath('ach-matrix.png') });

  // Export as a Markdown table, each quote row citing the seed article.
  await matrix.getByLabel('Export format').selectOption('markdown');
  const download = page.waitForEvent('download');
  await matrix.getByRole('button', { name: 'Export', exact: true }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(
    /^will-the-ttp-return-to-talks-this-year-\d{4}-\d{2}-\d{2}\.md$/,
  );
  const md = await readFile((await file.path())!, 'utf8');
  expect(md).toContain(
    '| Evidence | Grade | Relevance | Weight | H1: Talks resume this year | H2: No talks this year | Diagnostic |',
  );
  expect(md).toContain('| E1 “declined an offer”[^1] |');
  expect(md).toContain('| **Weighted inconsistency** |  |  |  | 3.00 (#2) | 0.00 (#1) |  |');
  expect(md).toMatch(/\[\^1\]: .*Pakistan Rejects TTP’s Offer to Resume Talks/i);

  // A quote row opens its source at the quote.
  await matrix.getByRole('button', { name: '“acted as a mediator”' }).click();
  await expect(page.getByTestId('analysis')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(
    page.getByTestId('highlight-card').filter({ hasText: 'acted as a mediator' }),
  ).toBeVisible();

  // The matrix is kept: back in Analysis after a reload, as it was.
  await page.reload();
  await page.getByRole('button', { name: 'Analysis' }).click();
  await expect(page.getByTestId('ach-score').nth(0)).toHaveText(/^3\.00/);
});

test('a Quotations row dragged onto the matrix becomes a row of evidence', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await expect(await highlightPhrase(page, QUOTES[1]!)).toBeVisible();
  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByLabel('A question to weigh').fill('Did the truce end?');
  await page.getByRole('button', { name: 'New matrix' }).click();
  const matrix = page.getByRole('article', { name: /Matrix: Did the truce end/ });
  await matrix.getByLabel('A new hypothesis').fill('The truce ended');
  await matrix.getByRole('button', { name: 'Add hypothesis' }).click();
  await expect(matrix.getByRole('columnheader', { name: /The truce ended/ })).toBeVisible();

  // The library pane stays beside the analysis: its Quotations rows drag into the matrix.
  await page.getByRole('tab', { name: 'Quotations' }).click();
  const row = page.getByTestId('quotation-row').filter({ hasText: QUOTES[1]! });
  await row.dragTo(matrix.locator('.ach-table-wrap'));
  await expect(matrix.getByTestId('ach-evidence').filter({ hasText: QUOTES[1]! })).toBeVisible();
  await expect(matrix.getByTestId('ach-evidence')).toHaveCount(1);

  // Copied for a note: the reference that sets the matrix in a brief.
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await matrix.getByRole('button', { name: 'Copy for a note' }).click();
  await expect(page.getByText(/Copied \[\[ach:/)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^\[\[ach:[\w-]+\]\]$/);
});
