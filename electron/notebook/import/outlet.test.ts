import { describe, expect, it } from 'vitest';
import { extractHtml } from './html';
import { extractWebText } from './web-text';
import { hostOutlet, isOrganisationName, mastheadOf, organisationInByline } from './outlet';

describe('the outlet an article came from', () => {
  it('tells organisations from people, places and jobs', () => {
    for (const name of ['Sputnik International', 'AFP', 'Press Trust of India', 'Dawn.com'])
      expect(isOrganisationName(name), name).toBe(true);
    for (const name of [
      'Jane Doe',
      'Islamabad',
      'Senior Correspondent',
      'Staff Reporter',
      'the news',
    ])
      expect(isOrganisationName(name), name).toBe(false);
  });

  it('reads the organisation a byline names, or the byline that is one', () => {
    expect(organisationInByline('By Sputnik International')).toBe('Sputnik International');
    expect(organisationInByline('Amna Khan, Gulf News')).toBe('Gulf News');
    expect(organisationInByline('Amna Khan (AFP)')).toBe('AFP');
    expect(organisationInByline('Amna Khan | Staff Reporter')).toBeNull();
    expect(organisationInByline('Amna Khan, Peshawar')).toBeNull();
    expect(organisationInByline(null)).toBeNull();
  });

  it('finds a copied page’s masthead only when the page prints it again', () => {
    const lines = [
      'Menu',
      'Frontier Daily Ledger',
      'Home',
      'A headline',
      'Body text here.',
      'Follow Frontier Daily Ledger on the app',
    ];
    expect(mastheadOf(lines, 3)).toBe('Frontier Daily Ledger');
    expect(mastheadOf(lines.slice(0, 5), 3)).toBeNull();
  });

  it('does not take a topic or an author the page prints twice for its masthead', () => {
    const lines = [
      'Menu',
      'Valley Laptop Pro',
      'Jane Roe',
      'A headline',
      'Body text here.',
      'Video: the Valley Laptop Pro in ten minutes',
      'Jane Roe (@janeroe) is a contributor.',
    ];
    expect(mastheadOf(lines, 3)).toBeNull();
    expect(mastheadOf([...lines, 'Search Valley Laptop Pro'], 3)).toBe('Valley Laptop Pro');
  });

  it('falls back on the host of a web address, never on a file', () => {
    expect(hostOutlet('https://www.example-outlet.pk/news/1')).toBe('example-outlet.pk');
    expect(hostOutlet('file:///tmp/page.html')).toBeNull();
    expect(hostOutlet('not an address')).toBeNull();
  });
});

const page = (
  head: string,
  byline = '',
) => `<!doctype html><html lang="en"><head>${head}<title>Talks resume in the capital</title></head>
<body><article><h1>Talks resume in the capital</h1>${byline}
<p>${'Delegations met for a second day to discuss the terms of a ceasefire and the release of prisoners. '.repeat(4)}</p>
<p>${'Officials on both sides said the talks were constructive, though no agreement was announced. '.repeat(4)}</p>
</article></body></html>`;

describe('pages and copied text name their outlet in order', () => {
  it('prefers og:site_name, then JSON-LD publisher, then the byline, then the host', () => {
    const url = 'https://www.frontier-ledger.example/2024/talks';
    const og = extractHtml(page('<meta property="og:site_name" content="The Frontier Ledger">'), {
      url,
    });
    expect(og.siteName).toBe('The Frontier Ledger');
    const ld = extractHtml(
      page(
        '<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Ledger Media"}}</script>',
      ),
      { url },
    );
    expect(ld.siteName).toBe('Ledger Media');
    const byline = extractHtml(page('', '<p class="byline">By Amna Khan, Gulf News</p>'), { url });
    expect(byline.siteName).toBe('Gulf News');
    const app = extractHtml(page('<meta name="application-name" content="Hosted">'), { url });
    expect(app.siteName).toBe('frontier-ledger.example');
  });

  it('reads a copied page’s masthead when no copyright line names the outlet', () => {
    const text = [
      'Frontier Daily Ledger',
      'Home',
      'World',
      'Talks resume in the capital as delegations meet',
      'by Amna Khan',
      'Delegations met for a second day to discuss the terms of a ceasefire and the release of prisoners held by both sides.',
      'Officials on both sides said the talks were constructive, though no agreement was announced on Tuesday evening.',
      'A third round is expected next week, according to two people familiar with the plans for the meeting.',
      'Get alerts from Frontier Daily Ledger',
    ].join('\n');
    expect(extractWebText(text).siteName).toBe('Frontier Daily Ledger');
  });
});
