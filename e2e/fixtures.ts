// The e2e fixture every spec shares: a fresh browser host (built `out/`) on a temp data folder
// per test, and helpers to open the seed article and select text the way a user's drag would.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';

export const SEED_TITLE = 'Pakistan rejects TTP’s offer to resume talks';
export const SENTENCE = 'For that purpose, a ceasefire was also announced.';
const SERVER = resolve(import.meta.dirname, '..', 'out/main/web-server.js');

export interface Host {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** The address to open, carrying the token in its hash. */
  url: string;
  token: string;
  dataDir: string;
  /** Stops this host (the data folder stays) and starts a new one on the same folder. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

interface Running {
  child: ChildProcess;
  url: string;
}

async function startServer(dataDir: string, token: string): Promise<Running> {
  const child = spawn(process.execPath, [SERVER], {
    env: { ...process.env, DOSSIER_DATA_DIR: dataDir, DOSSIER_PORT: '0', DOSSIER_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error(`the host did not start within 20 s:\n${output}`)),
      20_000,
    );
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
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the host exited (${code}) before it was ready:\n${output}`));
    });
  });
  return { child, url };
}

async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

export const test = base.extend<{ host: Host }>({
  // Playwright reads a fixture's dependencies from its first parameter, which must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
    const token = randomBytes(16).toString('hex');
    let running = await startServer(dataDir, token);
    const host: Host = {
      get origin() {
        return new URL(running.url).origin;
      },
      get url() {
        return running.url;
      },
      token,
      dataDir,
      async restart() {
        await stopServer(running.child);
        running = await startServer(dataDir, token);
      },
      stop: () => stopServer(running.child),
    };
    await use(host);
    await stopServer(running.child);
    await rm(dataDir, { recursive: true, force: true });
  },
});

/** Selects `phrase` inside the article the way a user's drag would, then releases the mouse. */
export async function selectInArticle(page: Page, phrase: string) {
  await page.getByTestId('article-text').evaluate((body, wanted) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text;
      const at = text.data.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + wanted.length);
      // Pressing on the text takes the focus away from a note box; so must this.
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      return;
    }
    throw new Error(`"${wanted}" is not in one text node of the article`);
  }, phrase);
}

/**
 * Drags the mouse from the start of `from` to the end of `to`, which may sit in different
 * paragraphs. A real drag, not a scripted range: pressing on the text also takes the focus away
 * from a note box, as it does for a person (a scripted range leaves the keys going to the note).
 */
export async function selectAcross(page: Page, from: string, to: string) {
  const [x1, y1, x2, y2] = await page.getByTestId('article-text').evaluate(
    (body, [a, b]) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
      const box = (text: Text, at: number) => {
        const range = document.createRange();
        range.setStart(text, at);
        range.setEnd(text, at + 1);
        return range.getBoundingClientRect();
      };
      let start: DOMRect | null = null;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node as Text;
        if (!start && text.data.includes(a!)) start = box(text, text.data.indexOf(a!));
        if (start && text.data.includes(b!)) {
          const end = box(text, text.data.indexOf(b!) + b!.length - 1);
          const middle = (r: DOMRect) => r.top + r.height / 2;
          return [start.left + 1, middle(start), end.right - 1, middle(end)];
        }
      }
      throw new Error('selection ends not found');
    },
    [from, to],
  );
  await page.mouse.move(x1!, y1!);
  await page.mouse.down();
  await page.mouse.move(x2!, y2!, { steps: 8 });
  await page.mouse.up();
}

/** Selects a phrase and presses the toolbar's Highlight button; returns the phrase's card. */
export async function highlightPhrase(page: Page, phrase: string): Promise<Locator> {
  await selectInArticle(page, phrase);
  await page.getByTestId('selection-toolbar').getByRole('button', { name: 'Highlight' }).click();
  return page.getByTestId('highlight-card').filter({ hasText: phrase });
}

/** Types a path into a card's tag input and presses Enter: an existing tag or a new one. */
export async function tagCard(card: Locator, path: string) {
  const input = card.getByRole('combobox', { name: 'Add a tag' });
  await input.fill(path);
  await input.press('Enter');
  await expect(card.locator('.tag-picker > .tag-chip', { hasText: path })).toBeVisible();
}

/** Ctrl/Cmd+V outside a text field, as the browser delivers it: a paste event with the text. */
export const pasteText = (page: Page, text: string) =>
  page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);

/** A tag's row in the codebook, by its path. */
export const codebookRow = (page: Page, path: string) =>
  page.getByTestId('codebook').locator(`[data-tag-path="${path}"]`);

export async function openSeed(page: Page, host: Host) {
  await page.goto(host.url);
  await expect(page.getByTestId('library')).toContainText(SEED_TITLE);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await expect(page.getByTestId('article-text')).toContainText(SENTENCE);
}

/** Calls the host's API directly, to set up what a UI test does not walk through. */
export async function api(host: Pick<Host, 'origin' | 'token'>, op: string, input: object) {
  const response = await fetch(`${host.origin}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: unknown; error?: unknown };
  if (!result.ok) throw new Error(`${op} failed: ${JSON.stringify(result.error)}`);
  return result.value as Record<string, unknown>;
}

export { expect };
