// Cleaning a pasted page in the window: furniture is told by its words, not by one site's
// phrases, and each removed line says why, in words an analyst reads.
import { expect, openSeed, pasteText, test } from './fixtures';

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
