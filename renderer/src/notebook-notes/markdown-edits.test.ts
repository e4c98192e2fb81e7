import { describe, expect, it } from 'vitest';
import { appendQuotes, applyStyle } from './markdown-edits';

describe('the note editor’s formatting', () => {
  it('wraps the selection in bold or italic, or inserts a placeholder to type over', () => {
    expect(applyStyle('bold', { text: 'a talk b', start: 2, end: 6 })).toEqual({
      text: 'a **talk** b',
      start: 4,
      end: 8,
    });
    const empty = applyStyle('italic', { text: 'ab', start: 1, end: 1 });
    expect(empty.text).toBe('a_emphasis_b');
    expect(empty.text.slice(empty.start, empty.end)).toBe('emphasis');
  });

  it('turns the touched lines into a heading or list, and back', () => {
    const text = 'Intro\nfirst\nsecond\nend';
    const listed = applyStyle('list', { text, start: 8, end: 14 });
    expect(listed.text).toBe('Intro\n- first\n- second\nend');
    expect(applyStyle('list', listed).text).toBe(text);
    expect(applyStyle('heading', { text: 'Old\nx', start: 1, end: 1 }).text).toBe('## Old\nx');
    expect(applyStyle('heading', { text: '## Title', start: 3, end: 3 }).text).toBe('Title');
  });
});

describe('appendQuotes', () => {
  it('adds each quote as a paragraph of its own at the end, in order, once', () => {
    const out = appendQuotes('Assessment.\n', ['a', 'b', 'a']);
    expect(out.body).toBe('Assessment.\n\n[[highlight:a]]\n\n[[highlight:b]]\n\n');
    expect(out.added).toEqual(['a', 'b']);
  });

  it('leaves out what the note quotes already, and an empty note starts with the quotes', () => {
    expect(appendQuotes('See [[highlight:a]].', ['a', 'c'])).toEqual({
      body: 'See [[highlight:a]].\n\n[[highlight:c]]\n\n',
      added: ['c'],
      already: ['a'],
    });
    expect(appendQuotes('', ['x']).body).toBe('[[highlight:x]]\n\n');
    expect(appendQuotes('[[highlight:x]]', ['x']).body).toBe('[[highlight:x]]');
  });
});
