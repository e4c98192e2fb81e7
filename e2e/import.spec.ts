// Bringing sources in, through the real renderer and browser host: bulk files with a bad one,
// duplicates, cancel, drag-and-drop, a web address from a local server, paste; then the
// analyst's control of cleaning, and the article's details.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  expect,
  openSeed,
  pasteText,
  SEED_TITLE,
  selectInArticle,
  SENTENCE,
  test,
} from './fixtures';

const COPIED_TEXT = [
  'Skip to content',
  'Home',
  'World',
  'Business',
  'Sport',
  'Torkham border crossing reopens after nine days',
  'PESHAWAR: The Torkham border crossing between Pakistan and Afghanistan reopened on Thursday after a nine-day closure that stranded hundreds of trucks on both sides, officials said.',
  'Traders welcomed the decision but warned that repeated closures had cost exporters millions of rupees in spoiled fruit and vegetables over the past year.',
  'Customs officials said the backlog of cargo vehicles would take at least three days to clear, and that pedestrians with valid documents were already crossing in both directions.',
  'Most Popular',
  'Cricket board names new selection committee',
  'Petrol prices unchanged for next fortnight',
  '© 2024 Example News. All rights reserved.',
].join('\n');

const ARTICLE_HTML = (title: string, sentence: string) => `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>${title} | Frontier Post</title>
  <meta property="og:site_name" content="Frontier Post">
  <meta name="author" content="Amina Khan">
  <meta property="article:published_time" content="2024-05-14T08:00:00Z">
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>${title}</h1>
    <p>${sentence}</p>
    <p>Provincial officials said the scheme would reach every district by the end of the year, beginning with the districts hit hardest by last summer's floods.</p>
    <p>Critics in the assembly questioned how the programme would be paid for, pointing to a shortfall in the federal transfers the province had been promised in the budget.</p>
    <p>The minister replied that donors had already pledged the first year's costs and that the province would cover the rest from its development budget.</p>
  </article>
  <footer>© 2024 Frontier Post. <a href="/privacy">Privacy</a></footer>
</body>
</html>`;

const MARKDOWN = `# Chaman sit-in enters its third month

Traders and labourers at the Chaman crossing have kept up their protest against the new passport rule.

## Demands

- Restore the old permit system for border residents
- Compensation for lost daily wages
`;

/** A temp folder of sources, as an analyst's downloads folder would hold them. */
async function writeSources() {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-sources-'));
  const files = {
    copied: join(dir, 'torkham-copied.txt'),
    html: join(dir, 'health-cards.html'),
    markdown: join(dir, 'chaman-notes.md'),
    broken: join(dir, 'broken.pdf'),
  };
  await writeFile(files.copied, COPIED_TEXT);
  await writeFile(
    files.html,
    ARTICLE_HTML(
      'KP extends health cards to all residents',
      'The provincial government announced on Tuesday that every resident would be covered by the health card programme.',
    ),
  );
  await writeFile(files.markdown, MARKDOWN);
  // Binary bytes under a PDF's name: no PDF header, NULs and control bytes throughout.
  await writeFile(
    files.broken,
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
  );
  return { dir, files };
}

