// Annotating in the real renderer: overlapping and cross-paragraph highlights, colour keys,
// arrows between highlights, undo/redo, revising the text (orphans, re-attach), and screenshots
// of overlaps, an Urdu article and dark mode for a person to look at.
import { mkdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, openSeed, selectAcross, selectInArticle, SENTENCE, test } from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

const TEXT =
  'Border talks\n\n' +
  'The committee met in Peshawar on Monday to discuss the border crossing at Torkham.\n\n' +
  'Officials said trade would resume next week. Traders welcomed the news but remained cautious.\n\n' +
  'A final paragraph about something else entirely, which nobody will highlight.\n';

async function importText(page: Page, name: string, text: string, expected: string) {
  await page
    .getByTestId('import-input')
    .setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await expect(page.getByTestId('article-text')).toContainText(expected);
}

test('nested highlights are both visible and clickable; one spans two paragraphs', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await importText(page, 'border.txt', TEXT, 'Torkham');
  const body = page.getByTestId('article-text');
  const cards = page.getByTestId('highlight-card');
  const toolbar = page.getByTestId('selection-toolbar');

  // The toolbar offers the six colours by meaning; key 2 makes an Evidence (green) highlight.
  await selectInArticle(page, 'The committee met in Peshawar on Monday');
  await expect(toolbar.getByRole('button', { name: 'Evidence' })).toBeVisible();
  await page.keyboard.press('2');
  await expect(cards).toHaveCount(1);
  await expect(body.locator('mark.mark--green')).toHaveText(
    'The committee met in Peshawar on Monday',
  );
  await expect(cards.first()).toContainText('Evidence');

  // A nested one, by mouse, as Event (pink).
  await selectInArticle(page, 'Peshawar');
  await toolbar.getByRole('button', { name: 'Event' }).click();
  await expect(cards).toHaveCount(2);
  const inner = body.locator('mark.mark--green mark.mark--pink');
  await expect(inner).toHaveText('Peshawar');

  // Both answer to clicks: the inner words open the inner card, the rest the outer one.
  await inner.click();
  await expect(page.locator('.highlight-card.is-active')).toContainText('Event');
  await body
    .locator('mark.mark--green')
    .first()
    .click({ position: { x: 5, y: 5 } });
  await expect(page.locator('.highlight-card.is-active')).toContainText('Evidence');

  // Across two paragraphs: one highlight, a mark in each paragraph, one card.
  await selectAcross(page, 'Torkham', 'Officials said trade');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('h');
  await expect(cards).toHaveCount(3);
  const id = await cards.nth(2).getAttribute('data-highlight-id');
  const pieces = body.locator(`mark[data-highlight-id="${id}"]`);
  await expect(pieces).toHaveCount(2);
  await expect(pieces.nth(0)).toHaveText('Torkham.');
  await expect(pieces.nth(1)).toHaveText('Officials said trade');
  await page.mouse.click(5, 5);
  await page.getByTestId('article-text').screenshot({ path: `${SHOTS}/overlaps.png` });

  // More colours for the picture of the whole reader: a question, and a doubt inside a claim.
  for (const [phrase, key] of [
    ['would resume next week', '3'],
    ['Traders welcomed the news but remained cautious', '5'],
    ['remained cautious', '6'],
  ] as const) {
    await selectInArticle(page, phrase);
    await expect(toolbar).toBeVisible();
    await page.keyboard.press(key);
    await expect(toolbar).toBeHidden();
  }
  await expect(cards).toHaveCount(6);
  await page.getByRole('button', { name: 'Dismiss the import summary' }).click();
  await page.mouse.click(5, 5);
  await page.screenshot({ path: `${SHOTS}/annotate-light.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/dark.png` });
});

test('keys 1-6 and arrows act on the current highlight; undo and redo every change', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const body = page.getByTestId('article-text');
  const cards = page.getByTestId('highlight-card');
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  const redo = page.getByRole('button', { name: 'Redo', exact: true });

  await selectInArticle(page, 'Pakistani authorities have declined an offer');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('h');
  await selectInArticle(page, SENTENCE);
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('5');
  await expect(cards).toHaveCount(2);
  await expect(body.locator('mark.mark--purple')).toHaveText(SENTENCE);

  // Undo the create, then redo it: the same highlight comes back.
  const id = await cards.nth(1).getAttribute('data-highlight-id');
  await page.keyboard.press('Control+z');
  await expect(cards).toHaveCount(1);
  await redo.click();
  await expect(cards).toHaveCount(2);
  await expect(body.locator(`mark[data-highlight-id="${id}"]`)).toHaveText(SENTENCE);

  // Arrows move between highlights in document order; the current one's card is marked.
  await page.locator('.reader__page h1').click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  const first = body.locator('mark', { hasText: 'Pakistani authorities' });
  await expect(first).toBeFocused();
  await expect(cards.nth(0)).toHaveClass(/is-active/);
  await page.keyboard.press('ArrowRight');
  await expect(cards.nth(1)).toHaveClass(/is-active/);
  await page.keyboard.press('ArrowLeft');
  await expect(cards.nth(0)).toHaveClass(/is-active/);

  // 3 recolours it; undo puts the colour back.
  await page.keyboard.press('3');
  await expect(first).toHaveClass(/mark--blue/);
  await page.keyboard.press('Control+z');
  await expect(first).toHaveClass(/mark--yellow/);
  await page.keyboard.press('Control+Shift+z');
  await expect(first).toHaveClass(/mark--blue/);

  // Delete removes the current highlight; undo restores it.
  await first.focus();
  await page.keyboard.press('Delete');
  await expect(cards).toHaveCount(1);
  await undo.click();
  await expect(cards).toHaveCount(2);
  await expect(first).toHaveClass(/mark--blue/);

  // n opens the note; a typing burst is one undo step.
  await first.focus();
  await page.keyboard.press('n');
  const note = cards.nth(0).getByLabel('Note');
  await expect(note).toBeFocused();
  await note.pressSequentially('Declined, not rejected.', { delay: 20 });
  await expect(cards.nth(0).getByText('Saved')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.locator('.reader__page h1').click();
  await page.keyboard.press('Control+z');
  await expect(cards.nth(0).getByLabel('Note')).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(cards.nth(0).getByLabel('Note')).toHaveValue('Declined, not rejected.');
});

