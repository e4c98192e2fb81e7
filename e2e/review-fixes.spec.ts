// Fixes from review, in the real renderer: a refused undo keeps its step and says why; each
// article's scroll position comes back when it is reopened; references in a notebook note keep
// the Markdown around them whole and leave code alone.
import {
  expect,
  highlightPhrase as highlight,
  openSeed,
  SEED_TITLE,
  SENTENCE,
  tagCard as tag,
  test,
} from './fixtures';

test('an undo the notebook refuses stays in the history and says what and why', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const card = await highlight(page, SENTENCE);
  await tag(card, 'Kept');

  // The notebook refuses the undo (another window changed the highlight meanwhile).
  await page.route('**/api/highlights.update', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({
        ok: false,
        error: { code: 'CONFLICT', message: 'The highlight was changed elsewhere.' },
      }),
    }),
  );
  const undo = page.getByRole('button', { name: 'Undo', exact: true });
  await expect(undo).toHaveAttribute('title', /Undo tags/);
  await page.locator('.reader__page h1').click();
  await page.keyboard.press('Control+z');
  const alert = page.getByRole('alert').filter({ hasText: 'Could not undo “tags”' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('The step is kept; undo again to retry.');
  // The step is still there, and nothing was redone or lost.
  await expect(undo).toBeEnabled();
  await expect(undo).toHaveAttribute('title', /Undo tags/);
  await expect(page.getByRole('button', { name: 'Redo', exact: true })).toBeDisabled();
  await expect(card.locator('.tag-picker > .tag-chip', { hasText: 'Kept' })).toBeVisible();
});

test('each article keeps its scroll position when reopened', async ({ page, host }) => {
  await openSeed(page, host);
  const paragraphs = Array.from(
    { length: 80 },
    (_, i) => `Paragraph ${i + 1} of a long report about the border, with enough words to wrap.`,
  );
  await page.getByTestId('import-input').setInputFiles({
    name: 'long.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(`Long report\n\n${paragraphs.join('\n\n')}\n`),
  });
  await expect(page.getByTestId('article-text')).toContainText('Paragraph 80');
  const pane = page.locator('.reader__scroll');
  await pane.evaluate((el) => (el.scrollTop = 1500));
  // The paragraph at the top of the pane, and how much of it is above the top edge.
  const place = () =>
    pane.evaluate((el) => {
      const edge = el.getBoundingClientRect().top;
      const top = [...el.querySelectorAll('[data-block-start]')].find(
        (b) => b.getBoundingClientRect().bottom > edge,
      );
      if (!top) return 'none';
      return `${top.textContent?.slice(0, 12)} at ${Math.round(edge - top.getBoundingClientRect().top)}`;
    });
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(1500);
  const reading = await place();
  // The same paragraph, as far into it to the pixel (a half pixel of layout may round either way).
  const samePlace = async () => {
    const now = await place();
    const [, block, at] = /^(.*) at (-?\d+)$/.exec(now) ?? [];
    const [, wantBlock, wantAt] = /^(.*) at (-?\d+)$/.exec(reading)!;
    return block === wantBlock && Math.abs(Number(at) - Number(wantAt)) <= 1 ? reading : now;
  };
  expect(reading).toMatch(/^Paragraph \d+/);
  expect(reading).not.toMatch(/^Paragraph 1 /);

  const library = page.getByTestId('library');
  await library.getByRole('option', { name: new RegExp(SEED_TITLE) }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  await library.getByRole('option', { name: /^long\b/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('long');
  await expect.poll(samePlace).toBe(reading);

  // And after a reload, when the article arrives from the host before it is laid out (the
  // blocks out of view have estimated heights, so the same text is not at the same pixels).
  await page.reload();
  await library.getByRole('option', { name: /^long\b/ }).click();
  await expect(page.getByTestId('article-text')).toContainText('Paragraph 80');
  await expect.poll(samePlace).toBe(reading);
  // It stays there once the page has settled.
  await page.waitForTimeout(500);
  expect(await samePlace()).toBe(reading);
});

test('references keep the Markdown around them whole; code stays code', async ({ page, host }) => {
  await openSeed(page, host);
  const card = await highlight(page, SENTENCE);

  await page.getByRole('tab', { name: 'Notebook notes' }).click();
  await page.getByRole('button', { name: 'New note' }).click();
  const note = page.getByTestId('notebook-note');
  const body = note.getByLabel('Note body');
  await body.fill('Intro\n\n');
  await card.getByRole('button', { name: 'Quote in note' }).click();
  await expect(body).toHaveValue(/\[\[highlight:[\w-]+\]\]/);
  const ref = /\[\[highlight:[\w-]+\]\]/.exec(await body.inputValue())![0];
  await body.fill(`- first ${ref} tail\n- second\n\n${ref}\n\nWrite \`${ref}\` to quote.`);

  const preview = note.getByTestId('notebook-note-preview');
  const list = preview.locator('ul');
  await expect(list).toHaveCount(1);
  await expect(list.locator('li')).toHaveCount(2);
  const item = list.locator('li').first();
  await expect(item.getByTestId('quoted-highlight')).toContainText(SENTENCE);
  await expect(item).toContainText('tail');
  // Alone in its paragraph: a quote block; in a code span: the reference as typed.
  await expect(preview.locator('.quoted-group blockquote')).toHaveText(SENTENCE);
  await expect(preview.getByTestId('quoted-highlight')).toHaveCount(2);
  await expect(preview.locator('code')).toHaveText(ref);
});
