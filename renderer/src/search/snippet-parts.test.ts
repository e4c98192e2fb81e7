import { describe, expect, it } from 'vitest';
import { snippetParts, snippetText } from './snippet-parts';

describe('snippetParts', () => {
  it('splits marked matches from the text around them', () => {
    expect(snippetParts('the «ceasefire» was «announced».')).toEqual([
      { text: 'the ', marked: false },
      { text: 'ceasefire', marked: true },
      { text: ' was ', marked: false },
      { text: 'announced', marked: true },
      { text: '.', marked: false },
    ]);
  });

  it('keeps a stray closing guillemet and a nested opening one as text', () => {
    expect(snippetParts('a » b «c « d» e')).toEqual([
      { text: 'a » b ', marked: false },
      { text: 'c « d', marked: true },
      { text: ' e', marked: false },
    ]);
  });

  it('runs a match left open to the end, and drops empty runs', () => {
    expect(snippetParts('«»x «tail')).toEqual([
      { text: 'x ', marked: false },
      { text: 'tail', marked: true },
    ]);
  });

  it('keeps right-to-left text and surrogate pairs whole', () => {
    expect(snippetParts('پاکستان «مذاکرات» 👍🏽')).toEqual([
      { text: 'پاکستان ', marked: false },
      { text: 'مذاکرات', marked: true },
      { text: ' 👍🏽', marked: false },
    ]);
  });

  it('reads without the markers', () => {
    expect(snippetText('the «ceasefire» held')).toBe('the ceasefire held');
  });
});
