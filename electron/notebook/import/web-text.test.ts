// Copied web-page text: the article kept, the page furniture removed with its reason, and the
// metadata read, on pages of our own, the seed article and small pages for each general rule.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble, type Extracted } from './extracted';
import { extractWebText } from './web-text';

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, 'fixtures/text', name), 'utf8');
const keptTexts = (e: Extracted) => e.blocks.filter((b) => !b.removed).map((b) => b.text);
const reasonOf = (e: Extracted, text: string) => e.blocks.find((b) => b.text === text)?.removed;

describe('a news page copied with select-all', () => {
  const page = extractWebText(fixture('news-page.txt'));
  const { text, blocks } = assemble(page.blocks);

  it('keeps the article: paragraphs, headings, quotes and list items, in order', () => {
    expect(keptTexts(page)).toEqual([
      expect.stringMatching(/^Flash floods swept through the upper Swat valley/),
      expect.stringMatching(/^The provincial disaster management authority said/),
      'What the authorities said',
      expect.stringMatching(/^“We warned the villages downstream/),
      '“The water came at night, and by morning we had nothing left.”',
      expect.stringMatching(/^Residents disputed that account/),
      'Relief goods distributed so far:',
      'Tents for 1,200 families',
      'Drinking water and dry rations',
      'Medical camps in Mingora and Khwazakhela',
      expect.stringMatching(/^Engineers will inspect the damaged bridges/),
    ]);
    expect(blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'quote',
      'paragraph',
      'heading',
      'list-item',
      'list-item',
      'list-item',
      'paragraph',
    ]);
  });

  it('reads the headline, byline, outlet and date line as metadata', () => {
    expect(page).toMatchObject({
      title: 'Floods displace thousands in Swat valley',
      byline: 'Amina Khan',
      siteName: 'The Frontier Ledger',
      publishedAt: '2024-06-25',
      publishedAtSource: 'date-line',
      publishedAtUncertain: false,
      lang: 'en',
      dir: 'ltr',
      url: null,
    });
  });

  it('removes navigation, breadcrumb, share bar, ads, captions, related lists, comments and footer', () => {
    for (const junk of [
      'Skip to content',
      'Subscribe',
      'HomePakistanFloods',
      'Facebook',
      'Advertisement',
      '(Photo:',
      'Related Stories',
      'Heatwave grips Sindh',
      'Most Popular',
      'Petrol prices',
      'Leave a Reply',
      'Privacy Policy',
      '©',
    ]) {
      expect(text).not.toContain(junk);
    }
  });

  it('keeps every removed line as a block with a short reason the analyst can read', () => {
    expect(reasonOf(page, 'Home')).toBe('navigation');
    expect(reasonOf(page, 'HomePakistanFloods displace thousands in Swat valley')).toBe(
      'navigation',
    );
    expect(reasonOf(page, 'Floods displace thousands in Swat valley')).toBe('title');
    expect(reasonOf(page, 'By Amina Khan')).toBe('byline');
    expect(reasonOf(page, 'Published: 25 June 2024, 09:14 PKT')).toBe('date line');
    expect(
      reasonOf(page, 'Officials say the river rose two metres overnight after three days of rain.'),
    ).toBe('standfirst');
    expect(reasonOf(page, 'WhatsApp')).toBe('share bar');
    expect(reasonOf(page, '- Advertisement -')).toBe('advertisement');
    expect(reasonOf(page, 'Related Stories')).toBe('other stories');
    expect(reasonOf(page, 'Swat tourism suffers as roads remain closed')).toBe('other stories');
    expect(reasonOf(page, 'Leave a Reply')).toBe('comments');
    expect(reasonOf(page, '© 2024 The Frontier Ledger. All rights reserved.')).toBe('footer');
    expect(
      reasonOf(
        page,
        'A villager carries his belongings through floodwater near Mingora. (Photo: Staff/The Frontier Ledger)',
      ),
    ).toBe('caption');
    const lines = fixture('news-page.txt')
      .split('\n')
      .filter((l) => l.trim());
    expect(page.blocks).toHaveLength(lines.length);
    for (const block of page.blocks.filter((b) => b.removed)) {
      expect(block.removed).toMatch(/^[a-z ]{3,24}$/);
    }
  });
});

