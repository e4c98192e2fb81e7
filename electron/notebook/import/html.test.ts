// HTML article extraction: metadata, the article's blocks, what the cleaner removed, RTL
// pages, hostile markup that must never reach the text or run, and pages with no article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble, type Extracted } from './extracted';
import { TUNING } from './furniture/tuning';
import { extractHtml, finishHtml, prepareHtml } from './html';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures/html', name), 'utf8');
const kept = (result: Extracted) => result.blocks.filter((b) => !b.removed);
const removed = (result: Extracted) => result.blocks.filter((b) => b.removed);
const allText = (result: Extracted) => result.blocks.map((b) => b.text).join('\n');

/** A page with enough prose for any extractor to recognise as an article. */
function page(body: string, head = ''): string {
  const prose = [
    'The provincial government announced on Monday that it would extend the school year by two weeks, after floods closed hundreds of schools across the region in the spring.',
    'Teachers unions welcomed the decision but asked for extra pay for the additional days, saying their members had already worked through the summer to prepare makeshift classrooms.',
    'Parents in the worst-hit districts said the extension was overdue, and that many children had fallen behind after missing almost two months of lessons during the emergency.',
  ]
    .map((p) => `<p>${p}</p>`)
    .join('\n');
  return `<!DOCTYPE html><html><head>${head}</head><body><article>${prose}${body}</article></body></html>`;
}

describe('extractHtml: metadata', () => {
  const result = extractHtml(fixture('news-article.html'), {
    url: 'https://example.com/world/border-crossings-reopen?utm=x',
  });

  it('reads title, byline, outlet, date, language, direction and canonical URL', () => {
    expect(result.title).toBe('Border crossings reopen after talks');
    expect(result.byline).toBe('Amina Yusuf, Tariq Khan');
    expect(result.siteName).toBe('The Frontier Post');
    // The date as the page writes it, not shifted into UTC (23:30 at +05:00).
    expect(result.publishedAt).toBe('2024-06-25');
    expect(result.publishedAtSource).toBe('metadata');
    expect(result.publishedAtUncertain).toBe(false);
    expect(result.lang).toBe('en-GB');
    expect(result.dir).toBe('ltr');
    expect(result.url).toBe('https://example.com/world/border-crossings-reopen');
  });

  it('drops the site name from a <title> and falls back to the only <h1>', () => {
    const titled = extractHtml(page('', '<title>Schools stay open longer | Daily Example</title>'));
    expect(titled.title).toBe('Schools stay open longer');
    const headed = extractHtml(page('<h1>Schools stay open two more weeks</h1>'));
    expect(headed.title).toBe('Schools stay open two more weeks');
  });

  it('takes the date from JSON-LD, a <time> element, or the URL path', () => {
    const ld = extractHtml(
      page(
        '',
        '<script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2021-03-04T10:00:00Z","author":{"name":"Sana Malik"},"publisher":{"name":"Example Blog"}}</script>',
      ),
    );
    expect([ld.publishedAt, ld.publishedAtSource, ld.byline, ld.siteName]).toEqual([
      '2021-03-04',
      'metadata',
      'Sana Malik',
      'Example Blog',
    ]);
    const time = extractHtml(page('<time datetime="2020-02-29">29 February</time>'));
    expect(time.publishedAt).toBe('2020-02-29');
    const url = extractHtml(page(''), { url: 'https://news.example/2019/11/19/story-slug/' });
    expect([url.publishedAt, url.publishedAtSource]).toEqual(['2019-11-19', 'url']);
    expect(url.url).toBe('https://news.example/2019/11/19/story-slug/');
  });

  it('ignores unparseable JSON-LD instead of failing', () => {
    const result = extractHtml(page('', '<script type="application/ld+json">{ not json</script>'));
    expect(kept(result).length).toBeGreaterThan(0);
  });
});

