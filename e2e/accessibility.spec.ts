// Accessibility of the main views, checked by axe-core (WCAG 2.1 A and AA) in light and dark
// mode, and the layout of a small window (1024 x 700): no pane scrolls sideways and every
// library tab shows its whole label.
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import {
  expect,
  highlightPhrase,
  openSeed,
  SEED_TITLE,
  SENTENCE,
  tagCard,
  test,
  type Host,
} from './fixtures';

const SHOTS = process.env.DOSSIER_SHOTS_DIR ?? '/tmp/a11y-shots';
mkdirSync(SHOTS, { recursive: true });

const SMALL = { width: 1024, height: 700 };
const TABS = ['Articles', 'Quotations', 'Codebook', 'Notebook notes'] as const;
const MEDIATOR = 'acted as a mediator';

/** Two tagged highlights in the seed article, so every view has something to show. */
async function annotate(page: Page, host: Host) {
  await openSeed(page, host);
  await tagCard(await highlightPhrase(page, SENTENCE), 'Talks/Ceasefire');
  await tagCard(await highlightPhrase(page, MEDIATOR), 'Actors/Afghanistan');
  await expect(page.getByTestId('article-text').locator('mark[data-highlight-id]')).toHaveCount(2);
}

/**
 * axe's serious and critical findings on the page as it stands, one line per finding; the page
 * is kept as a picture to look at, named by the view and the colour scheme.
 */
async function seriousFindings(page: Page, view: string): Promise<string[]> {
  const scheme = await page.evaluate(() =>
    matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
  );
  await page.screenshot({ path: `${SHOTS}/${view.replace(/\W+/g, '-')}-${scheme}.png` });
  const { violations } = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${view}: ${v.id} (${v.impact}) ${v.help} <${v.helpUrl}>\n` +
        v.nodes
          .map((n) => `    at ${n.target.join(' ')}: ${firstLine(n.failureSummary)}`)
          .join('\n'),
    );
}

/** What axe says is wrong with one element, without its "Fix any of the following" heading. */
const firstLine = (summary?: string) =>
  (summary ?? '')
    .split('\n')
    .find((line) => line.trim() && !line.startsWith('Fix'))
    ?.trim() ?? '';

async function openTab(page: Page, name: (typeof TABS)[number]) {
  const tab = page.getByRole('tab', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} mode`, () => {
    test.use({ colorScheme, viewport: SMALL });

    test('axe finds nothing serious in the library, reader, notes and Export dialog', async ({
      page,
      host,
    }) => {
      test.setTimeout(120_000);
      await annotate(page, host);
      const findings: string[] = [];

      // The library with the seed article open in the reader and its cards in the notes.
      await expect(page.getByRole('main')).toBeVisible();
      // A highlight tells a screen reader its colour's meaning and its tags.
      const mark = page.getByTestId('article-text').locator('mark', { hasText: SENTENCE });
      await expect(mark).toHaveAccessibleDescription(
        /^Highlight: Key claim \(yellow\), tags Talks\/Ceasefire\./,
      );
      findings.push(...(await seriousFindings(page, 'library + reader')));

      await openTab(page, 'Quotations');
      await expect(page.getByTestId('quotation-row')).toHaveCount(2);
      findings.push(...(await seriousFindings(page, 'quotations')));

      await openTab(page, 'Codebook');
      await expect(page.getByTestId('codebook')).toContainText('Ceasefire');
      findings.push(...(await seriousFindings(page, 'codebook')));

      await openTab(page, 'Notebook notes');
      await page.getByRole('button', { name: 'New note' }).click();
      const note = page.getByTestId('notebook-note');
      await note.getByLabel('Note title').fill('Mediation');
      await note.getByLabel('Note body').fill('## Who mediates\n\nThe Afghan side.');
      await expect(note.getByText('Saved')).toBeVisible();
      findings.push(...(await seriousFindings(page, 'notebook note')));

      await openTab(page, 'Articles');
      await page.getByRole('button', { name: 'Export…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export' });
      await expect(dialog.getByTestId('export-preview').locator('blockquote')).toHaveCount(2);
      // The preview is a stop for the keyboard, so its arrows scroll it.
      const preview = dialog.getByRole('region', { name: 'Preview' });
      await expect(preview).toHaveAttribute('tabindex', '0');
      await preview.focus();
      await expect(preview).toBeFocused();
      findings.push(...(await seriousFindings(page, 'export dialog')));

      expect(findings, findings.join('\n')).toEqual([]);
    });
  });
}

