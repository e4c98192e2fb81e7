import { describe, expect, it } from 'vitest';
import { NO_SELECTION, pick, runFrom } from './selection';

const ids = (s: { ids: ReadonlySet<string> }) => [...s.ids].sort();

describe('selecting quotations', () => {
  it('picks one row on a click, toggles with Ctrl/Cmd, takes a run with Shift', () => {
    let s = pick(NO_SELECTION, { kind: 'only', index: 2, id: 'c' });
    expect(ids(s)).toEqual(['c']);
    s = pick(s, { kind: 'toggle', index: 5, id: 'f' });
    expect(ids(s)).toEqual(['c', 'f']);
    expect(s.anchor).toBe(5);
    s = pick(s, { kind: 'toggle', index: 2, id: 'c' });
    expect(ids(s)).toEqual(['f']);
    // Shift+click from the anchor (row 2, the last toggled) to row 4 replaces the selection.
    expect(runFrom(s, 4)).toEqual({ from: 2, to: 4 });
    s = pick(s, { kind: 'range', index: 4, ids: ['c', 'd', 'e'], add: false });
    expect(ids(s)).toEqual(['c', 'd', 'e']);
    expect(s.anchor).toBe(2);
    expect(s.cursor).toBe(4);
    s = pick(s, { kind: 'range', index: 0, ids: ['a', 'b', 'c'], add: true });
    expect(ids(s)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('marks "all shown" until the selection is changed by hand, and clears', () => {
    let s = pick(NO_SELECTION, { kind: 'all', ids: ['a', 'b', 'c'] });
    expect(s.all).toBe(true);
    s = pick(s, { kind: 'cursor', index: 1 });
    expect(s.all).toBe(true);
    s = pick(s, { kind: 'toggle', index: 1, id: 'b' });
    expect(s.all).toBe(false);
    expect(ids(s)).toEqual(['a', 'c']);
    s = pick(s, { kind: 'clear' });
    expect(s.ids.size).toBe(0);
    expect(s.cursor).toBe(1);
    expect(runFrom(s, 3)).toEqual({ from: 3, to: 3 });
    expect(runFrom(s, 3, 6)).toEqual({ from: 3, to: 6 });
    s = pick(s, { kind: 'range', index: 3, ids: ['d', 'e'], add: false, anchor: 4 });
    expect(s.anchor).toBe(4);
  });
});