test('bulk import: progress, a summary naming the bad file, clicking opens, duplicates', async ({
  page,
  host,
}) => {
  const { dir, files } = await writeSources();
  try {
    await openSeed(page, host);
    await page
      .getByTestId('import-input')
      .setInputFiles([files.copied, files.html, files.markdown, files.broken]);

    const panel = page.getByTestId('import-panel');
    await expect(panel.getByRole('heading', { name: 'Import finished' })).toBeVisible();
    await expect(panel.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute(
      'value',
      '4',
    );
    await expect(panel).toContainText('4 of 4');
    await expect(panel.getByTestId('import-summary')).toContainText('3 imported, 1 failed');
    const failures = panel.getByRole('list', { name: 'Failures' });
    await expect(failures.getByRole('listitem')).toHaveCount(1);
    await expect(failures).toContainText('broken.pdf');
    await expect(failures).toContainText('is not a document Dossier can read');

    const library = page.getByTestId('library');
    await expect(library.getByRole('option')).toHaveCount(4);
    await expect(library).toContainText('KP extends health cards to all residents');
    await expect(library).toContainText('Chaman sit-in enters its third month');
    await expect(library).toContainText('Torkham');

    // Each imported source opens its article; the failed one has nothing to open.
    const sources = panel.getByRole('list', { name: 'Sources' });
    await expect(sources.locator('[data-status="failed"]')).toContainText('broken.pdf');
    await sources.getByRole('button', { name: 'health-cards.html' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'KP extends health cards to all residents',
    );
    await expect(page.locator('.article-meta')).toContainText('Frontier Post');
    await sources.getByRole('button', { name: 'chaman-notes.md' }).click();
    await expect(page.getByTestId('article-text')).toContainText('Restore the old permit system');

    // The panel stays until dismissed.
    await panel.getByRole('button', { name: 'Dismiss the import summary' }).click();
    await expect(panel).toHaveCount(0);

    // The same bytes again: offered as the article already there, not imported twice.
    await library.getByRole('option', { name: SEED_TITLE }).click();
    await page.getByTestId('import-input').setInputFiles(files.copied);
    await expect(panel.getByTestId('import-summary')).toHaveText('1 already in your library');
    await expect(panel.locator('[data-status="duplicate"]')).toContainText(
      'Already in your library',
    );
    await expect(page.getByTestId('article-text')).toContainText('reopened on Thursday');
    await expect(library.getByRole('option')).toHaveCount(4);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a folder imports every supported file in it, and says how many it skipped', async ({
  page,
  host,
}) => {
  const { dir, files } = await writeSources();
  try {
    // A sub-folder, a picture and a hidden file: sources are found at any depth, the rest skipped.
    await mkdir(join(dir, 'more'));
    await writeFile(join(dir, 'more', 'field-notes.txt'), 'Field notes\n\nThe market reopened.\n');
    await writeFile(join(dir, 'map.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
    await writeFile(join(dir, '.DS_Store'), 'hidden');
    await rm(files.broken);
    await openSeed(page, host);
    await page.getByTestId('import-folder-input').setInputFiles(dir);

    const summary = page.getByTestId('import-summary');
    await expect(summary).toContainText('4 imported');
    await expect(summary).toContainText('1 file skipped: not a kind Dossier imports (.png)');
    await expect(page.getByTestId('import-panel')).toContainText('more/field-notes.txt');
    await expect(page.getByTestId('library').getByRole('option')).toHaveCount(5);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('cancel stops the remaining files and keeps what was imported', async ({ page, host }) => {
  const { dir, files } = await writeSources();
  try {
    await openSeed(page, host);
    // Hold the first file at the host until Cancel has been pressed.
    let release!: () => void;
    const held = new Promise<void>((done) => (release = done));
    let calls = 0;
    await page.route('**/api/articles.import', async (route) => {
      if (++calls === 1) await held;
      await route.continue();
    });
    await page
      .getByTestId('import-input')
      .setInputFiles([files.html, files.markdown, files.copied]);
    const panel = page.getByTestId('import-panel');
    await expect(panel.getByRole('heading', { name: 'Importing 1 of 3' })).toBeVisible();
    await expect(panel.locator('[data-status="waiting"]')).toHaveCount(2);
    await panel.getByRole('button', { name: 'Cancel' }).click();
    release();

    await expect(panel.getByRole('heading', { name: 'Import cancelled' })).toBeVisible();
    await expect(panel.getByTestId('import-summary')).toHaveText(
      '1 imported, 2 not imported (cancelled)',
    );
    expect(calls).toBe(1);
    await expect(page.getByTestId('library').getByRole('option')).toHaveCount(2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('a file dropped on the window is imported, with an overlay while dragging', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const dropped = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped-notes.md', { type: 'text/markdown' }));
    return data;
  }, MARKDOWN);

  await page.dispatchEvent('body', 'dragenter', { dataTransfer: dropped });
  await expect(page.getByTestId('drop-overlay')).toBeVisible();
  await expect(page.getByTestId('drop-overlay')).toContainText('Drop to import');
  await page.dispatchEvent('body', 'drop', { dataTransfer: dropped });
  await expect(page.getByTestId('drop-overlay')).toHaveCount(0);

  await expect(page.getByTestId('import-summary')).toHaveText('1 imported');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Chaman sit-in enters its third month',
  );
  await expect(page.getByTestId('article-facts')).toContainText('dropped-notes.md');
});

test('a web address is fetched and keeps its link; pasted text and addresses import', async ({
  page,
  host,
}) => {
  const pages: Record<string, string> = {
    '/news/health-cards': ARTICLE_HTML(
      'KP extends health cards to all residents',
      'The provincial government announced on Tuesday that every resident would be covered by the health card programme.',
    ),
    '/news/polio': ARTICLE_HTML(
      'Polio campaign resumes in Bannu',
      'Vaccination teams returned to Bannu on Monday under police escort after a two-week pause.',
    ),
  };
  const server: Server = createServer((req, res) => {
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    await openSeed(page, host);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('menuitem', { name: /Web address/ }).click();
    const form = page.getByRole('form', { name: 'Import a web address' });
    await form.getByRole('textbox', { name: 'Web address' }).fill('ftp://example.org/x');
    await form.getByRole('button', { name: 'Import' }).click();
    await expect(form.getByRole('alert')).toHaveText(
      'Only http and https addresses can be imported.',
    );
    const address = `${origin}/news/health-cards`;
    await form.getByRole('textbox', { name: 'Web address' }).fill(address);
    await form.getByRole('button', { name: 'Import' }).click();
    await expect(form).toHaveCount(0);

    await expect(page.getByTestId('import-summary')).toHaveText('1 imported');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'KP extends health cards to all residents',
    );
    const link = page.locator('.article-meta').getByRole('link');
    await expect(link).toHaveAttribute('href', address);
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(page.getByTestId('article-text')).toContainText('every resident would be covered');
    await page.getByRole('button', { name: 'Dismiss the import summary' }).click();

    // Ctrl/Cmd+V outside a text field: a lone address is fetched, other text is imported as is.
    const paste = (text: string) => pasteText(page, text);
    await paste(`  ${origin}/news/polio \n`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Polio campaign resumes in Bannu',
    );
    await page.getByRole('button', { name: 'Dismiss the import summary' }).click();
    await paste('Field notes from Quetta\n\nThe market reopened after the strike ended on Friday.');
    await expect(page.getByTestId('article-text')).toContainText(
      'The market reopened after the strike ended on Friday.',
    );
    await expect(page.getByTestId('import-panel')).toContainText('Pasted text');
    await expect(page.getByTestId('library').getByRole('option')).toHaveCount(4);

    // The same text pasted again is recognised, not imported twice.
    await page.getByRole('button', { name: 'Dismiss the import summary' }).click();
    await paste('Field notes from Quetta\n\nThe market reopened after the strike ended on Friday.');
    await expect(page.getByTestId('import-panel')).toContainText('1 already in your library');
    await expect(page.getByTestId('library').getByRole('option')).toHaveCount(4);
  } finally {
    await new Promise((done) => server.close(done));
  }
});

test('cleaning: removed blocks are shown in place, put back, removed; a highlight protects its block', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const body = page.getByTestId('article-text');
  const removedSwitch = page.getByRole('switch', { name: /Show removed \(\d+\)/ });
  await expect(removedSwitch).toHaveAttribute('aria-checked', 'false');
  await expect(body.getByTestId('removed-block')).toHaveCount(0);
  const before = Number(/\((\d+)\)/.exec((await removedSwitch.textContent()) ?? '')![1]);
  expect(before).toBeGreaterThan(0);

  await removedSwitch.click();
  await expect(removedSwitch).toHaveAttribute('aria-checked', 'true');
  const removed = body.getByTestId('removed-block');
  await expect(removed).toHaveCount(before);
  const navigation = removed.filter({ hasText: 'HomeWorld' });
  await expect(navigation).toContainText('removed: navigation');

  // With removed blocks shown, selecting and highlighting still maps to the right words.
  await selectInArticle(page, SENTENCE);
  await page.getByRole('button', { name: 'Highlight' }).click();
  await expect(body.locator('mark')).toHaveText(SENTENCE);
  const card = page.getByTestId('highlight-card');
  await expect(card).toContainText('¶ 3');

  // Put the navigation line back: it becomes ¶ 1, and the highlight moves with its words.
  await navigation.getByRole('button', { name: 'Put back' }).click();
  await expect(body.locator('.block').first()).toContainText('HomeWorld');
  await expect(removedSwitch).toHaveText(`Show removed (${before - 1})`);
  await expect(body.locator('mark')).toHaveText(SENTENCE);
  await expect(card).toContainText('¶ 4');

  // Remove it again from the kept text, with its margin action.
  const firstBlock = body.locator('.block').first();
  await firstBlock.hover();
  await firstBlock.getByRole('button', { name: 'Remove paragraph 1' }).click();
  await expect(body.locator('.block').first()).not.toContainText('HomeWorld');
  await expect(removed.filter({ hasText: 'removed by you' })).toContainText('HomeWorld');
  await expect(removedSwitch).toHaveText(`Show removed (${before})`);
  await expect(card).toContainText('¶ 3');

  // The paragraph holding the highlight cannot be removed; the reason is shown.
  const held = body.locator('.block', { has: page.locator('mark') });
  await held.hover();
  await held.getByRole('button', { name: 'Remove paragraph 3' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '¶ 3 was not removed' });
  await expect(refusal).toContainText('highlight');
  await expect(body.locator('mark')).toHaveText(SENTENCE);

  // Hidden again: only kept blocks, numbered as before.
  await removedSwitch.click();
  await expect(removed).toHaveCount(0);
  await expect(body).not.toContainText('HomeWorld');

  // It all survives a reload.
  await page.reload();
  await expect(page.getByRole('switch', { name: `Show removed (${before})` })).toBeVisible();
  await expect(page.getByTestId('highlight-card')).toContainText('¶ 3');
});

test('details: byline, language and direction are edited, shown and applied to the text', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const header = page.locator('.article-header');
  // The seed's date comes from a "today" line at the top of the page: labelled as uncertain.
  await expect(header.locator('.article-date')).toContainText(
    "date line, may be the page's date rather than the article's",
  );
  await expect(page.getByTestId('article-facts')).toContainText('Copied web text');

  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Byline').fill('Kamran Yousaf');
  await page.getByLabel('Language').fill('not a tag!');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.locator('#details-lang-error')).toHaveText(
    'Use a language tag such as en, ur, ps or fa-AF.',
  );
  await expect(page.getByLabel('Language')).toBeFocused();

  await page.getByLabel('Language').fill('ur');
  await page.getByLabel('Direction').selectOption('rtl');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(page.getByRole('form', { name: 'Article details' })).toHaveCount(0);

  await expect(header.locator('.article-byline')).toHaveText('By Kamran Yousaf');
  const facts = page.getByTestId('article-facts');
  await expect(facts).toContainText('Urdu (ur)');
  await expect(facts).toContainText('Right to left');
  const body = page.getByTestId('article-text');
  await expect(body).toHaveAttribute('dir', 'rtl');
  await expect(body).toHaveAttribute('lang', 'ur');

  // Cleared again: the byline goes; the date edited by hand is labelled as set by you.
  await page.getByRole('button', { name: 'Edit details' }).click();
  await page.getByLabel('Byline').fill('');
  await page.getByLabel('Published').fill('2024-06-24');
  await page.getByRole('button', { name: 'Save details' }).click();
  await expect(header.locator('.article-byline')).toHaveCount(0);
  await expect(header.locator('.article-date')).toContainText('set by you');
  await page.reload();
  await expect(page.getByTestId('article-text')).toHaveAttribute('dir', 'rtl');
});