test.describe('a 1024 x 700 window', () => {
  test.use({ viewport: SMALL });

  test('no pane scrolls sideways and every library tab shows its whole label', async ({
    page,
    host,
  }) => {
    await annotate(page, host);
    for (const name of TABS) {
      await openTab(page, name);
      const overflow = await page.evaluate(() => {
        const wide: string[] = [];
        const page = document.scrollingElement!;
        if (page.scrollWidth > page.clientWidth) {
          wide.push(`page ${page.scrollWidth} > ${page.clientWidth}`);
        }
        // The three panes, and every area inside them that scrolls.
        for (const el of document.querySelectorAll<HTMLElement>('[data-panel], .pane, .pane *')) {
          const style = getComputedStyle(el);
          const scrolls = /auto|scroll/.test(style.overflowX);
          const pane = el.matches('[data-panel], .pane');
          if (!pane && !scrolls) continue;
          if (el.getClientRects().length === 0) continue; // not shown
          if (el.scrollWidth > el.clientWidth + 1) {
            const name = el.getAttribute('aria-label') ?? el.id ?? '';
            wide.push(
              `${el.tagName}.${el.className} ${name}: ${el.scrollWidth} > ${el.clientWidth}`,
            );
          }
        }
        return wide;
      });
      expect(overflow, `with the ${name} tab open`).toEqual([]);
    }

    const list = page.getByRole('tablist', { name: 'Library views' });
    const listBox = (await list.boundingBox())!;
    for (const name of TABS) {
      const tab = list.getByRole('tab', { name });
      const box = (await tab.boundingBox())!;
      expect(box.x, `${name} starts inside the tab list`).toBeGreaterThanOrEqual(listBox.x);
      expect(box.x + box.width, `${name} ends inside the tab list`).toBeLessThanOrEqual(
        listBox.x + listBox.width + 0.5,
      );
      const { scrollWidth, clientWidth } = await tab.evaluate((el) => ({
        scrollWidth: el.scrollWidth,
        clientWidth: el.clientWidth,
      }));
      expect(scrollWidth, `${name}'s label is cut`).toBeLessThanOrEqual(clientWidth);
      // What the tab shows is its whole name, or the short name the narrow pane uses.
      await expect(tab).toBeVisible();
    }

    // A long title wraps or ends in an ellipsis inside its row, and is there whole for reading.
    await openTab(page, 'Articles');
    const title = page.getByTestId('library').locator('.article-item__title').first();
    const row = (await page.getByTestId('library').locator('.article-item').first().boundingBox())!;
    const titleBox = (await title.boundingBox())!;
    expect(titleBox.x + titleBox.width).toBeLessThanOrEqual(row.x + row.width + 0.5);
    await expect(title).toHaveAttribute('title', SEED_TITLE);
    await page.screenshot({ path: `${SHOTS}/small-window.png` });
  });
});

test('the pane separators take the keyboard, show it, and resize with the arrows', async ({
  page,
  host,
}) => {
  await openSeed(page, host);
  const separator = page.getByRole('separator', { name: 'Resize the library and the reader' });
  await expect(separator).toHaveAttribute('aria-orientation', 'vertical');
  await expect(separator).toHaveAttribute('tabindex', '0');
  await expect(
    page.getByRole('separator', { name: 'Resize the reader and the notes' }),
  ).toHaveCount(1);
  const library = page.getByTestId('library');
  const before = (await library.boundingBox())!.width;
  const valueBefore = Number(await separator.getAttribute('aria-valuenow'));

  // Focused and then moved with a key, as after Tab: the ring shows, the library widens.
  await separator.focus();
  await page.keyboard.press('ArrowRight');
  await expect(separator).toBeFocused();
  await expect(separator).toHaveCSS('outline-style', 'solid');
  await expect(separator).toHaveCSS('outline-width', '2px');
  await expect.poll(async () => (await library.boundingBox())!.width).toBeGreaterThan(before);
  expect(Number(await separator.getAttribute('aria-valuenow'))).toBeGreaterThan(valueBefore);
  await page.screenshot({ path: `${SHOTS}/separator-focus.png` });

  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(async () => (await library.boundingBox())!.width).toBeLessThan(before);
});
