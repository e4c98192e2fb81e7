// Copied web-page text: the lines above an article's body read as its metadata. The date line
// (a bare date at the top, a labelled publication date, an update) and the headline (not the
// lead picture's caption, not a share panel's line), on small pages of our own.
import { describe, expect, it } from 'vitest';
import type { Extracted } from '../extracted';
import { extractWebText } from '../web-text';

const keptTexts = (e: Extracted) => e.blocks.filter((b) => !b.removed).map((b) => b.text);
const reasonOf = (e: Extracted, text: string) => e.blocks.find((b) => b.text === text)?.removed;

describe('the date line', () => {
  const body =
    'Officials in Peshawar said on Monday that the new bridge over the river would open next month.\n' +
    'The contractor blamed the delay on the floods of last summer, which washed away the old one.';

  it('is uncertain when it is a bare date at the top of the page, above the menu and headline', () => {
    const page = extractWebText(
      `Tuesday, June 25, 2024\nHome\nPakistan\nWorld\nNew bridge to open next month\n${body}`,
    );
    expect(page).toMatchObject({
      publishedAt: '2024-06-25',
      publishedAtSource: 'date-line',
      publishedAtUncertain: true,
      title: 'New bridge to open next month',
    });
    expect(reasonOf(page, 'Tuesday, June 25, 2024')).toBe('date line');
  });

  it('is certain when it stands under the headline', () => {
    const page = extractWebText(
      `Home\nPakistan\nNew bridge to open next month\nBy Bilal Ahmed\nJune 24, 2024\n${body}`,
    );
    expect(page).toMatchObject({
      publishedAt: '2024-06-24',
      publishedAtUncertain: false,
      byline: 'Bilal Ahmed',
    });
  });

  it('prefers the publication date to the "today" header, and calls an update uncertain', () => {
    const both = extractWebText(
      `Tuesday, June 25, 2024\nHome\nNew bridge to open next month\nPublished: 20 June 2024\n${body}`,
    );
    expect(both).toMatchObject({ publishedAt: '2024-06-20', publishedAtUncertain: false });
    const updated = extractWebText(
      `New bridge to open next month\nUpdated: 21 June 2024, 10:00\n${body}`,
    );
    expect(updated).toMatchObject({ publishedAt: '2024-06-21', publishedAtUncertain: true });
    expect(extractWebText(body)).toMatchObject({
      publishedAt: null,
      publishedAtSource: null,
      publishedAtUncertain: false,
    });
  });
});

describe('the date line on pages with a "today" header', () => {
  const para = (n: number) =>
    `The council's plan for the new market has been argued over for a year now, and point ${n} of the critics is that nobody has yet shown who will pay for it.`;
  const opinion = (dateLines: string[]) =>
    [
      'Skip to content',
      'Subscribe',
      'Sign in',
      'Thursday, 7 November 2024',
      'Opinion',
      'Why the market plan deserves a second look',
      ...dateLines,
      'By Sara Qureshi',
      para(1),
      para(2),
      para(3),
      '© 2024 The Daily Ledger',
    ].join('\n');

  it("takes the labelled publication date, not the top bar's date above the headline", () => {
    const page = extractWebText(opinion(['Published November 6, 2024']));
    expect(page).toMatchObject({
      title: 'Why the market plan deserves a second look',
      publishedAt: '2024-11-06',
      publishedAtUncertain: false,
      byline: 'Sara Qureshi',
    });
  });

  it('prefers "Published" to "Updated", and gives the top bar\'s date only as uncertain', () => {
    const both = extractWebText(
      opinion(['Updated November 7, 2024', 'Published November 6, 2024']),
    );
    expect(both).toMatchObject({ publishedAt: '2024-11-06', publishedAtUncertain: false });
    expect(extractWebText(opinion([]))).toMatchObject({
      publishedAt: '2024-11-07',
      publishedAtUncertain: true,
    });
  });

  it('takes a bare date directly by the byline as certain', () => {
    const page = extractWebText(opinion(['November 6, 2024']));
    expect(page).toMatchObject({ publishedAt: '2024-11-06', publishedAtUncertain: false });
  });
});

