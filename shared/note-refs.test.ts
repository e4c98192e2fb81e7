// The one parser of `[[highlight:id]]` references: order, block or inline, code left alone.
import { describe, expect, it } from 'vitest';
import { achRefs, codeRanges, highlightRefs, noteRefs, splitAchRefs, splitRefs } from './note-refs';

describe('note references', () => {
  it('finds references in order, each once in highlightRefs', () => {
    const body = 'See [[highlight:a1]] and [[highlight:b-2]], again [[highlight:a1]].';
    expect(highlightRefs(body)).toEqual(['a1', 'b-2']);
    expect(splitRefs(body)).toEqual([
      { text: 'See ' },
      { highlightId: 'a1', block: false },
      { text: ' and ' },
      { highlightId: 'b-2', block: false },
      { text: ', again ' },
      { highlightId: 'a1', block: false },
      { text: '.' },
    ]);
  });

  it('tells a reference alone in its paragraph from one inside a line', () => {
    const body = 'Intro:\n\n[[highlight:x]]\n\nIn a line [[highlight:y]]\n[[highlight:z]]';
    expect(noteRefs(body).map((r) => [r.highlightId, r.block])).toEqual([
      ['x', true],
      ['y', false],
      ['z', false],
    ]);
    expect(noteRefs('[[highlight:only]]')[0]?.block).toBe(true);
  });

  it('leaves references inside code spans and fences as typed, when asked', () => {
    const body = [
      'Write `[[highlight:span]]` to quote, or ``a `[[highlight:double]]` b``.',
      '',
      '```md',
      '[[highlight:fenced]]',
      '```',
      '',
      '~~~',
      '[[highlight:tilde]]',
      '~~~',
      '',
      '[[highlight:real]]',
      '',
      '```',
      '[[highlight:unclosed]]',
    ].join('\n');
    expect(noteRefs(body, { skipCode: true }).map((r) => r.highlightId)).toEqual(['real']);
    expect(noteRefs(body).map((r) => r.highlightId)).toEqual([
      'span',
      'double',
      'fenced',
      'tilde',
      'real',
      'unclosed',
    ]);
    const parts = splitRefs(body, { skipCode: true });
    expect(parts.map((p) => ('text' in p ? p.text : `<${p.highlightId}>`)).join('')).toBe(
      body.replace('[[highlight:real]]', '<real>'),
    );
  });

  it('does not take a lone backtick or a blank line as a code span', () => {
    const body = 'A ` tick [[highlight:a]]\n\nand ` another [[highlight:b]]';
    expect(codeRanges(body)).toEqual([]);
    expect(noteRefs(body, { skipCode: true }).map((r) => r.highlightId)).toEqual(['a', 'b']);
  });
});

describe('matrices in a note', () => {
  it('stand alone in their paragraphs, and not inside code or a sentence', () => {
    const body = [
      'Intro.',
      '',
      '[[ach:m-1]]',
      '',
      'Inline [[ach:m-2]] is only text.',
      '',
      '```',
      '[[ach:m-3]]',
      '```',
      '',
      '  [[ach:m-4]]  ',
    ].join('\n');
    expect(achRefs(body)).toEqual(['m-1', 'm-4']);
    const parts = splitAchRefs(body);
    expect(parts[0]).toEqual({ text: 'Intro.\n\n' });
    expect(parts[1]).toEqual({ achId: 'm-1' });
    // Nothing of the note is lost between the parts.
    expect(parts.map((p) => ('text' in p ? p.text : `[[ach:${p.achId}]]`)).join('')).toBe(
      body.replace('  [[ach:m-4]]  ', '[[ach:m-4]]'),
    );
  });
});
