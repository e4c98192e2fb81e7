// The desktop journey in the real Electron app: read the seed article, highlight a sentence,
// write a note, reload, and find both again, with the notebook in its own utility process.
// Skips, and says so, where Electron is not installed.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test, type Page } from '@playwright/test';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const SEED_TITLE = 'Pakistan rejects TTP’s offer to resume talks';
const SENTENCE = 'For that purpose, a ceasefire was also announced.';
const NOTE = 'Ceasefire came with the talks; check who proposed it.';
const SKIPPED =
  'Electron binary not installed (ELECTRON_SKIP_BINARY_DOWNLOAD): the desktop journey was not run';

/** The Electron executable, or undefined: requiring 'electron' throws when path.txt is missing. */
function electronBinary(): string | undefined {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Selects `text` inside the article body the way a mouse drag would, across text nodes if need be. */
async function selectInArticle(page: Page, text: string): Promise<void> {
  const found = await page.getByTestId('article-text').evaluate((container, wanted) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let joined = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      nodes.push(node as Text);
      joined += (node as Text).data;
    }
    const start = joined.indexOf(wanted);
    if (start === -1) return false;
    const end = start + wanted.length;
    const locate = (offset: number, preferEnd: boolean): [Text, number] => {
      let passed = 0;
      for (const node of nodes) {
        const length = node.data.length;
        if (offset < passed + length || (preferEnd && offset === passed + length)) {
          return [node, offset - passed];
        }
        passed += length;
      }
      const last = nodes[nodes.length - 1]!;
      return [last, last.data.length];
    };
    const range = document.createRange();
    range.setStart(...locate(start, false));
    range.setEnd(...locate(end, true));
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const rect = range.getBoundingClientRect();
    const at = { bubbles: true, clientX: rect.right, clientY: rect.bottom };
    range.endContainer.parentElement!.dispatchEvent(new MouseEvent('mouseup', at));
    document.dispatchEvent(new Event('selectionchange'));
    return true;
  }, text);
  expect(found, `"${text}" should be in the article text`).toBe(true);
}

/** Whether a note has reached the notebook's files on disk (autosave may be debounced). */
async function noteIsOnDisk(dataDir: string, note: string): Promise<boolean> {
  const folder = join(dataDir, 'articles');
  const names = await readdir(folder).catch(() => []);
  for (const name of names.filter((n) => n.endsWith('.json'))) {
    if ((await readFile(join(folder, name), 'utf8')).includes(JSON.stringify(note).slice(1, -1))) {
      return true;
    }
  }
  return false;
}

test('desktop journey: highlight and note survive a reload, and export carries them', async () => {
  const electronPath = electronBinary();
  if (!electronPath) {
    console.log(SKIPPED);
    test.skip(true, SKIPPED);
    return;
  }
  if (!existsSync(join(projectRoot, 'out/main/index.js'))) {
    throw new Error('out/main/index.js is missing: run `npm run build` before the e2e suite.');
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'dossier-electron-e2e-'));
  // Launched with the project folder, as `electron .` would be, so package.json "main"
  // (out/main/index.js) starts and app.getAppPath() finds seeds/.
  // Chromium refuses to run as root without --no-sandbox (CI containers); users never run as root.
  const rootOnly = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  // Inherited ELECTRON_RUN_AS_NODE would start a bare Node instead of the app.
  const { ELECTRON_RUN_AS_NODE: _runAsNode, ...inherited } = process.env;
  const app = await _electron.launch({
    executablePath: electronPath,
    args: [...rootOnly, projectRoot],
    cwd: projectRoot,
    env: { ...inherited, DOSSIER_DATA_DIR: dataDir },
  });
  try {
    const page = await app.firstWindow();
    await expect(page.getByText(SEED_TITLE).first()).toBeVisible();
    // The seed came from the notebook's own process, not from the main process.
    const processes = await app.evaluate(({ app }) =>
      app.getAppMetrics().map((metric) => ({ type: metric.type, name: metric.name })),
    );
    expect(processes).toContainEqual({ type: 'Utility', name: 'Dossier notebook' });

    const article = page.getByTestId('article-text');
    // The seed may open by itself or need choosing from the library.
    if (!(await article.isVisible())) await page.getByText(SEED_TITLE).first().click();
    await expect(article).toContainText(SENTENCE);

    await selectInArticle(page, SENTENCE);
    const toolbar = page.getByTestId('selection-toolbar');
    await expect(toolbar).toBeVisible();
    await toolbar.getByRole('button', { name: 'Highlight' }).click();

    const cards = page.getByTestId('notes-pane').getByTestId('highlight-card');
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText(SENTENCE);
    const note = cards.first().getByLabel('Note');
    await note.fill(NOTE);
    await note.blur();
    await expect.poll(() => noteIsOnDisk(dataDir, NOTE), { timeout: 10_000 }).toBe(true);

    await page.reload();
    await expect(page.getByText(SEED_TITLE).first()).toBeVisible();
    if (!(await article.isVisible())) await page.getByText(SEED_TITLE).first().click();
    await expect(article).toContainText(SENTENCE);
    await expect(cards).toHaveCount(1);
    await expect(cards.first()).toContainText(SENTENCE);
    await expect(cards.first().getByLabel('Note')).toHaveValue(NOTE);

    // Export: the native save dialog is answered in the main process, as a user would.
    const exported = join(dataDir, 'exported.md');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({
        canceled: false,
        filePath,
      })) as typeof dialog.showSaveDialog;
    }, exported);
    await page.getByRole('button', { name: 'Export…' }).click();
    await page
      .getByRole('dialog', { name: 'Export' })
      .getByRole('button', { name: /^Save/ })
      .click();
    await expect
      .poll(() => readFile(exported, 'utf8').catch(() => ''), { timeout: 10_000 })
      .toContain(`> ${SENTENCE}`);
    expect(await readFile(exported, 'utf8')).toContain(NOTE);
  } finally {
    await app.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
