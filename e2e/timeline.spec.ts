// The timeline in the real renderer: the seed's "in November last year" is an event of November
// 2023; zoom and filter; an event opens its sentence in the reader, another becomes a highlight.
import { mkdirSync } from 'node:fs';
import { api, expect, highlightPhrase, openSeed, tagCard, test } from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

test('the timeline dates the seed, zooms, and jumps from an event to its sentence', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const timeline = page.getByTestId('timeline');
  const truce = page
    .getByTestId('timeline-event')
    .filter({ hasText: 'unilaterally terminated the truce' });
  await expect(truce).toContainText('November 2023 (month)');
  await expect(truce.locator('mark')).toHaveText('November last year');
  const bucket = timeline.getByTestId('timeline-bucket').filter({ has: truce });
  await expect(bucket.getByRole('heading', { level: 3 })).toHaveText('November 2023');
  await page.screenshot({ path: test.info().outputPath('timeline.png') });
  await page.screenshot({ path: `${SHOTS}/timeline.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('timeline-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Zoomed out to years, the event sits under 2023.
  await timeline.getByRole('radio', { name: 'Years' }).click();
  await expect(timeline.getByTestId('timeline-bucket').filter({ has: truce })).toContainText(
    /^2023/,
  );
  // A reliability filter the ungraded seed does not meet hides every event.
  await timeline.getByLabel('Reliability').selectOption('B');
  await expect(timeline.getByTestId('timeline-event')).toHaveCount(0);
  await timeline.getByLabel('Reliability').selectOption('');

  // Open at the sentence: the reader comes back with the words marked.
  await truce.getByRole('button', { name: 'Open at the sentence' }).click();
  await expect(timeline).toBeHidden();
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...(CSS.highlights.get('search-current') ?? [])].map((r) => r.toString()),
      ),
    )
    .toEqual(['November last year']);

  // Highlight it: the sentence becomes a highlight, its card open in the notes.
  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await truce.getByRole('button', { name: 'Highlight it' }).click();
  await expect(
    page.getByTestId('highlight-card').filter({ hasText: 'unilaterally terminated the truce' }),
  ).toBeVisible();
});

test('two sources dating the same event differently are flagged, and filters by entity and tag', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  await api(host, 'articles.importText', {
    text: 'A year of violence\n\nThe TTP terminated the truce in November 2022, and attacks on police in Khyber-Pakhtunkhwa followed.\n\nTraders in Peshawar reopened their shops on 3 May 2024 after the curfew.',
  });
  await page.reload();
  const card = await highlightPhrase(page, 'unilaterally terminated the truce');
  await tagCard(card, 'Ceasefire');
  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  const timeline = page.getByTestId('timeline');
  const seedTruce = timeline
    .getByTestId('timeline-event')
    .filter({ hasText: 'unilaterally terminated the truce' });
  await expect(seedTruce.getByRole('note')).toContainText('A year of violence says November 2022');

  await timeline.getByLabel('Only events sources date differently').check();
  await expect(timeline.getByTestId('timeline-event')).toHaveCount(2);
  await page.screenshot({ path: test.info().outputPath('timeline-disputed.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: test.info().outputPath('timeline-disputed-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  // The date in the note leads to the other source's sentence.
  await seedTruce.getByRole('button', { name: 'November 2022' }).click();
  await expect(
    timeline.getByTestId('timeline-event').filter({ hasText: 'in November 2022' }),
  ).toBeFocused();
  await timeline.getByLabel('Only events sources date differently').uncheck();

  await timeline.getByLabel('Entity').selectOption('Peshawar');
  await expect(timeline.getByTestId('timeline-event')).toHaveCount(1);
  await expect(timeline.getByTestId('timeline-event')).toContainText('reopened their shops');
  await timeline.getByLabel('Entity').selectOption('');

  await timeline.getByLabel('Tag').selectOption({ label: 'Ceasefire' });
  await expect(timeline.getByTestId('timeline-event')).toHaveCount(1);
  await expect(timeline.getByTestId('timeline-event')).toContainText('unilaterally terminated');

  // Quoted in a note in one step: the sentence becomes a highlight, quoted in a new note.
  const other = timeline.getByTestId('timeline-event').filter({ hasText: 'in November 2022' });
  await timeline.getByLabel('Tag').selectOption('');
  await other.getByRole('button', { name: 'Quote in note' }).click();
  await page.getByRole('menuitem', { name: /New note/ }).click();
  await expect(other.getByTestId('quote-in-note-status')).toContainText('Quoted 1');
  const notes = (await api(host, 'notes.list', {})) as unknown as Array<{ body: string }>;
  expect(notes.some((n) => /\[\[highlight:[\w-]+\]\]/.test(n.body))).toBe(true);
});