test('a second passage highlighted while the first is still saving is kept, not dropped', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const cards = page.getByTestId('highlight-card');
  const toolbar = page.getByTestId('selection-toolbar');
  // Hold the first save at the host until the second passage has been highlighted.
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  let creates = 0;
  await page.route('**/api/highlights.create', async (route) => {
    if (++creates === 1) await held;
    await route.continue();
  });
  await selectInArticle(page, 'Pakistani authorities have declined an offer');
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('h');
  await selectInArticle(page, SENTENCE);
  await expect(toolbar).toBeVisible();
  await expect(toolbar.getByRole('button').first()).toBeEnabled();
  await page.keyboard.press('5');
  await expect.poll(() => creates).toBe(2);
  release();
  await expect(cards).toHaveCount(2);
  await expect(page.getByTestId('article-text').locator('mark.mark--purple')).toHaveText(SENTENCE);
  await expect(toolbar).toBeHidden();
});

test('an Urdu article reads right to left', async ({ page, host }) => {
  await openSeed(page, host);
  const urdu =
    'پاکستان کی حکومت نے کالعدم تحریک طالبان پاکستان کی جانب سے مذاکرات کی پیشکش مسترد کر دی ہے۔\n\n' +
    'وزیر داخلہ نے کہا کہ دہشت گردی کے خاتمے تک کوئی بات چیت نہیں ہوگی۔ سرحدی علاقوں میں سیکیورٹی سخت کر دی گئی ہے۔\n';
  await importText(page, 'urdu.txt', 'مذاکرات کی پیشکش مسترد\n\n' + urdu, 'وزیر داخلہ');
  await selectInArticle(page, 'دہشت گردی کے خاتمے');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  await page.keyboard.press('6');
  await expect(page.getByTestId('article-text').locator('mark.mark--orange')).toHaveText(
    'دہشت گردی کے خاتمے',
  );
  await page.mouse.click(5, 5);
  await page.screenshot({ path: `${SHOTS}/urdu.png` });
});

test('revising the text keeps, moves and orphans highlights; an orphan is re-attached', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await importText(page, 'border.txt', TEXT, 'Torkham');
  const body = page.getByTestId('article-text');
  const cards = page.getByTestId('highlight-card');
  for (const phrase of [
    'border crossing at Torkham',
    'Traders welcomed the news',
    'nobody will highlight',
  ]) {
    await selectInArticle(page, phrase);
    await expect(page.getByTestId('selection-toolbar')).toBeVisible();
    await page.keyboard.press('h');
    await expect(page.getByTestId('selection-toolbar')).toBeHidden();
  }
  await expect(cards).toHaveCount(3);

  await page.getByRole('button', { name: 'Edit text…' }).click();
  const box = page.getByLabel('Article text');
  const revised = TEXT.replace(
    'Border talks\n\n',
    'Border talks\n\nA new opening paragraph.\n\n',
  ).replace('Traders welcomed the news but remained cautious.', 'Some traders were cautious.');
  await box.fill(revised.trim());
  await page.getByRole('button', { name: 'Save as new version' }).click();
  await expect(page.getByTestId('revision-outcome')).toContainText('1 orphaned', {
    timeout: 15_000,
  });
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(body).toContainText('A new opening paragraph.');
  await expect(cards).toHaveCount(2);
  const orphans = page.getByTestId('orphan');
  await expect(orphans).toHaveCount(1);
  await expect(orphans.first()).toContainText('Traders welcomed the news');
  await expect(body.locator('mark')).toHaveCount(2);

  // Dark mode: the notes pane with the orphans list, then the versions' "What changed".
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: `${SHOTS}/dark-orphans.png` });

  // Versions: two, and what changed between them.
  await page.getByRole('button', { name: /^Versions/ }).click();
  await page.getByRole('button', { name: 'What changed' }).click();
  await expect(page.getByTestId('word-diff').locator('ins').first()).toBeVisible();
  await expect(page.getByTestId('word-diff').locator('del').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/dark-versions.png` });
  await page.keyboard.press('Escape');
  await page.emulateMedia({ colorScheme: 'light' });

  // Re-attach the orphan to the new words.
  await orphans.first().getByRole('button', { name: 'Re-attach' }).click();
  await expect(page.getByTestId('reattach-banner')).toBeVisible();
  await selectInArticle(page, 'Some traders were cautious');
  await page.getByRole('button', { name: 'Attach here' }).click();
  await expect(orphans).toHaveCount(0);
  await expect(cards).toHaveCount(3);
  const reattached = body.locator('mark', { hasText: 'Some traders were cautious' });
  await expect(reattached).toHaveCount(1);

  // Re-attaching is one undo step: back to an orphan, and again.
  await page.locator('.reader__page h1').click();
  await page.keyboard.press('Control+z');
  await expect(orphans).toHaveCount(1);
  await expect(reattached).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(orphans).toHaveCount(0);
  await expect(reattached).toHaveCount(1);
});
