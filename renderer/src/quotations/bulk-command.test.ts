import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../shared/model';
import { bulkCommand, chunks, undoInputs, type BulkInput } from './bulk-command';

const at = '2024-06-25T10:00:00.000Z';
const make = (id: string, color: Highlight['color'], tagIds: string[]): Highlight => ({
  id,
  articleId: 'a1',
  quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 1 },
  color,
  note: '',
  tagIds,
  createdAt: at,
  updatedAt: at,
});

/** A notebook holding highlights, changed the way highlights.bulkUpdate changes them. */
function fakeNotebook(highlights: Highlight[]) {
  const store = new Map(highlights.map((h) => [h.id, structuredClone(h)]));
  const calls: BulkInput[] = [];
  const call = async (input: BulkInput) => {
    calls.push(input);
    for (const id of input.ids) {
      const h = store.get(id);
      if (!h) throw new Error(`There is no highlight ${id} in this notebook.`);
      if (input.color) h.color = input.color;
      const removed = h.tagIds.filter((t) => !input.removeTagIds?.includes(t));
      h.tagIds = [...new Set([...removed, ...(input.addTagIds ?? [])])];
    }
  };
  const state = () => [...store.values()].map((h) => ({ c: h.color, t: [...h.tagIds].sort() }));
  return { call, calls, state };
}

describe('a bulk change undone and redone', () => {
  it('puts back each colour and tag set, in one call per kind of correction', async () => {
    const before = [
      make('h1', 'yellow', ['t1']),
      make('h2', 'yellow', []),
      make('h3', 'green', ['t2']),
      make('h4', 'pink', ['t2', 't3']),
    ];
    const nb = fakeNotebook(before);
    const change = { color: 'pink' as const, addTagIds: ['t3'], removeTagIds: ['t2'] };
    const original = nb.state();
    await nb.call({ ids: before.map((h) => h.id), ...change });
    const changed = nb.state();
    const command = bulkCommand(nb.call, 'recolour of 4 quotations', before, change);

    nb.calls.length = 0;
    await command.undo();
    expect(nb.state()).toEqual(original);
    // h1 and h2 need the same correction (yellow, take t3 off); h3 and h4 each their own.
    expect(nb.calls).toHaveLength(3);
    expect(nb.calls[0]).toEqual({ ids: ['h1', 'h2'], color: 'yellow', removeTagIds: ['t3'] });

    await command.redo();
    expect(nb.state()).toEqual(changed);
    await command.undo();
    expect(nb.state()).toEqual(original);
  });

  it('makes no call for highlights the change found already as it asked', () => {
    const before = [make('h1', 'blue', ['t1']), make('h2', 'yellow', [])];
    expect(undoInputs(before, { color: 'blue', addTagIds: ['t1'] })).toEqual([
      { ids: ['h2'], color: 'yellow', removeTagIds: ['t1'] },
    ]);
    expect(undoInputs([before[0]!], { color: 'blue', addTagIds: ['t1'] })).toEqual([]);
  });

  it('puts back each grade as it was, taking off a grade the change gave', () => {
    const graded = { ...make('h1', 'yellow', []), credibility: 3 as const };
    const before = [
      graded,
      make('h2', 'yellow', []),
      { ...make('h3', 'blue', []), credibility: 2 as const },
    ];
    expect(undoInputs(before, { credibility: 2 })).toEqual([
      { ids: ['h1'], credibility: 3 },
      { ids: ['h2'], credibility: null },
    ]);
    expect(undoInputs(before, { credibility: null })).toEqual([
      { ids: ['h1'], credibility: 3 },
      { ids: ['h3'], credibility: 2 },
    ]);
  });

  it('splits long runs of ids into calls a host accepts', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunks([], 2)).toEqual([]);
  });
});