describe("the headline, not the lead picture's caption", () => {
  const para = (n: number) =>
    `The central bank kept its policy rate unchanged on Monday, and analysts said point ${n} of its statement suggested that cuts would come later in the year than markets had hoped.`;
  const wire = (caption: string) =>
    [
      'Skip to main content',
      'World',
      'Business',
      'Pakistan central bank holds rate, signals patience',
      'By Ariba Shahid',
      'November 4, 2024 11:32 AM GMT+5',
      caption,
      para(1),
      para(2),
      para(3),
    ].join('\n');

  it('never takes a line with a wire photo credit for the headline', () => {
    const caption =
      'A man walks past the State Bank of Pakistan building in Karachi, Pakistan, July 10, 2019. REUTERS/Akhtar Soomro/File Photo Purchase Licensing Rights';
    const page = extractWebText(wire(caption));
    expect(page.title).toBe('Pakistan central bank holds rate, signals patience');
    expect(reasonOf(page, caption)).toBe('caption');
    expect(keptTexts(page)).toEqual([para(1), para(2), para(3)]);
  });

  it('looks past a long share panel between the date line and the body for the headline', () => {
    const panel = [
      'Share this with',
      'These links are external and open in a new window',
      ...['Email', 'Facebook', 'Messenger', 'Twitter', 'WhatsApp', 'LinkedIn'].flatMap((s) => [
        s,
        `Share this with ${s}`,
      ]),
      'Copy this link',
      'Share it With Friends',
      'Close share panel',
      'Edit ProfileSign Out',
    ];
    const page = extractWebText(
      [
        'Skip to main content',
        'Pakistan central bank holds rate, signals patience',
        'November 4, 2024',
        ...panel,
        ...panel,
        para(1),
        para(2),
        para(3),
      ].join('\n'),
    );
    expect(page.title).toBe('Pakistan central bank holds rate, signals patience');
    expect(page.publishedAt).toBe('2024-11-04');
    expect(keptTexts(page)).toEqual([para(1), para(2), para(3)]);
    for (const line of ['Close share panel', 'Share it With Friends', 'Edit ProfileSign Out'])
      expect(reasonOf(page, line)).not.toBe('title');
  });

  it('prefers the line above the byline to a longer one between the date and the body', () => {
    const caption =
      'A man walks past the bank building in Karachi on a rainy afternoon with an umbrella over his head';
    expect(extractWebText(wire(caption)).title).toBe(
      'Pakistan central bank holds rate, signals patience',
    );
  });

  it('still finds a headline set below its byline and date under a short link', () => {
    const page = extractWebText(
      [
        'Back to overview',
        'By Moritz Bachmann, 30 July 2018',
        'Our team at the trade fair in Cologne this autumn',
        para(1),
        para(2),
      ].join('\n'),
    );
    expect(page.title).toBe('Our team at the trade fair in Cologne this autumn');
  });

  it('does not take an Urdu caption ending in its photo credit for the headline', () => {
    const up = (n: number) =>
      `وفاقی حکومت نے پیر کے روز نئے بجٹ میں تعلیم کے لیے مختص رقم میں اضافے کا اعلان کیا، اور وزیر خزانہ نے کہا کہ نکتہ ${n} پر عمل اگلے سال شروع ہو گا۔`;
    const caption =
      'اسلام آباد میں وزارت خزانہ کی عمارت کے باہر لوگ گزر رہے ہیں جبکہ اجلاس جاری ہے فوٹو: فائل';
    const page = extractWebText(
      [
        'صفحہ اول',
        'پاکستان',
        'حکومت کا تعلیمی بجٹ میں اضافے کا اعلان',
        'ویب ڈیسک',
        '25 جون 2024',
        caption,
        up(1),
        up(2),
        up(3),
      ].join('\n'),
    );
    expect(page.title).toBe('حکومت کا تعلیمی بجٹ میں اضافے کا اعلان');
    expect(reasonOf(page, caption)).toBe('caption');
  });
});
