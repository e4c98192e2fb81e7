import { describe, expect, it } from 'vitest';
import { filterTerm, hasTerm, toggleTerm } from './quotation-query';
import { countLabel, firstLine, paragraphLabel } from './quotation-format';

describe('quick filters in the query text', () => {
  it('quotes a value with spaces, and leaves a simple one bare', () => {
    expect(filterTerm('tag', 'Actors/TTP')).toBe('tag:Actors/TTP');
    expect(filterTerm('tag', 'Actors/Afghan Taliban')).toBe('tag:"Actors/Afghan Taliban"');
    expect(filterTerm('colour', 'yellow')).toBe('colour:yellow');
  });

  it('adds a term once and takes it out again, keeping the rest of the query', () => {
    const q = toggleTerm('talks', 'tag:Actors/TTP');
    expect(q).toBe('talks tag:Actors/TTP');
    expect(hasTerm(q, 'TAG:actors/ttp')).toBe(true);
    expect(toggleTerm(q, 'tag:Actors/TTP')).toBe('talks');
    expect(toggleTerm('(tag:Places OR colour:yellow) x', 'colour:yellow')).toBe('(tag:Places) x');
    expect(toggleTerm('a OR tag:X OR b', 'tag:x')).toBe('a OR b');
    expect(toggleTerm('tag:X AND b', 'tag:X')).toBe('b');
    expect(toggleTerm('talks or tag:X', 'tag:X')).toBe('talks or');
    // A negated term or a longer path is another term.
    expect(hasTerm('-tag:Actors/TTP', 'tag:Actors/TTP')).toBe(false);
    expect(hasTerm('tag:Actors/TTP/Leaders', 'tag:Actors/TTP')).toBe(false);
    expect(toggleTerm('', 'colour:pink')).toBe('colour:pink');
  });
});

describe('cell wording', () => {
  it('names paragraphs, a note’s first line and counts', () => {
    expect(paragraphLabel({ first: 5, last: 5 })).toBe('¶ 5');
    expect(paragraphLabel({ first: 5, last: 6 })).toBe('¶ 5–6');
    expect(firstLine('\n\n## Why it matters\nmore')).toBe('Why it matters');
    expect(firstLine('- a point')).toBe('a point');
    expect(firstLine('')).toBe('');
    expect(countLabel(1)).toBe('1 quotation');
    expect(countLabel(1234)).toBe('1,234 quotations');
  });
});
