import { describe, expect, it } from 'vitest';
import { dropOffset } from './highlight-drag';

describe('dropOffset', () => {
  const ref = '[[highlight:h1]]';
  it('finds where the text box put a dropped reference', () => {
    expect(dropOffset('Intro. Outro.', `Intro. ${ref}Outro.`, 'h1')).toBe(7);
    expect(dropOffset('', ref, 'h1')).toBe(0);
    expect(dropOffset('End', `End${ref}`, 'h1')).toBe(3);
  });

  it('finds the new one when the note already quotes the same highlight', () => {
    const before = `${ref}\n\nSecond.`;
    expect(dropOffset(before, `${ref}\n\nSec${ref}ond.`, 'h1')).toBe(before.indexOf('ond'));
  });

  it('says -1 when the reference is not there (the drop was refused)', () => {
    expect(dropOffset('Intro.', 'Intro. typed', 'h1')).toBe(-1);
  });
});
