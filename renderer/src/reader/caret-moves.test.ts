// Caret mode's keys: arrows, Home and End as caret moves; `[` and `]` to highlights from the caret.
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../shared/model';
import { caretMove, highlightFromCaret } from './caret-moves';
import type { PlacedHighlight } from './highlight-placement';

const key = (
  name: string,
  mods: Partial<Record<'shift' | 'ctrl' | 'meta' | 'alt', boolean>> = {},
) => ({
  key: name,
  shiftKey: !!mods.shift,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  altKey: !!mods.alt,
});

const placedAt = (id: string, start: number, end: number): PlacedHighlight => ({
  highlight: { id } as Highlight,
  start,
  end,
  paragraph: { first: 1, last: 1 },
});

describe('caretMove', () => {
  it('moves by character on screen, by word with Ctrl or Cmd, and selects with Shift', () => {
    expect(caretMove(key('ArrowRight'))).toEqual({
      alter: 'move',
      direction: 'right',
      granularity: 'character',
    });
    expect(caretMove(key('ArrowLeft', { shift: true, ctrl: true }))).toEqual({
      alter: 'extend',
      direction: 'left',
      granularity: 'word',
    });
    expect(caretMove(key('ArrowRight', { meta: true }))?.granularity).toBe('word');
  });

  it('moves by line with Up and Down, to the line ends with Home and End', () => {
    expect(caretMove(key('ArrowDown', { shift: true }))).toEqual({
      alter: 'extend',
      direction: 'forward',
      granularity: 'line',
    });
    expect(caretMove(key('ArrowUp'))?.direction).toBe('backward');
    expect(caretMove(key('Home'))?.granularity).toBe('lineboundary');
    expect(caretMove(key('End'))?.direction).toBe('forward');
  });

  it('leaves other keys and Alt combinations alone', () => {
    expect(caretMove(key('h'))).toBeNull();
    expect(caretMove(key('ArrowLeft', { alt: true }))).toBeNull();
    expect(caretMove(key('ArrowUp', { ctrl: true }))).toBeNull();
  });
});

describe('highlightFromCaret', () => {
  const outer = placedAt('outer', 10, 40);
  const inner = placedAt('inner', 20, 25);
  const later = placedAt('later', 50, 60);
  const placed = [outer, inner, later];

  it('goes to the next highlight beginning after the caret', () => {
    expect(highlightFromCaret(placed, 0, 1)).toBe(outer);
    expect(highlightFromCaret(placed, 10, 1)).toBe(inner);
    expect(highlightFromCaret(placed, 20, 1)).toBe(later);
    expect(highlightFromCaret(placed, 50, 1)).toBeNull();
  });

  it('goes back to the last highlight beginning before the caret', () => {
    expect(highlightFromCaret(placed, 55, -1)).toBe(later);
    expect(highlightFromCaret(placed, 50, -1)).toBe(inner);
    expect(highlightFromCaret(placed, 20, -1)).toBe(outer);
    expect(highlightFromCaret(placed, 10, -1)).toBeNull();
  });
});
