// The Export dialog end to end in the browser host: scope, filters and order, the preview of
// what will be written, downloads in each format (those this build has), a notebook bundle
// that is always the whole notebook, and one carried to a fresh host through the Import flow.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Download, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import {
  api,
  expect,
  openSeed,
  SEED_TITLE,
  selectInArticle,
  SENTENCE,
  test,
  type Host,
} from './fixtures';

const NOTE = 'Ceasefire came with the talks, "comma, quote" and all.';
const TAG = 'talks/ceasefire';

/** Highlights the seed sentence, writes its note and tags it; returns the highlight's id. */
async function annotateSeed(page: Page, host: Host): Promise<string> {
  await openSeed(page, host);
  await selectInArticle(page, SENTENCE);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  const card = page.getByTestId('notes-pane').getByTestId('highlight-card');
  await expect(card).toHaveCount(1);
  await card.getByLabel('Note').fill(NOTE);
  await expect(card.getByText('Saved')).toBeVisible();
  const id = (await card.getAttribute('data-highlight-id'))!;
  const tag = await api(host, 'tags.create', { name: TAG });
  await api(host, 'highlights.update', { id, tagIds: [tag.id] });
  // The codebook is read when the page loads.
  await page.reload();
  await expect(page.getByTestId('article-text').locator('mark[data-highlight-id]')).toHaveText(
    SENTENCE,
  );
  return id;
}

const dialogOf = (page: Page) => page.getByRole('dialog', { name: 'Export' });

async function openExport(page: Page) {
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(dialogOf(page)).toBeVisible();
  return dialogOf(page);
}

/**
 * Saves in `format` from the open dialog: the download, or null when this build answers that
 * the format is not available yet (other formats are still being written).
 */
async function saveAs(page: Page, format: string): Promise<Download | null> {
  const dialog = dialogOf(page);
  await dialog.getByRole('radio', { name: format }).check();
  const download = page.waitForEvent('download', { timeout: 15_000 }).catch(() => null);
  await dialog.getByRole('button', { name: /^Save/ }).click();
  const failure = dialog.getByRole('alert');
  const outcome = await Promise.race([
    download,
    failure.waitFor({ timeout: 15_000 }).then(() => 'failed' as const),
  ]);
  if (outcome === 'failed') {
    await expect(failure).toContainText('not available in this build');
    return null;
  }
  expect(outcome).not.toBeNull();
  return outcome;
}

test('export dialog: scope, filter and order, a preview, then Markdown and CSV downloads', async ({
  page,
  host,
}) => {
  await annotateSeed(page, host);
  const dialog = await openExport(page);

  // This article, by default: the preview shows what the file will hold.
  await expect(dialog.getByRole('radio', { name: 'This article' })).toBeChecked();
  const preview = dialog.getByTestId('export-preview');
  await expect(preview.locator('blockquote')).toContainText(SENTENCE);
  await expect(preview).toContainText(NOTE);
  await expect(dialog.getByTestId('export-counts')).toHaveText('1 article, 1 highlight');

  // A filtered view: by the tag, the highlight's colour and a date range, ordered by title.
  await dialog.getByRole('radio', { name: 'Filtered' }).check();
  await dialog.getByRole('group', { name: 'Tags' }).getByLabel(`#${TAG}`).check();
  await dialog.locator('label[title="Yellow"] input').check();
  await dialog.getByLabel('From', { exact: true }).fill('2000-01-01');
  await dialog.getByLabel('To', { exact: true }).fill('2099-12-31');
  await dialog.getByLabel('Order').selectOption('title');
  await expect(preview.locator('blockquote')).toContainText(SENTENCE);
  await expect(preview).toContainText(`#${TAG}`);
  await expect(dialog.getByTestId('export-counts')).toHaveText('1 article, 1 highlight');

  // A date range the article is not in leaves nothing (or an article with no highlights).
  await dialog.getByLabel('To', { exact: true }).fill('2000-01-02');
  await expect(preview.locator('blockquote')).toHaveCount(0);
  await dialog.getByLabel('To', { exact: true }).fill('2099-12-31');
  await expect(preview.locator('blockquote')).toContainText(SENTENCE);

  // An impossible range is said, not sent.
  await dialog.getByLabel('From', { exact: true }).fill('2099-12-31');
  await dialog.getByLabel('To', { exact: true }).fill('2000-01-01');
  await expect(preview).toContainText('The date range ends before it starts.');
  await expect(dialog.getByRole('button', { name: /^Save/ })).toBeDisabled();
  await dialog.getByLabel('From', { exact: true }).fill('2000-01-01');
  await dialog.getByLabel('To', { exact: true }).fill('2099-12-31');

  const markdown = (await saveAs(page, 'Markdown'))!;
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  const md = await readFile((await markdown.path())!, 'utf8');
  expect(md).toContain(`> ${SENTENCE}`);
  expect(md).toContain(NOTE);
  expect(md).toContain(SEED_TITLE);
  await expect(dialogOf(page)).toBeHidden();

  // Chosen articles: the library as a checklist.
  await openExport(page);
  await dialog.getByRole('radio', { name: 'Chosen articles' }).check();
  const list = dialog.getByRole('list', { name: 'Articles to export' });
  await expect(list.getByRole('checkbox', { name: new RegExp(SEED_TITLE) })).toBeChecked();
  await expect(preview.locator('blockquote')).toContainText(SENTENCE);

  const csv = await saveAs(page, 'CSV');
  if (csv) {
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    const bytes = await readFile((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    const [header] = text.split(/\r?\n/);
    expect(header!.toLowerCase()).toMatch(/quote/);
    expect(text).toContain(SENTENCE);
    // RFC 4180: a cell with quotes or commas is quoted, its quotes doubled.
    expect(text).toContain('""comma, quote""');
  } else {
    test.info().annotations.push({ type: 'skipped', description: 'CSV not in this build yet' });
  }
});

test('Word and PDF exports download as real files, once this build has them', async ({
  page,
  host,
}) => {
  await annotateSeed(page, host);
  for (const [format, magic] of [
    ['Word', 'PK\u0003\u0004'],
    ['PDF', '%PDF-'],
  ] as const) {
    await openExport(page);
    const download = await saveAs(page, format);
    if (!download) {
      test.info().annotations.push({ type: 'skipped', description: `${format} not in this build` });
      await dialogOf(page).getByRole('button', { name: 'Cancel' }).click();
      continue;
    }
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, magic.length).toString('latin1')).toBe(magic);
  }
});

