import { describe, expect, it } from 'vitest';
import { carryRemoved } from './removed-blocks';

const p = (text: string) => ({ kind: 'paragraph' as const, text });
const gone = (text: string) => ({ kind: 'paragraph' as const, text, removed: 'navigation' });

describe('carryRemoved', () => {
  it('puts each removed block after the paragraph it followed, first ones first', () => {
    const old = [gone('Menu'), p('One'), gone('Advert'), p('Two'), p('Three'), gone('Footer')];
    const next = carryRemoved(old, [p('One'), p('Two, edited'), p('Three')]);
    expect(next.map((b) => `${b.removed ? '-' : ''}${b.text}`)).toEqual([
      '-Menu',
      'One',
      '-Advert',
      'Two, edited',
      'Three',
      '-Footer',
    ]);
  });

  it('keeps them at the same relative place when their paragraph was rewritten', () => {
    const old = [p('A'), p('B'), gone('Ad'), p('C'), p('D')];
    const next = carryRemoved(old, [p('W'), p('X'), p('Y'), p('Z')]);
    expect(next.map((b) => b.text)).toEqual(['W', 'X', 'Ad', 'Y', 'Z']);
  });

  it('changes nothing when nothing was removed', () => {
    const kept = [p('One'), p('Two')];
    expect(carryRemoved(kept, kept)).toEqual(kept);
  });
});
