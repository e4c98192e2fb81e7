// Each furniture rule on lines written for these tests (not taken from any real page): what it
// must catch, including wordings no list spells out, and the article sentences it must leave.
import { describe, expect, it } from 'vitest';
import { isCaptionLine, isCredit, isSignOff } from './credits';
import { callsToAction, opensImperative, promptReason } from './prompts';
import { labelReason, labelWords, tailReason } from './wording';

describe('labels', () => {
  it.each([
    ['- Advertisement -', 'advertisement'],
    ['ANZEIGE', 'advertisement'],
    ['Sponsored by Northwind Traders', 'advertisement'],
    ['Article continues below', 'advertisement'],
    ['Share this story on WhatsApp', 'share bar'],
    ['Email | Print | Copy link', 'share bar'],
    ['1.2k shares', 'share bar'],
    ['Sign in', 'subscription prompt'],
    ['Create an account', 'subscription prompt'],
    ['Skip to main content', 'navigation'],
    ['« Previous article', 'navigation'],
    ['View all (12)', 'navigation'],
    ['Image 3 of 12', 'caption'],
    ['Hide caption', 'caption'],
    ['Image copyright Northwind Archive', 'caption'],
    ['Close share panel', 'share bar'],
    ['Share it With Friends', 'share bar'],
    // Neighbouring links copied without the space between them.
    ['Edit ProfileSign Out', 'subscription prompt'],
    ['You are signed in as', 'subscription prompt'],
    ['View PDF/Print Mode', 'navigation'],
    ['Download as PDF', 'navigation'],
    ['4 min read', 'reading time'],
    ['Tempo de leitura: 3 minutos', 'reading time'],
    ['Updated 3 hours ago', 'date line'],
    ['Published: yesterday', 'date line'],
    ['© 2031 The Valley Courier', 'footer'],
  ])('%s → %s', (line, reason) => {
    expect(labelReason(line)).toBe(reason);
  });

  it.each([
    'Share prices fell by a third',
    'The next round of talks opens in Geneva.',
    'Menu of options for the council',
    'Search and rescue teams reached the village',
    'Print media lost readers for a decade',
    'Sign language interpreters joined the briefing.',
    'Three hours ago the bridge was still standing, witnesses said.',
  ])('leaves the sentence "%s"', (line) => {
    expect(labelReason(line)).toBeNull();
  });

  it('reads words without their decorations and in any case', () => {
    expect(labelWords('»  READ MORE  «')).toEqual(['read', 'more']);
  });
});

describe('headings over what follows an article', () => {
  it.each([
    ['Related Coverage', 'other stories'],
    // No list spells these out: the vocabulary tells them.
    ['More Top Stories', 'other stories'],
    ['Popular now', 'other stories'],
    ['You might also enjoy', 'other stories'],
    ['More from Business', 'other stories'],
    ['Most read this week', 'other stories'],
    ['Leia também', 'other stories'],
    ['Читайте также', 'other stories'],
    ['مزید پڑھیں', 'other stories'],
    ['14 Comments', 'comments'],
    ['Be the first to comment', 'comments'],
    ['Join the discussion', 'comments'],
    ['Tags: floods, Swat, relief', 'tags'],
    ['About the author', 'author note'],
    ['More by Amina Khan', 'author note'],
    // A list named around the outlet's own name.
    ['More Valley Courier Stories', 'other stories'],
    ['More great Courier reads', 'other stories'],
  ])('%s → %s', (line, reason) => {
    expect(tailReason(line)).toBe(reason);
  });

  it.each([
    'The latest figures from the bureau',
    'What the court decided',
    'Relief work in the valley',
    'A comment that changed the campaign',
    'More than 200 stories',
    'More people read the news',
    'More Bad News',
  ])('leaves the heading "%s"', (line) => {
    expect(tailReason(line)).toBeNull();
  });
});

