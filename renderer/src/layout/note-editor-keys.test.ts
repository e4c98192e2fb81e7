import { describe, expect, it } from 'vitest';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { notesChanged } from './note-editor-keys';

const withNotes = (id: string, notes: Record<string, string>): ArticleDetail =>
  ({
    id,
    highlights: Object.entries(notes).map(([hid, note]) => ({ id: hid, note }) as Highlight),
  }) as ArticleDetail;

describe('which note editors an undo must remount', () => {
  it('names only the highlights whose note text changed', () => {
    const before = [[['article', 'a'], withNotes('a', { h1: 'first', h2: 'same' })]] as const;
    const after = [[['article', 'a'], withNotes('a', { h1: 'restored', h2: 'same' })]] as const;
    expect(notesChanged(before, after)).toEqual(['h1']);
  });

  it('ignores highlights that are new or gone, and articles not cached before', () => {
    const before = [[['article', 'a'], withNotes('a', { h1: 'x' })]] as const;
    const after = [
      [['article', 'a'], withNotes('a', { h2: 'new' })],
      [['article', 'b'], withNotes('b', { h9: 'other' })],
      [['article', 'c'], undefined],
    ] as const;
    expect(notesChanged(before, after)).toEqual([]);
  });
});
