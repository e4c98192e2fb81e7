// Edits an analyst can trust in the reader: a clicked highlight is selected with the keyboard
// left in the text, the keys act only on the selected (visibly marked) highlight, caret mode
// highlights without a mouse, Escape in a note returns to its highlight, and a highlight inside
// another leaves the outer one visible and says which is which.
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, openSeed, selectInArticle, SENTENCE, test } from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/rh-shots';
mkdirSync(SHOTS, { recursive: true });

const OPENING = 'Pakistani authorities have declined an offer';

/** Highlights `phrase` with a key of the selection toolbar (`h` or a colour digit). */
async function highlight(page: Page, phrase: string, key = 'h'): Promise<Locator> {
  await selectInArticle(page, phrase);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press(key);
  await expect(page.getByTestId('selection-toolbar')).toBeHidden();
  const mark = page.getByTestId('article-text').locator('mark', { hasText: phrase }).last();
  await expect(mark).toBeVisible();
  return mark;
}

/** Takes the keyboard out of the text by clicking the article's title. */
async function clickTitle(page: Page) {
  await page.locator('.reader__page h1').click();
}

test('clicking a highlight selects it and keeps the keyboard in the text', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const cards = page.getByTestId('highlight-card');
  const mark = await highlight(page, OPENING);
  await clickTitle(page);

  await mark.click();
  const note = cards.first().getByLabel('Note');
  await expect(mark).toBeFocused();
  await expect(note).not.toBeFocused();
  await expect(mark).toHaveClass(/mark--active/);
  await expect(cards.first()).toHaveClass(/is-active/);
  // Drawn as selected: an outline in the highlight's own colour.
  await expect(mark).not.toHaveCSS('outline-style', 'none');
  await page.mouse.move(5, 5);
  await page.getByTestId('article-text').screenshot({ path: `${SHOTS}/selected-highlight.png` });

  // `n` starts editing the note; a click inside the note does too.
  await page.keyboard.press('n');
  await expect(note).toBeFocused();
  await note.pressSequentially('Declined');
  await expect(note).toHaveValue('Declined');
  await mark.click();
  await expect(mark).toBeFocused();
  await note.click();
  await expect(note).toBeFocused();

  // Delete acts on the selected highlight, not on the note's text.
  await mark.click();
  await page.keyboard.press('Delete');
  await expect(cards).toHaveCount(0);
  await expect(page.getByTestId('article-text').locator('mark')).toHaveCount(0);
});

test('colour keys change only the selected highlight; with none selected they say so', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const first = await highlight(page, OPENING);
  const second = await highlight(page, SENTENCE);
  await expect(first).toHaveClass(/mark--yellow/);

  // The last highlight made is current, but the keyboard has left the text: 3 changes nothing.
  await clickTitle(page);
  await page.keyboard.press('3');
  await expect(page.getByTestId('reader-hint')).toContainText('No highlight is selected');
  await expect(second).toHaveClass(/mark--yellow/);
  await expect(first).toHaveClass(/mark--yellow/);

  // Selected by a click, the first one (and only it) takes the colour.
  await first.click();
  await page.keyboard.press('3');
  await expect(first).toHaveClass(/mark--blue/);
  await expect(second).toHaveClass(/mark--yellow/);
});

test('caret mode: arrows move, Shift+arrows select, h highlights, [ and ] go between highlights', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const body = page.getByTestId('article-text');
  const cards = page.getByTestId('highlight-card');
  const firstBlock = body.locator('[data-block-start]').first();
  const opening = (await firstBlock.textContent())!;
  await clickTitle(page);

  await page.keyboard.press('F7');
  await expect(page.getByTestId('caret-status')).toContainText('Caret mode');
  await expect(page.getByTestId('reader-caret')).toBeVisible();

  // Two characters on, then ten more selected.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('h');
  await expect(cards).toHaveCount(1);
  const wanted = opening.slice(2, 12).trim();
  await expect(cards.first().locator('.highlight-card__quote')).toHaveText(wanted);
  const made = body.locator('mark').first();
  await expect(made).toHaveClass(/mark--yellow/);

  // The caret goes on down the text; `[` goes back to the highlight and selects it.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('[');
  await expect(made).toBeFocused();
  await page.keyboard.press('2');
  await expect(made).toHaveClass(/mark--green/);
  await page.keyboard.press(']');
  await expect(made).toBeFocused(); // no highlight further on: it stays where it is

  // F7 ends caret mode: the arrows move between highlights again.
  await page.keyboard.press('F7');
  await expect(page.getByTestId('caret-status')).toHaveCount(0);
  await expect(page.getByTestId('reader-caret')).toHaveCount(0);
});

test('Escape in a note returns the keyboard to its highlight in the text', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const cards = page.getByTestId('highlight-card');
  await highlight(page, OPENING);
  const mark = await highlight(page, SENTENCE, '5');
  await clickTitle(page);

  await mark.click();
  await page.keyboard.press('n');
  const note = cards.nth(1).getByLabel('Note');
  await expect(note).toBeFocused();
  await note.pressSequentially('Ceasefire announced.');
  await page.keyboard.press('Escape');
  await expect(mark).toBeFocused();
  await expect(cards.nth(1)).toHaveClass(/is-active/);
  await expect(cards.nth(1).getByText('Saved')).toBeVisible();
  // Back in the text, the keys act on that highlight again.
  await page.keyboard.press('1');
  await expect(mark).toHaveClass(/mark--yellow/);
});

test('a highlight inside another keeps the outer visible and says which is which', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const body = page.getByTestId('article-text');
  const cards = page.getByTestId('highlight-card');
  await highlight(page, SENTENCE, '2');
  const outerCard = cards.filter({ hasText: SENTENCE });
  const input = outerCard.getByRole('combobox', { name: 'Add a tag' });
  await input.fill('Actors/TTP');
  await input.press('Enter');
  await expect(outerCard.locator('.tag-picker > .tag-chip')).toContainText('Actors/TTP');
  await highlight(page, 'a ceasefire', '4');

  const inner = body.locator('mark.mark--green > mark.mark--pink');
  await expect(inner).toHaveText('a ceasefire');
  // The outer highlight's green shows as a band under the inner pink.
  const bar = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--bar-green').trim(),
  );
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(bar.slice(i, i + 2), 16));
  await page.mouse.click(5, 5);
  await expect(inner).toHaveCSS('box-shadow', new RegExp(`rgb\\(${r}, ${g}, ${b}\\)`));

  // Hovering names each covering highlight, innermost first, with meanings and tags.
  await expect(inner).toHaveAttribute(
    'title',
    'Highlight: Event (pink), no tags\nInside: Evidence (green), tags Actors/TTP',
  );
  const outerOnly = body.locator('mark.mark--green', { hasText: 'For that purpose' }).first();
  await expect(outerOnly).toHaveAttribute('title', 'Highlight: Evidence (green), tags Actors/TTP');
  // Announced the same way.
  await expect(inner).toHaveAttribute(
    'aria-description',
    /^Highlight: Event \(pink\), no tags; inside Evidence \(green\), tags Actors\/TTP/,
  );
  await inner.locator('xpath=ancestor::*[@data-block-start][1]').screenshot({
    path: `${SHOTS}/overlapping-highlights.png`,
  });
});