describe('extractHtml: article blocks', () => {
  const result = extractHtml(fixture('news-article.html'));

  it('keeps the article in reading order as headings, paragraphs, list items and quotes', () => {
    expect(kept(result).map((b) => [b.kind, b.text.slice(0, 30)])).toEqual([
      ['paragraph', 'Traders in Torkham welcomed th'],
      ['paragraph', 'Officials from both government'],
      ['heading', 'What the agreement says'],
      ['paragraph', 'Under the agreement, drivers w'],
      ['list-item', 'Permits are issued at either e'],
      ['list-item', 'Perishable goods are cleared f'],
      ['quote', '“We lost a whole season of apr'],
      ['paragraph', 'The chamber of commerce estima'],
    ]);
    const { text, blocks } = assemble(result.blocks);
    expect(blocks).toHaveLength(8);
    expect(text.split('\n\n')).toHaveLength(8);
  });

  it('returns what it removed, in page order, with a reason', () => {
    const gone = removed(result);
    const reasonOf = (start: string) => gone.find((b) => b.text.startsWith(start))?.removed;
    expect(reasonOf('Home')).toBe('navigation');
    expect(reasonOf('Lorries wait')).toBe('caption');
    expect(reasonOf('Trade figures fall')).toBe('other stories');
    expect(reasonOf('Sign up for our morning newsletter')).toBe('subscription prompt');
    expect(reasonOf('© 2024')).toBe('footer');
    expect(reasonOf('By Amina Yusuf')).toBeTruthy();
    // Document order: the caption sits between the first two kept paragraphs.
    const texts = result.blocks.map((b) => b.text);
    const caption = texts.findIndex((t) => t.startsWith('Lorries wait'));
    expect(texts[caption - 1]).toMatch(/^Traders in Torkham/);
    expect(texts[caption + 1]).toMatch(/^Officials from both/);
    expect(gone.every((b) => b.text.trim().length > 0)).toBe(true);
  });

  it('splits paragraphs separated by <br><br> and keeps single line breaks', () => {
    const result = extractHtml(
      page(
        '<div>The council published its figures on Tuesday, showing that attendance had recovered in most districts.<br><br>Officials said the final report would follow in the autumn, with a breakdown for each school.<br>It will be published online.</div>',
      ),
    );
    const texts = kept(result).map((b) => b.text);
    expect(texts).toContain(
      'The council published its figures on Tuesday, showing that attendance had recovered in most districts.',
    );
    expect(texts).toContain(
      'Officials said the final report would follow in the autumn, with a breakdown for each school.\nIt will be published online.',
    );
  });

  it('caps the list of removed blocks', () => {
    const links = Array.from(
      { length: 1500 },
      (_, i) => `<li><a href="/s${i}">Section ${i}</a></li>`,
    );
    const result = extractHtml(
      page('').replace('<body>', `<body><nav><ul>${links.join('')}</ul></nav>`),
    );
    expect(removed(result).length).toBeLessThanOrEqual(400);
    expect(kept(result)).toHaveLength(3);
  });
});

describe('extractHtml: furniture Readability keeps inside an article', () => {
  const prose = (i: number) =>
    `<p>Paragraph ${i} of the story explains, in some detail and with several clauses, what the provincial government decided about the budget this week.</p>`;
  const html = `<!DOCTYPE html><html><head><meta name="author" content="Sara Ahmed"><title>Budget passes after long debate</title></head><body>
<article><div class="story-body">
<p>Updated 5:27 am PKT, Wednesday, June 26, 2024</p>
${prose(1)}
<p>Advertisement</p>
${prose(2)}
<div class="photo"><div><img src="a.jpg" width="600" height="400"></div><span>The assembly hall on Tuesday night</span></div>
${prose(3)}
<p><a href="/other-story">Opposition leader resigns after party split over budget vote</a></p>
<p>READ MORE: Five things to know about the new budget</p>
<div class="tweet-embed social"><blockquote class="twitter-tweet"><p>The budget is a betrayal of the poor, and we will oppose it in every forum available to us.</p>— Opposition Party (@opp) June 25, 2024</blockquote></div>
${prose(4)}
${prose(5)}
<p>Sara Ahmed is a senior correspondent covering the provincial assembly and the economy.</p>
<h3>More stories</h3>
<p>Another headline that is not part of this article at all.</p>
</div></article></body></html>`;
  const result = extractHtml(html);
  const reasonOf = (start: string) => result.blocks.find((b) => b.text.startsWith(start))?.removed;

  it('keeps the paragraphs and the embedded post the story quotes', () => {
    expect(kept(result).map((b) => b.text.slice(0, 12))).toEqual([
      'Paragraph 1 ',
      'Paragraph 2 ',
      'Paragraph 3 ',
      'The budget i',
      '— Opposition',
      'Paragraph 4 ',
      'Paragraph 5 ',
    ]);
  });

  it.each([
    ['Updated 5:27 am', 'date line'],
    ['Advertisement', 'advertisement'],
    ['The assembly hall', 'caption'],
    ['Opposition leader resigns', 'link'],
    ['READ MORE', 'other stories'],
    ['Sara Ahmed is a senior', 'author note'],
    ['More stories', 'after the article'],
    ['Another headline', 'after the article'],
  ])('removes "%s" as %s', (start, reason) => {
    expect(reasonOf(start)).toBe(reason);
  });

  it('reads the date from a labelled date line when the page has no date metadata', () => {
    expect([result.publishedAt, result.publishedAtSource]).toEqual(['2024-06-26', 'date-line']);
    // An "Updated" date is the last revision's, so it is given but not as certain.
    expect(result.publishedAtUncertain).toBe(true);
  });
});