test('a notebook bundle carries the highlight and its note into a fresh notebook', async ({
  page,
  host,
}) => {
  await annotateSeed(page, host);
  await openExport(page);
  const download = await saveAs(page, 'Notebook bundle');
  test.skip(download === null, 'bundle export is not in this build yet');
  expect(download!.suggestedFilename()).toMatch(/\.dossier$/);
  const bundle = await readFile((await download!.path())!);

  const fresh = await startFreshHost();
  try {
    await openSeed(page, fresh);
    await expect(page.getByTestId('article-text').locator('mark[data-highlight-id]')).toHaveCount(
      0,
    );
    await page.getByTestId('import-input').setInputFiles({
      name: download!.suggestedFilename(),
      mimeType: 'application/zip',
      buffer: bundle,
    });
    const panel = page.getByTestId('import-panel');
    await expect(panel.getByTestId('bundle-summary')).toContainText(
      /Bundle merged: .*1 highlight added/,
    );
    await expect(page.getByTestId('article-text').locator('mark[data-highlight-id]')).toHaveText(
      SENTENCE,
    );
    const card = page.getByTestId('notes-pane').getByTestId('highlight-card');
    await expect(card.getByLabel('Note')).toHaveValue(NOTE);
  } finally {
    await fresh.stop();
  }
});

test('a notebook bundle is the whole notebook, whatever filter was chosen', async ({
  page,
  host,
}) => {
  await annotateSeed(page, host);
  const other = await api(host, 'articles.importText', {
    text: 'Floods in Swat\n\nThe rivers rose again on Tuesday, and the roads were closed.',
  });
  const listed = (await api(host, 'articles.list', {})) as unknown as { id: string }[];
  const allIds = listed.map((a) => a.id).sort();
  expect(allIds).toContain(other.id);
  const dialog = await openExport(page);
  const counts = dialog.getByTestId('export-counts');

  // A tag filter keeps only the seed article...
  await dialog.getByRole('radio', { name: 'Filtered' }).check();
  await dialog.getByRole('group', { name: 'Tags' }).getByLabel(`#${TAG}`).check();
  await expect(counts).toHaveText('1 article, 1 highlight');

  // ...but a bundle shows (and cannot change) the whole notebook, and previews all of it.
  await dialog.getByRole('radio', { name: 'Notebook bundle' }).check();
  const whole = dialog.getByRole('radio', { name: 'Whole notebook' });
  await expect(whole).toBeChecked();
  await expect(whole).toBeDisabled();
  await expect(dialog.getByRole('radio', { name: 'Filtered' })).toBeDisabled();
  await expect(dialog.getByRole('group', { name: 'Tags' })).toHaveCount(0);
  await expect(dialog.getByLabel('Order')).toBeDisabled();
  await expect(dialog.getByTestId('export-preview-bundle')).toContainText('the whole notebook');
  await expect(counts).toHaveText(`${allIds.length} articles, 1 highlight`);

  // Another format gives the filter back as it was.
  await dialog.getByRole('radio', { name: 'Markdown' }).check();
  await expect(dialog.getByRole('radio', { name: 'Filtered' })).toBeChecked();
  await expect(dialog.getByRole('group', { name: 'Tags' }).getByLabel(`#${TAG}`)).toBeChecked();
  await expect(counts).toHaveText('1 article, 1 highlight');
  await expect(dialog.getByTestId('export-preview-bundle')).toHaveCount(0);

  const download = await saveAs(page, 'Notebook bundle');
  test.skip(download === null, 'bundle export is not in this build yet');
  const files = unzipSync(await readFile((await download!.path())!));
  const library = JSON.parse(strFromU8(files['library.json']!)) as { articles: { id: string }[] };
  expect(library.articles.map((a) => a.id).sort()).toEqual(allIds);
});

/** A second browser host on its own empty data folder, as another machine would be. */
async function startFreshHost(): Promise<Host> {
  const dataDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-fresh-'));
  const token = 'f'.repeat(32);
  const child: ChildProcess = spawn(
    process.execPath,
    [resolve(import.meta.dirname, '..', 'out/main/web-server.js')],
    {
      env: { ...process.env, DOSSIER_DATA_DIR: dataDir, DOSSIER_PORT: '0', DOSSIER_TOKEN: token },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`no fresh host in 20 s:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dossier is at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
  });
  return {
    url,
    origin: new URL(url).origin,
    token,
    dataDir,
    restart: () => Promise.reject(new Error('the fresh host is not restarted')),
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((done) => child.once('exit', done));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
