// People, organisations and places in the real renderer: the seed's TTP under its full name with
// every mention, another name added, a highlight mentioning it made into a codebook tag in one
// step, a mention opened in the reader, and the co-mention network drawn in light and dark.
import { mkdirSync } from 'node:fs';
import { api, expect, highlightPhrase, openSeed, test } from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/dossier-shots';
mkdirSync(SHOTS, { recursive: true });

test('the entities page lists mentions, takes another name, makes a tag and draws the network', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  // A highlight mentioning Khawaja Asif, for the page to list and the tag to carry.
  await expect(
    await highlightPhrase(page, 'headed by Defence Minister Khawaja Asif'),
  ).toBeVisible();

  await page.getByRole('button', { name: 'Analysis' }).click();
  await page.getByRole('tab', { name: 'Entities' }).click();
  const view = page.getByTestId('entities');
  const list = view.getByRole('list', { name: 'Entities' });
  await expect(list.getByRole('button').first()).toContainText('Tehreek-e-Taliban Pakistan');

  await list.getByRole('button', { name: /Tehreek-e-Taliban Pakistan/ }).click();
  const entity = page.getByTestId('entity-page');
  await expect(entity.getByRole('heading', { level: 3 })).toContainText(
    'Tehreek-e-Taliban Pakistan',
  );
  await expect(entity.getByRole('list', { name: 'Other names' })).toContainText('TTP');
  await expect(entity.getByTestId('entity-mention').first()).toBeVisible();
  expect(await entity.getByTestId('entity-mention').count()).toBeGreaterThanOrEqual(10);
  await page.screenshot({ path: test.info().outputPath('entity-page.png') });
  await page.screenshot({ path: `${SHOTS}/entity-page.png` });

  // Another name merges: the Pakistani Taliban is the TTP.
  await entity.getByLabel('Another name for this entity').fill('Pakistani Taliban');
  await entity.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(entity.getByRole('list', { name: 'Other names' })).toContainText(
    'Pakistani Taliban',
  );

  // Khawaja Asif becomes a codebook tag carried by the highlight mentioning him.
  await view.getByLabel('Filter entities by name').fill('asif');
  await list.getByRole('button', { name: /Khawaja Asif/ }).click();
  await expect(entity.getByRole('heading', { level: 3 })).toContainText('Khawaja Asif');
  await expect(entity.locator('.entity__quote')).toContainText('Khawaja Asif');
  await entity.getByRole('button', { name: 'Make a tag' }).click();
  await expect(page.getByText('Tagged 1 highlight “People/Khawaja Asif”.')).toBeVisible();
  const tags = (await api(host, 'tags.list', {})) as unknown as Array<{
    name: string;
    count: number;
  }>;
  expect(tags.find((t) => t.name === 'People/Khawaja Asif')?.count).toBe(1);

  // The network, in light and dark.
  await view.getByLabel('Filter entities by name').fill('');
  await view.getByRole('radio', { name: 'Network' }).click();
  const network = page.getByTestId('entity-network');
  await expect(network.locator('svg text', { hasText: 'Kabul' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('entity-network.png') });
  await page.screenshot({ path: `${SHOTS}/entity-network.png` });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(network.locator('svg text', { hasText: 'Kabul' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('entity-network-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });

  // Back to the list: a mention opens the reader with its words found.
  await view.getByRole('radio', { name: 'List' }).click();
  await view.getByLabel('Filter entities by name').fill('kabul');
  await list.getByRole('button', { name: /Kabul/ }).click();
  await entity.getByRole('button', { name: 'Open at the mention' }).first().click();
  await expect(view).toBeHidden();
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...(CSS.highlights.get('search-current') ?? [])].map((r) => r.toString()),
      ),
    )
    .toEqual(['Kabul']);
});