describe('text that is already clean', () => {
  it('stays whole: every paragraph and heading kept, the first line read as its title', () => {
    const source = fixture('clean-article.txt');
    const article = extractWebText(source);
    expect(article.title).toBe('Why the monsoon arrived early this year');
    const body = source.split('\n').filter((l) => l.trim() && l !== article.title);
    expect(keptTexts(article)).toEqual(body);
    expect(article.blocks.filter((b) => b.removed).map((b) => b.removed)).toEqual(['title']);
    expect(assemble(article.blocks).blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'paragraph',
      'paragraph',
    ]);
  });

  it('keeps paragraphs that have no title above them', () => {
    const text =
      'The first paragraph is long enough to be prose, and it ends with a stop.\n\nA second one follows, and it too reads as running prose for the analyst.';
    const article = extractWebText(text);
    expect(article.title).toBeNull();
    expect(keptTexts(article)).toHaveLength(2);
  });
});

describe('an Urdu article', () => {
  const article = extractWebText(fixture('urdu-article.txt'));

  it('reads right to left, in Urdu, with its date line and headline', () => {
    expect(article).toMatchObject({
      title: 'حکومت نے کالعدم تنظیم کی مذاکرات کی پیشکش مسترد کر دی',
      publishedAt: '2024-06-25',
      publishedAtSource: 'date-line',
      lang: 'ur',
      dir: 'rtl',
    });
  });

  it('keeps the four paragraphs and drops the menu and the "read more" list', () => {
    const kept = keptTexts(article);
    expect(kept).toHaveLength(4);
    expect(kept[0]).toMatch(/^پاکستان نے کالعدم تحریک طالبان/);
    expect(kept.every((p) => p.endsWith('۔'))).toBe(true);
    expect(reasonOf(article, 'صفحہ اول')).toBe('navigation');
    expect(reasonOf(article, 'مزید پڑھیں')).toBe('other stories');
    expect(reasonOf(article, 'وزیراعظم کا دورہ کابل ملتوی')).toBe('other stories');
  });
});

describe('the seed article', () => {
  const seed = readFileSync(
    join(import.meta.dirname, '../../../seeds/000_dade10a0ca7a5765.txt'),
    'utf8',
  );

  it('reads as its nine paragraphs, with the top-of-page date marked uncertain', () => {
    const article = extractWebText(seed);
    expect(article.title).toBe('Pakistan rejects TTP’s offer to resume talks');
    expect(article).toMatchObject({ publishedAt: '2024-06-25', publishedAtUncertain: true });
    const kept = keptTexts(article);
    expect(kept).toHaveLength(9);
    expect(kept[0]).toMatch(/^Pakistani authorities have declined/);
    expect(kept[8]).toMatch(/Kabul government has detained or deported several TTP leaders/);
    expect(reasonOf(article, '- Advertisment -')).toBe('advertisement');
    expect(reasonOf(article, 'Most Popular')).toBe('other stories');
  });

  it('assembles into the stored text: the nine paragraphs and nothing of the page around them', () => {
    const { text, blocks } = assemble(extractWebText(seed).blocks);
    expect(blocks).toHaveLength(9);
    expect(blocks.every((b) => b.kind === 'paragraph')).toBe(true);
    for (const junk of ['Tuesday, June 25, 2024', 'HomeWorld', 'Advertisment', 'Most Popular'])
      expect(text).not.toContain(junk);
  });
});