describe('prompts and notices', () => {
  it.each([
    ['We use cookies to improve your browsing. Accept all?', 'cookie notice'],
    ['Get the weekly briefing newsletter in your inbox every Friday.', 'subscription prompt'],
    ['Cliquez ici pour recevoir nos alertes.', 'subscription prompt'],
    ['Download the free app to read offline.', 'subscription prompt'],
    ['Follow Amina Khan on Instagram for more.', 'subscription prompt'],
    [
      'When you buy through links on our site we may earn a commission at no cost to you.',
      'promotion',
    ],
    ['This story may not be republished, rewritten or broadcast without consent.', 'footer'],
    ['Your email address will not be published. Required fields are marked *', 'comments'],
    ['Comments are closed.', 'comments'],
    ['If you enjoyed reading this, tell a friend.', 'promotion'],
    ['RELATED: Floods cut off three districts', 'other stories'],
    ["DON'T MISS Floods cut off three districts", 'other stories'],
    ['Filed under: Weather', 'tags'],
    ['These links are external and open in a new window', 'navigation'],
    ['(opens in new tab)', 'navigation'],
    ['Le lien s’ouvre dans une nouvelle fenêtre', 'navigation'],
    ['This page may contain affiliate links.', 'promotion'],
    [
      'This text is subject to copyright; no part may be reproduced without written permission.',
      'footer',
    ],
  ])('%s → %s', (line, reason) => {
    expect(promptReason(line)).toBe(reason);
  });

  it.each([
    'The minister said the report may not be published until the inquiry ends.',
    'Comments on the proposal closed on Friday, the ministry said.',
    'Officials said they would share more details after the vote.',
    'The affiliate of the armed group denied any role in the attack.',
    'Residents who clicked on the warning link were told to leave.',
    'Also: the minister said the bridge would reopen on Friday.',
    'The shop will open a new branch in the spring.',
    'The ruling opens a new window for talks, officials said.',
    'Microsoft opens new Windows store in Sydney.',
    'Prosecutors said the affiliate may have links to the cartel.',
    "The judge ruled that the letters, still under copyright, may not be reproduced without the family's permission.",
    'The new window frames were opened by the inspectors.',
    'Affiliate groups were linked to the attack, police said.',
    'The copyright office said the photographs were reproduced with permission.',
  ])('leaves the sentence "%s"', (line) => {
    expect(promptReason(line)).toBeNull();
  });
});

describe('captions and credits', () => {
  it.each([
    'Photo: Jane Roe',
    'Image by the Valley Courier',
    'Rescue teams wade through the water (Photo: District Office)',
    'Rescue teams wade through the water (Northwind/Jane Roe)',
    'A boy waits at the camp. REUTERS/Jane Roe',
    'Rescue teams wade through the water | AP',
    'سیلاب میں پھنسے شہری۔ فوٹو: فائل',
  ])('"%s" is a caption', (line) => {
    expect(isCaptionLine(line)).toBe(true);
  });

  it.each([
    'The photo was taken in 2019, she said.',
    'A source close to the talks said no deal was near.',
  ])('"%s" is not', (line) => {
    expect(isCaptionLine(line)).toBe(false);
  });

  it('tells a credit line from a caption', () => {
    expect(isCredit('Getty Images')).toBe(true);
    expect(isCredit('Courtesy of the family')).toBe(true);
    expect(isCredit('A boy waits at the camp (Image: Getty)')).toBe(false);
  });
});

describe('sign-offs and calls to action', () => {
  it.each([
    'Reporting by Amina Khan; Editing by John Roe',
    'Additional reporting by Sara Ahmed in Peshawar.',
    'Jane Roe is a senior correspondent covering the region.',
    'Amina Khan contributed to this report.',
    'Follow her on Twitter @aminak',
    'Have a news tip? Write to the desk.',
  ])('"%s" signs off', (line) => {
    expect(isSignOff(line)).toBe(true);
  });

  it('leaves reporting that names an editor', () => {
    expect(isSignOff('The editor resigned after the story ran.')).toBe(false);
  });

  it('hears a call to action only with a prompt word', () => {
    expect(callsToAction('Subscribe to our podcast wherever you listen.')).toBe(true);
    expect(callsToAction('Please join our membership scheme today.')).toBe(true);
    expect(callsToAction('Subscribe to the Courier and stay ahead of the week.')).toBe(true);
    expect(callsToAction('Listen to the traders here as they argue over prices.')).toBe(false);
    expect(opensImperative('Read the full ruling here')).toBe(true);
    expect(opensImperative('Readers wrote in')).toBe(false);
  });
});