describe('extractHtml: the date line, when the page has no date metadata', () => {
  const story = (
    lines: string,
  ) => `<!DOCTYPE html><html><head><title>Why the market plan deserves a second look</title></head><body>
<header><div class="topbar"><span>Thursday, 7 November 2024</span></div><nav><a href="/">Home</a> <a href="/opinion">Opinion</a></nav></header>
<main><article><h1>Why the market plan deserves a second look</h1>${lines}
${[1, 2, 3, 4].map((i) => `<p>Point ${i} of the critics is that nobody has yet shown who will pay for the new market, and the council's plan has been argued over for a year now.</p>`).join('\n')}
</article></main></body></html>`;

  it('prefers a "Posted on" date to the site\'s "today" in its top bar', () => {
    const result = extractHtml(story('<p class="meta">Posted on November 6, 2024</p>'));
    expect(result).toMatchObject({
      publishedAt: '2024-11-06',
      publishedAtSource: 'date-line',
      publishedAtUncertain: false,
    });
  });

  it("gives the top bar's date only as uncertain when there is no other", () => {
    const result = extractHtml(story(''));
    expect(result).toMatchObject({ publishedAt: '2024-11-07', publishedAtUncertain: true });
  });

  it("takes a bare date directly under the headline as the article's", () => {
    const result = extractHtml(story('<p class="meta">November 6, 2024</p>'));
    expect(result).toMatchObject({ publishedAt: '2024-11-06', publishedAtUncertain: false });
  });
});

describe('extractHtml: calls to action', () => {
  const prose = (i: number) =>
    `<p>Paragraph ${i} of the wire story describes how the textile market in Karachi has slowed since the spring, with traders reporting fewer orders from abroad.</p>`;
  const html = (
    middle: string,
    end: string,
  ) => `<!DOCTYPE html><html><head><title>Karachi traders wait for orders</title></head><body>
<article>${prose(1)}${prose(2)}${middle}${prose(3)}${prose(4)}${end}</article></body></html>`;
  const listen =
    'Listen to the traders here and you hear the same complaint: the app the bank built for them still will not load.';

  it('keeps an imperative sentence of reporting inside the running text', () => {
    const result = extractHtml(html(`<p>${listen}</p>`, ''));
    expect(kept(result).map((b) => b.text)).toContain(listen);
  });

  it('removes real prompts, in the text or after it', () => {
    const result = extractHtml(
      html(
        "<p>Sign up for our Business Briefing newsletter to get the week's market news.</p>",
        '<p>Follow Sara Ahmed on Twitter.</p><p>Watch the full interview <a href="/video/1">here</a>.</p>',
      ),
    );
    const reasonOf = (start: string) =>
      result.blocks.find((b) => b.text.startsWith(start))?.removed;
    expect(reasonOf('Sign up for our')).toBe('subscription prompt');
    expect(reasonOf('Follow Sara Ahmed')).toBe('subscription prompt');
    expect(reasonOf('Watch the full')).toBe('subscription prompt');
    expect(kept(result)).toHaveLength(4);
  });
});

describe('extractHtml: right-to-left pages', () => {
  const result = extractHtml(fixture('urdu.html'));

  it('reads an Urdu page as right-to-left Urdu text', () => {
    expect(result.lang).toBe('ur');
    expect(result.dir).toBe('rtl');
    expect(result.title).toBe('پاکستان نے مذاکرات کی پیشکش مسترد کر دی');
    expect(result.siteName).toBe('روزنامہ مثال');
    expect(kept(result)).toHaveLength(4);
    expect(kept(result)[0]!.text).toMatch(/^پاکستان کی حکومت نے کالعدم تحریک طالبان/);
    expect(removed(result).map((b) => b.removed)).toContain('navigation');
  });

  it('detects right-to-left text without a dir attribute or language', () => {
    const html = fixture('urdu.html').replace('<html lang="ur">', '<html>');
    expect(extractHtml(html).dir).toBe('rtl');
  });

  it('honours an explicit dir attribute', () => {
    expect(extractHtml(page('').replace('<html>', '<html dir="rtl">')).dir).toBe('rtl');
  });
});

describe('extractHtml: hostile pages', () => {
  const html = fixture('hostile.html');
  const result = extractHtml(html);
  const text = allText(result);

  it('keeps the article text', () => {
    expect(kept(result).map((b) => b.text.slice(0, 25))).toEqual([
      'The provincial assembly m',
      'Read the details, or the ',
      'The finance minister said',
      'Opposition members walked',
    ]);
  });

  it('never runs the page: no script, handler or javascript: link was executed', () => {
    expect((globalThis as Record<string, unknown>).__dossierPwned).toBeUndefined();
  });

  it.each([
    'SCRIPT-WRITE',
    '__dossierPwned',
    'attacker.example',
    'STYLE-TEXT',
    'background',
    'NOSCRIPT-TEXT',
    'TEMPLATE-TEXT',
    'IFRAME-SRCDOC',
    'IFRAME-FALLBACK',
    'OBJECT-FALLBACK',
    'SVG-TEXT',
    'JS-LINK-TEXT',
    'SPACED-JS-LINK',
    'HIDDEN-TEXT',
    'HIDDEN-ATTRIBUTE',
    'COMMENT-TEXT',
    'INPUT-VALUE',
    'TEXTAREA-TEXT',
    'OPTION-TEXT',
    'BUTTON-TEXT',
    'javascript',
    'onclick',
    'onerror',
    'alert(',
    '<',
  ])('nothing of %s reaches kept or removed blocks', (needle) => {
    expect(text).not.toContain(needle);
  });

  it('keeps markup and code out of the metadata', () => {
    const result = extractHtml(
      page(
        '<h1>Budget <script>alert(1)</script><em>passes</em></h1>',
        '<meta name="author" content="&lt;b onmouseover=alert(1)&gt;Sana Malik&lt;/b&gt;"><meta property="og:site_name" content="Daily &lt;script&gt;alert(2)&lt;/script&gt;Example">',
      ),
    );
    expect(result.title).toBe('Budget passes');
    expect(result.byline).toBe('Sana Malik');
    expect(result.siteName).toBe('Daily Example');
  });

  it('keeps code out even where the page nests past the depth limit', () => {
    const deep = `<html><body>${'<div>'.repeat(3000)}<p>Deep text that is still shown.</p><script>DEEP-SCRIPT</script><p hidden>DEEP-HIDDEN</p>${'</div>'.repeat(3000)}</body></html>`;
    const result = extractHtml(deep);
    expect(allText(result)).toContain('Deep text that is still shown.');
    expect(allText(result)).not.toMatch(/DEEP-SCRIPT|DEEP-HIDDEN/);
  });
});

describe('extractHtml: pages without an article', () => {
  it.each([
    ['an empty file', ''],
    ['plain text', 'just some words'],
    ['an empty document', '<html><head></head><body></body></html>'],
    ['broken markup', '<<<>>><div <p </html'],
    ['binary noise', '\u0000\u0001\u00ff\ufffd'.repeat(200)],
    [
      'only furniture',
      '<html><body><nav><a href="/">Home</a></nav><footer>© 2024</footer></body></html>',
    ],
  ])('returns an empty article for %s, without throwing', (_, html) => {
    const result = extractHtml(html);
    expect(assemble(result.blocks).text.length).toBeLessThan(100);
    expect(result.blocks.every((b) => b.text.trim())).toBe(true);
  });

  it('returns no blocks at all for an empty file', () => {
    expect(extractHtml('').blocks).toEqual([]);
  });

  it('falls back on the JSON-LD article body when the page shows none', () => {
    const body =
      'The committee met in closed session for three hours on Thursday.\n\nIts report, due next month, is expected to recommend changes to the procurement rules for public hospitals across the province.';
    const html = `<html><head><script type="application/ld+json">${JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Committee meets',
      articleBody: body,
    })}</script></head><body><div id="app"></div></body></html>`;
    const result = extractHtml(html);
    expect(assemble(result.blocks).text).toBe(body);
    expect(result.title).toBe('Committee meets');
  });
});

describe('extractHtml: paragraphs in <div>s', () => {
  // Many sites print each paragraph as a <div> of text. Readability rewrites such a div into a
  // new <p>: each paragraph must still be told apart, and our rules still run on them.
  const paragraphs = [
    'The provincial government announced on Monday that it would extend the school year by two weeks, after floods closed hundreds of schools.',
    'Teachers unions welcomed the decision but asked for extra pay for the additional days, saying their members had already worked through the summer.',
    'Parents in the worst-hit districts said the extension was overdue, and that many children had fallen behind after missing two months of lessons.',
    'The education minister said the cost would be met from the emergency fund set up after the floods, and that no school would close early.',
  ];
  const html = `<!DOCTYPE html><html><head><title>School year extended</title></head><body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <div class="story"><h1>School year extended</h1>
    ${paragraphs.map((p, i) => `<div class="story__paragraph">${p}</div>${i === 1 ? '<div class="story__paragraph">Share this story on WhatsApp</div>' : ''}`).join('\n')}
    </div><footer>© 2031 The Valley Courier</footer></body></html>`;

  it('keeps every paragraph as its own block and still removes the furniture between them', () => {
    const result = extractHtml(html);
    const kept = result.blocks.filter((b) => !b.removed).map((b) => b.text);
    expect(kept).toEqual(paragraphs);
    expect(result.blocks.find((b) => b.text.startsWith('Share this story'))?.removed).toBe(
      'share bar',
    );
    // Our rules ran on Readability's blocks; the safety net had nothing to do.
    expect(prepareHtml(html).fromReadability).toBe(true);
    expect(result.diagnostics).toBeUndefined();
  });
});

describe("extractHtml: the page's stated author printed as a line", () => {
  it('removes the line that is the stated byline, in any case, and keeps the article', () => {
    const html = page('', '<meta name="author" content="Jane Roe, Valley Courier">').replace(
      '<article>',
      '<article><p>JANE ROE, VALLEY COURIER</p>',
    );
    const result = extractHtml(html);
    expect(result.byline).toBe('Jane Roe, Valley Courier');
    expect(result.blocks.find((b) => b.text === 'JANE ROE, VALLEY COURIER')?.removed).toBe(
      'byline',
    );
    expect(assemble(result.blocks).text).toContain('The provincial government announced');
  });
});

describe('extractHtml: the safety net under our rules', () => {
  // A live page whose every update opens with a capitalised label: the rule for "RELATED: …"
  // promos reads each one as a link to another story, though Readability rightly kept them.
  const updates = [
    'The river rose another metre overnight and the district office ordered the lower town to leave before noon, sending buses to the market square.',
    'Rescue boats reached the villages cut off since Sunday, and the first families were brought to the school that now serves as a shelter.',
    'The provincial minister said the embankment would hold, though engineers on the site warned that the water was still rising at the bridge.',
    'Electricity was cut in three districts as a precaution, and the hospital moved its patients to the upper floors before the evening.',
  ];
  const live = `<!DOCTYPE html><html><body><article><h1>Floods: live updates</h1>${updates
    .map((u) => `<p>LATEST NEWS: ${u}</p>`)
    .join('')}</article></body></html>`;

  it("keeps Readability's blocks when the rules would keep less than half of its article, and says so", () => {
    const result = extractHtml(live);
    const text = assemble(result.blocks).text;
    for (const update of updates) expect(text).toContain(update);
    expect(result.diagnostics).toEqual([
      expect.stringMatching(
        /^The cleaner's rules would have kept only \d+% of the article that Readability found on this page, so that article was kept as Readability found it: check it for leftover menus or links\.$/,
      ),
    ]);
  });

  it("keeps Readability's own text when its article could not be matched to the page's blocks", () => {
    // As when a page's markup loses the marks that tie Readability's article to its blocks.
    const prepared = prepareHtml(live);
    const unmatched = {
      ...prepared,
      candidates: prepared.candidates.map((c) => ({ ...c, removed: 'readability' })),
    };
    const result = finishHtml(unmatched);
    const text = assemble(result.blocks).text;
    for (const update of updates) expect(text).toContain(update);
    expect(result.diagnostics).toEqual([
      expect.stringMatching(
        /could not be matched to the page's paragraphs, so its plain text was kept/,
      ),
    ]);
    // The page's own blocks are still there to be put back.
    expect(result.blocks.filter((b) => b.removed).length).toBeGreaterThan(0);
  });

  it('without the net (share 0) the same rules lose the article', () => {
    const result = finishHtml(prepareHtml(live), { ...TUNING.html, safetyNetShare: 0 });
    expect(assemble(result.blocks).text).not.toContain(updates[0]);
    expect(result.diagnostics).toBeUndefined();
  });

  it('says nothing when the rules keep the article', () => {
    expect(extractHtml(page('<p>Share this article</p>')).diagnostics).toBeUndefined();
  });
});
