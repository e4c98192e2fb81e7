// A highlight over two paragraphs of the seed article is cited by both on its card (`¶ 3–4`);
// one ending exactly at its paragraph's end is cited by that paragraph alone.
import { expect, openSeed, selectAcross, selectInArticle, SENTENCE, test } from './fixtures';

/** The seed's third paragraph ends with SENTENCE; its fourth begins with these words. */
const NEXT_OPENING = 'However, the TTP unilaterally';

test('a highlight over two paragraphs is cited ¶ 3–4 on its card', async ({ page, host }) => {
  await openSeed(page, host);
  const toolbar = page.getByTestId('selection-toolbar');
  const cards = page.getByTestId('notes-pane').getByTestId('highlight-card');

  // Ending exactly at the end of paragraph 3: that paragraph alone.
  await selectInArticle(page, SENTENCE);
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('h');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('¶ 3');
  await expect(cards.first()).not.toContainText('¶ 3–');

  // From Kabul in paragraph 3 into paragraph 4: one highlight, cited by both.
  await selectAcross(page, 'the Afghan Taliban government in Kabul', NEXT_OPENING);
  await expect(toolbar).toBeVisible();
  await page.keyboard.press('h');
  await expect(cards).toHaveCount(2);
  const across = cards.filter({ hasText: NEXT_OPENING });
  await expect(across).toHaveCount(1);
  await expect(across.locator('.highlight-card__where')).toContainText('¶ 3\u20134');
  // Its marks run into paragraph 4 (in paragraph 3 they go around the sentence's own mark).
  const id = await across.getAttribute('data-highlight-id');
  const marks = page.getByTestId('article-text').locator(`mark[data-highlight-id="${id}"]`);
  await expect(marks.last()).toHaveText(NEXT_OPENING);

  // The citation stays after a reload, worked out again from the stored highlight.
  await page.reload();
  await expect(across.locator('.highlight-card__where')).toContainText('¶ 3–4');
});
