// What marks say on hover and to a screen reader: meanings and tags, innermost highlight first.
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOR_MEANINGS } from '../../../shared/model';
import { describeCovering, describeHighlight, markDescription } from './highlight-labels';

const tags = new Map([
  ['t1', 'Actors/TTP'],
  ['t2', 'Places'],
]);
const tagName = (id: string) => tags.get(id);
const meanings = { ...DEFAULT_COLOR_MEANINGS, green: 'Evidence', pink: 'Event' };

describe('describeHighlight', () => {
  it('names the meaning, the colour and each tag that still exists', () => {
    expect(
      describeHighlight({ color: 'green', tagIds: ['t1', 'gone', 't2'] }, meanings, tagName),
    ).toBe('Evidence (green), tags Actors/TTP, Places');
    expect(describeHighlight({ color: 'pink', tagIds: [] }, meanings, tagName)).toBe(
      'Event (pink), no tags',
    );
  });
});

describe('describeCovering', () => {
  it('lists the innermost highlight first, then each one it lies inside', () => {
    const outer = { color: 'green' as const, tagIds: ['t1'] };
    const inner = { color: 'pink' as const, tagIds: [] };
    expect(describeCovering([outer, inner], meanings, tagName)).toBe(
      'Highlight: Event (pink), no tags\nInside: Evidence (green), tags Actors/TTP',
    );
    expect(describeCovering([outer], meanings, tagName)).toBe(
      'Highlight: Evidence (green), tags Actors/TTP',
    );
  });
});

describe('markDescription', () => {
  it('says what the highlight is, what it lies inside and what the keys do', () => {
    const text = markDescription(
      { color: 'pink', tagIds: ['t2'] },
      [{ color: 'green', tagIds: [] }],
      meanings,
      tagName,
    );
    expect(text).toMatch(/^Highlight: Event \(pink\), tags Places; inside Evidence \(green\)/);
    expect(text).toContain('N edits its note');
  });
});
