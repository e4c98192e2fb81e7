// The codebook's numbers in the real renderer: a tag counts the highlights carrying it or a tag
// below it, each highlight once (one carrying both `Actors` and `Actors/TTP` counts once for
// `Actors`), and so does a group that is only a prefix; the numbers follow tagging and untagging.
import type { Locator, Page } from '@playwright/test';
import { expect, openSeed, selectInArticle, SENTENCE, test } from './fixtures';

const TRUCE = 'However, the TTP unilaterally terminated the truce';
const OFFICIAL = 'A senior government official revealed';
const COMMITTEE = 'a committee was formed on this matter';

async function highlight(page: Page, phrase: string): Promise<Locator> {
  await selectInArticle(page, phrase);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  const card = page.getByTestId('highlight-card').filter({ hasText: phrase });
  await expect(card).toHaveCount(1);
  return card;
}

/** Types a path into a card's tag input and presses Enter; `chips`: how many it then carries. */
async function tag(card: Locator, path: string, chips: number) {
  const input = card.getByRole('combobox', { name: 'Add a tag' });
  await input.fill(path);
  await input.press('Enter');
  await expect(card.locator('.tag-picker > .tag-chip')).toHaveCount(chips);
  await expect(card.getByRole('button', { name: `Remove tag ${path}`, exact: true })).toBeVisible();
}

const count = (page: Page, path: string) =>
  page.getByTestId('codebook').locator(`[data-tag-path="${path}"] .codebook__count`);

test('the codebook counts each highlight once for a tag and the tags below it', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  // Actors on one highlight, Actors/TTP on another, and a third carrying both.
  await tag(await highlight(page, SENTENCE), 'Actors', 1);
  const truce = await highlight(page, TRUCE);
  await tag(truce, 'Actors/TTP', 1);
  const official = await highlight(page, OFFICIAL);
  await tag(official, 'Actors/TTP', 1);
  await tag(official, 'Actors', 2);
  // A group that is only a prefix, with one highlight carrying two tags below it.
  const committee = await highlight(page, COMMITTEE);
  await tag(committee, 'Events/Talks', 1);
  await tag(committee, 'Events/Ceasefire', 2);

  await page.getByRole('tab', { name: 'Codebook' }).click();
  await expect(count(page, 'Actors')).toHaveText('3');
  await expect(count(page, 'Actors/TTP')).toHaveText('2');
  await expect(count(page, 'Events')).toHaveText('1');
  await expect(count(page, 'Events/Talks')).toHaveText('1');
  await expect(count(page, 'Events/Ceasefire')).toHaveText('1');
  await expect(count(page, 'Actors')).toHaveAttribute(
    'title',
    '3 highlights tagged Actors or a tag below it',
  );

  // The host says the same numbers the codebook shows.
  const response = await fetch(`${host.origin}/api/tags.list`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: '{}',
  });
  const listed = (await response.json()) as { value: Array<{ name: string; count: number }> };
  expect(Object.fromEntries(listed.value.map((t) => [t.name, t.count]))).toEqual({
    Actors: 3,
    'Actors/TTP': 2,
    'Events/Ceasefire': 1,
    'Events/Talks': 1,
  });

  // Taking Actors off the highlight that also carries Actors/TTP leaves it counted for Actors.
  await official.getByRole('button', { name: 'Remove tag Actors', exact: true }).click();
  await expect(official.locator('.tag-picker > .tag-chip')).toHaveCount(1);
  await expect(count(page, 'Actors')).toHaveText('3');
  await expect(count(page, 'Actors/TTP')).toHaveText('2');
  // Taking Actors/TTP off another takes it out of both.
  await truce.getByRole('button', { name: 'Remove tag Actors/TTP', exact: true }).click();
  await expect(count(page, 'Actors/TTP')).toHaveText('1');
  await expect(count(page, 'Actors')).toHaveText('2');
  await committee.getByRole('button', { name: 'Remove tag Events/Talks', exact: true }).click();
  await expect(count(page, 'Events')).toHaveText('1');
  await expect(count(page, 'Events/Talks')).toHaveText('0');
  await committee.getByRole('button', { name: 'Remove tag Events/Ceasefire', exact: true }).click();
  await expect(count(page, 'Events')).toHaveText('0');

  // The numbers are the notebook's, not the page's: the same after a reload.
  await page.reload();
  await page.getByRole('tab', { name: 'Codebook' }).click();
  await expect(count(page, 'Actors')).toHaveText('2');
  await expect(count(page, 'Actors/TTP')).toHaveText('1');
  await expect(count(page, 'Events')).toHaveText('0');
});