describe('general rules', () => {
  const paragraph = (topic: string) =>
    `The committee met on Tuesday to discuss ${topic}, and members said they expected a decision before the end of the month.`;
  const article = [paragraph('the budget'), paragraph('the new roads'), paragraph('the schools')];

  it('does not run on into a comment thread, however long', () => {
    const comment = `I have lived here for thirty years and I have never seen the council take so long over something so simple, which says a lot about how things are run here.`;
    const page = extractWebText(
      [
        'Council delays decision',
        ...article,
        '12 Comments',
        'rashid_k',
        '2 days ago',
        comment,
        comment.replace('thirty', 'forty'),
        'Reply',
        comment.replace('simple', 'small'),
      ].join('\n'),
    );
    expect(keptTexts(page)).toEqual(article);
    expect(reasonOf(page, '12 Comments')).toBe('comments');
  });

  it('keeps a long paragraph that lost its full stop, and the short one after it', () => {
    const unfinished =
      'Members can also ask for the figures every quarter, and if the council agrees they will appear on its website within a week';
    const last = 'The vote on the plan is expected on Friday.';
    const page = extractWebText(
      [
        'Home',
        'Council delays decision',
        ...article,
        unfinished,
        last,
        '0',
        'You may also like',
        'Floods close the northern highway for a third day',
        'Minister promises new bridges before the winter',
      ].join('\n'),
    );
    expect(keptTexts(page)).toEqual([...article, unfinished, last]);
  });

  it('keeps a short closing sentence, but not the list after it', () => {
    const page = extractWebText(
      [
        'Council delays decision',
        ...article,
        'He denied the charges.',
        'You may also like',
        'Floods close the northern highway for a third day',
        'Minister promises new bridges before the winter',
      ].join('\n'),
    );
    expect(keptTexts(page)).toEqual([...article, 'He denied the charges.']);
  });

  it.each(['Thank you for reading.', 'Did you find this useful?', 'Read the original article.'])(
    'leaves "%s" after the article out of it',
    (line) => {
      const page = extractWebText(
        ['Council delays decision', ...article, line, 'You may also like'].join('\n'),
      );
      expect(keptTexts(page)).toEqual(article);
    },
  );

  it('reads a comment count in the header as metadata, not as the start of the comments', () => {
    const page = extractWebText(
      ['Council delays decision', 'By Sana Mir', '0 Comments', ...article].join('\n'),
    );
    expect(keptTexts(page)).toEqual(article);
    expect(page.byline).toBe('Sana Mir');
  });

  it('stops before a list of other stories, each with its own byline and teaser', () => {
    const teaser = (n: number) => [
      `Another headline about a different story number ${n}`,
      `By Writer Number${n}`,
      `This teaser is a long paragraph about story ${n}, written to tempt the reader to click through to a page that is not the article being read now.`,
    ];
    const page = extractWebText(
      [
        'Council delays decision',
        ...article,
        'More from Opinion',
        ...teaser(1),
        ...teaser(2),
        ...teaser(3),
      ].join('\n'),
    );
    expect(keptTexts(page)).toEqual(article);
    expect(reasonOf(page, 'More from Opinion')).toBe('other stories');
  });

  it('drops a run of headline-like lines inside the article, with no heading to name it', () => {
    const headlines = [
      'Floods close the northern highway for a third day',
      'Minister promises new bridges before the winter',
      'Traders count the cost of a lost season in Swat',
      'Schools reopen in tents across the valley',
    ];
    const more = paragraph('the hospital');
    const page = extractWebText(
      ['Council delays decision', article[0], article[1], ...headlines, article[2], more].join(
        '\n',
      ),
    );
    expect(keptTexts(page)).toEqual([...article, more]);
    for (const h of headlines) expect(reasonOf(page, h)).toBe('other stories');
  });

  it('keeps a subheading between paragraphs: one short line is not a list', () => {
    const page = extractWebText(
      ['Council delays decision', article[0], 'What happens next', article[1], article[2]].join(
        '\n',
      ),
    );
    expect(keptTexts(page)).toEqual([article[0], 'What happens next', article[1], article[2]]);
  });

  it('tells a heading no list spells out by its words: "More Top Reads" opens other stories', () => {
    const page = extractWebText(
      [
        'Council delays decision',
        ...article,
        'More Top Reads',
        'Floods close the northern highway for a third day',
        'Minister promises new bridges before the winter',
      ].join('\n'),
    );
    expect(keptTexts(page)).toEqual(article);
    expect(reasonOf(page, 'More Top Reads')).toBe('other stories');
  });

  it('keeps a table and a closing numbered list that belong to the article', () => {
    const rows = ['District\tHomes\tSchools', 'Swat\t1,200\t14', 'Dir\t640\t9'];
    const list = ['1) Check the official list of camps', '2) Register with the district office'];
    const page = extractWebText(
      ['Council delays decision', article[0], ...rows, article[1], ...list].join('\n'),
    );
    expect(keptTexts(page)).toEqual([article[0], ...rows, article[1], ...list]);
  });

  it('drops a picture caption with its credit line, but not prose that starts with a count', () => {
    const caption = 'Members of the committee leave the hall after the vote on Tuesday.';
    const counted =
      '2 of 3 members said they would vote against the plan if it came back unchanged next month.';
    const page = extractWebText(
      [
        'Council delays decision',
        article[0],
        caption,
        'Photo: Staff Photographer/AP',
        counted,
        article[1],
      ].join('\n'),
    );
    expect(reasonOf(page, caption)).toBe('caption');
    expect(reasonOf(page, 'Photo: Staff Photographer/AP')).toBe('caption');
    expect(keptTexts(page)).toEqual([article[0], counted, article[1]]);
  });
});
