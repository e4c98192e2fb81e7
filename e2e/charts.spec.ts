// The charts in the real renderer: every chart drawn from a notebook with a graded source and
// tagged highlights, looked at in light and dark; a chart saved as SVG.
import { mkdirSync, readFileSync } from 'node:fs';
import { api, expect, highlightPhrase, openSeed, tagCard, test } from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

const CHARTS = [
  ['Tag frequency', 'tags', 'Actors/TTP'],
  ['Tags coded together', 'tag-matrix', 'Talks'],
  ['Sources by outlet and reliability', 'sources', 'Express Tribune'],
  ['Highlights over time', 'highlights-time', '2024-06'],
  ['What the sources date', 'timeline', 'Pakistan rejects'],
  ['Entities named together', 'entities', 'Kabul'],
] as const;

test('every chart is drawn in light and dark, and one is saved as SVG', async ({ page, host }) => {
  await openSeed(page, host);
  const articles = (await api(host, 'articles.list', {})) as unknown as Array<{ id: string }>;
  await api(host, 'articles.update', {
    id: articles[0]!.id,
    source: 'Express Tribune',
    reliability: 'B',
  });
  const offer = await highlightPhrase(page, 'expressed their willingness to re-engage in talks');
  await tagCard(offer, 'Actors/TTP');
  await tagCard(offer, 'Talks');
  const surrender = await highlightPhrase(page, 'urged the militants to surrender');
  await tagCard(surrender, 'Actors/TTP');

  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByRole('tab', { name: 'Charts' }).click();
  const charts = page.getByTestId('charts');
  for (const [title, kind, words] of CHARTS) {
    await charts.getByRole('radio', { name: title }).click();
    const chart = charts.locator(`[data-testid="chart"][data-chart="${kind}"]`);
    await expect(chart.locator('svg text', { hasText: words }).first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`chart-${kind}.png`) });
    await page.screenshot({ path: `${SHOTS}/chart-${kind}.png` });
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(chart.locator('svg text', { hasText: words }).first()).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`chart-${kind}-dark.png`) });
    await page.emulateMedia({ colorScheme: 'light' });
  }

  // The tag matrix counts the highlight carrying both tags.
  await charts.getByRole('radio', { name: 'Tags coded together' }).click();
  const matrix = (await api(host, 'charts.data', { chart: 'tag-matrix' })) as unknown as {
    tags: string[];
    counts: number[][];
  };
  expect(matrix.counts[matrix.tags.indexOf('Actors/TTP')]![matrix.tags.indexOf('Talks')]).toBe(1);

  await charts.getByRole('radio', { name: 'Tag frequency' }).click();
  const download = page.waitForEvent('download');
  await charts.getByRole('button', { name: 'Save SVG' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Tag frequency.svg');
  const svg = readFileSync((await file.path())!, 'utf8');
  expect(svg).toMatch(/^<svg/);
  expect(svg).toContain('Actors/TTP');
});
