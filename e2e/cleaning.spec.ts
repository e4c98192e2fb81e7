// Cleaning a pasted page in the window: furniture is told by its words, not by one site's
// phrases, and each removed line says why, in words an analyst reads.
import { expect, openSeed, pasteText, SEED_TITLE, test } from './fixtures';

const paragraph = (topic: string) =>
  `The district council met on Tuesday to discuss ${topic}, and members said they expected a decision before the end of the month.`;

test('a pasted page keeps its article and names each removed line by what it is', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await pasteText(
    page,
    [
      'Home',
      'Politics',
      'Valley council delays flood relief decision',
      'By Sana Mir',
      'Share this story on WhatsApp',
      paragraph('the flood relief budget'),
      paragraph('the new embankment on the river'),
      '- Advertisement -',
      paragraph('the schools closed since the spring'),
      'More Top Reads',
      'Floods close the northern highway for a third day',
      'Minister promises new bridges before the winter',
      'Be the first to comment',
    ].join('\n'),
  );
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Valley council delays flood relief decision',
  );
  const body = page.getByTestId('article-text');
  await expect(body).toContainText(paragraph('the schools closed since the spring'));
  await expect(body).not.toContainText('More Top Reads');

  await page.getByRole('switch', { name: /Show removed \(\d+\)/ }).click();
  const removed = body.getByTestId('removed-block');
  await expect(removed.filter({ hasText: 'More Top Reads' })).toContainText(
    'removed: other stories',
  );
  await expect(removed.filter({ hasText: 'Share this story' })).toContainText('removed: share bar');
  await expect(removed.filter({ hasText: 'Be the first to comment' })).toContainText(
    'removed: comments',
  );
  await removed.filter({ hasText: 'Be the first to comment' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('cleaning.png') });
});

test("an article the cleaner was unsure of says so in its header, and keeps the page's article", async ({
  page,
  host,
}) => {
  // A live page whose every update opens with a capitalised label, as promos for other
  // stories do: the cleaner's rules would drop them all, so the page's article is kept.
  const updates = [
    'The river rose another metre overnight and the district office ordered the lower town to leave before noon.',
    'Rescue boats reached the villages cut off since Sunday, and the first families were brought to the school.',
    'The provincial minister said the embankment would hold, though engineers warned that the water was still rising.',
    'Electricity was cut in three districts as a precaution, and the hospital moved its patients to the upper floors.',
  ];
  const live = `<!DOCTYPE html><html lang="en"><head><title>Floods: live updates</title></head><body><article><h1>Floods: live updates</h1>${updates
    .map((u) => `<p>LATEST NEWS: ${u}</p>`)
    .join('')}</article></body></html>`;
  await openSeed(page, host);
  await page
    .getByTestId('import-input')
    .setInputFiles({ name: 'floods-live.html', mimeType: 'text/html', buffer: Buffer.from(live) });
  const panel = page.getByTestId('import-panel');
  await expect(panel.getByTestId('import-summary')).toContainText('1 imported');
  await panel
    .getByRole('list', { name: 'Sources' })
    .getByRole('button', { name: 'floods-live.html' })
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Floods: live updates');
  const body = page.getByTestId('article-text');
  for (const update of updates) await expect(body).toContainText(update);
  const note = page.getByRole('note', { name: "Cleaner's note" });
  await expect(note).toContainText(/would have kept only \d+% of the article/);
  await expect(note).toContainText('check it for leftover menus or links');
  await page
    .locator('.article-header')
    .screenshot({ path: test.info().outputPath('cleaner-note.png') });

  // An article the cleaner was sure of has no note.
  await page.getByTestId('library').getByRole('option', { name: SEED_TITLE }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.getByRole('note', { name: "Cleaner's note" })).toHaveCount(0);
});
