import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../shared/model';
import { CommandStack, StepFailed } from './command-stack';
import {
  changeCommand,
  createCommand,
  deleteCommand,
  reattachCommand,
  type HighlightCalls,
} from './highlight-commands';
import { failedStepMessage } from './use-undo';

/** A fake notebook holding highlights by id. */
function fakeNotebook(initial: Highlight[] = []) {
  const store = new Map(initial.map((h) => [h.id, h]));
  const calls: HighlightCalls = {
    remove: async (id) => {
      if (!store.delete(id)) throw new Error(`no highlight ${id}`);
    },
    restore: async (h, replace) => {
      if (replace && !store.has(h.id)) throw new Error(`no highlight ${h.id} to replace`);
      if (!replace && store.has(h.id)) throw new Error(`highlight ${h.id} exists`);
      store.set(h.id, h);
    },
    update: async (id, change) => {
      const h = store.get(id);
      if (!h) throw new Error(`no highlight ${id}`);
      const { credibility, ...rest } = change;
      const next: Highlight = { ...h, ...rest };
      if (credibility === null) delete next.credibility;
      else if (credibility !== undefined) next.credibility = credibility;
      store.set(id, next);
    },
  };
  return { store, calls };
}

const base: Highlight = {
  id: 'h1',
  articleId: 'a1',
  quote: { type: 'TextQuoteSelector', exact: 'words', prefix: '', suffix: '' },
  position: { type: 'TextPositionSelector', start: 0, end: 5 },
  color: 'yellow',
  note: '',
  tagIds: [],
  createdAt: '2024-06-01T00:00:00.000Z',
  updatedAt: '2024-06-01T00:00:00.000Z',
};

describe('CommandStack', () => {
  it('undoes a create by deleting and redoes it with the same id', async () => {
    const { store, calls } = fakeNotebook([base]);
    const stack = new CommandStack();
    stack.push(createCommand(calls, base));
    expect(stack.getState().undoLabel).toBe('highlight');
    expect(await stack.undo()).toBe(true);
    expect(store.has('h1')).toBe(false);
    expect(stack.getState()).toMatchObject({ undoLabel: null, redoLabel: 'highlight' });
    await stack.redo();
    expect(store.get('h1')).toEqual(base);
  });

  it('undoes a delete by restoring the highlight as it was', async () => {
    const noted = { ...base, note: 'keep me', tagIds: ['t1'] };
    const { store, calls } = fakeNotebook([]);
    const stack = new CommandStack();
    stack.push(deleteCommand(calls, noted));
    await stack.undo();
    expect(store.get('h1')).toEqual(noted);
    await stack.redo();
    expect(store.has('h1')).toBe(false);
  });

  it('undoes a re-attach back to the orphan and redoes it to the new words', async () => {
    const orphan = { ...base, orphan: true, note: 'kept' };
    const attached: Highlight = {
      ...base,
      note: 'kept',
      quote: { ...base.quote, exact: 'other' },
      position: { ...base.position, start: 10, end: 15 },
    };
    const { store, calls } = fakeNotebook([attached]);
    const stack = new CommandStack();
    stack.push(reattachCommand(calls, orphan, attached));
    expect(stack.getState().undoLabel).toBe('re-attach');
    await stack.undo();
    expect(store.get('h1')).toEqual(orphan);
    await stack.redo();
    expect(store.get('h1')).toEqual(attached);
  });

  it('undoes colour, tags and note changes to the previous values', async () => {
    const { store, calls } = fakeNotebook([base]);
    const stack = new CommandStack();
    const green = { ...base, color: 'green' as const };
    const tagged = { ...green, tagIds: ['t1', 't2'] };
    stack.push(changeCommand(calls, base, green)!);
    stack.push(changeCommand(calls, green, tagged)!);
    store.set('h1', tagged);
    await stack.undo();
    expect(store.get('h1')!.tagIds).toEqual([]);
    await stack.undo();
    expect(store.get('h1')!.color).toBe('yellow');
    await stack.redo();
    await stack.redo();
    expect(store.get('h1')).toMatchObject({ color: 'green', tagIds: ['t1', 't2'] });
  });

  it('undoes a credibility grade, back to none, and redoes it', async () => {
    const { store, calls } = fakeNotebook([base]);
    const stack = new CommandStack();
    const graded: Highlight = { ...base, credibility: 2 };
    const regraded: Highlight = { ...base, credibility: 5 };
    const command = changeCommand(calls, base, graded)!;
    expect(command.label).toBe('credibility');
    stack.push(command);
    stack.push(changeCommand(calls, graded, regraded)!);
    store.set('h1', regraded);
    await stack.undo();
    expect(store.get('h1')!.credibility).toBe(2);
    await stack.undo();
    expect(store.get('h1')!.credibility).toBeUndefined();
    await stack.redo();
    await stack.redo();
    expect(store.get('h1')!.credibility).toBe(5);
  });

  it('merges a typing burst in one note into one step, but not a pause', async () => {
    let now = 0;
    const { store, calls } = fakeNotebook([base]);
    const stack = new CommandStack(2000, 200, () => now);
    const steps = ['F', 'Fi', 'Fir', 'First'];
    let prev = base;
    for (const note of steps) {
      const next = { ...prev, note };
      stack.push(changeCommand(calls, prev, next)!);
      prev = next;
      now += 500;
    }
    now += 10_000;
    const later = { ...prev, note: 'First. Then more' };
    stack.push(changeCommand(calls, prev, later)!);
    store.set('h1', later);

    await stack.undo();
    expect(store.get('h1')!.note).toBe('First');
    await stack.undo();
    expect(store.get('h1')!.note).toBe('');
    expect(stack.getState().undoLabel).toBeNull();
    await stack.redo();
    expect(store.get('h1')!.note).toBe('First');
  });

  it('a new change clears the redo side; nothing to undo answers false', async () => {
    const { calls } = fakeNotebook([base]);
    const stack = new CommandStack();
    expect(await stack.undo()).toBe(false);
    stack.push(changeCommand(calls, base, { ...base, color: 'blue' })!);
    await stack.undo();
    expect(stack.getState().redoLabel).toBe('colour change');
    stack.push(changeCommand(calls, base, { ...base, color: 'pink' })!);
    expect(stack.getState().redoLabel).toBeNull();
  });

  it('runs steps one at a time, in order', async () => {
    const order: string[] = [];
    const stack = new CommandStack();
    const slow = (name: string, ms: number) => ({
      label: name,
      undo: () =>
        new Promise<void>((done) => setTimeout(() => (order.push(`undo ${name}`), done()), ms)),
      redo: async () => void order.push(`redo ${name}`),
    });
    stack.push(slow('a', 1));
    stack.push(slow('b', 20));
    await Promise.all([stack.undo(), stack.undo(), stack.redo()]);
    expect(order).toEqual(['undo b', 'undo a', 'redo a']);
  });

  it('keeps a step whose undo fails, says which step and why, and lets the user retry', async () => {
    const { store, calls } = fakeNotebook([base]);
    const tagged = { ...base, tagIds: ['t1'] };
    const stack = new CommandStack();
    stack.push(changeCommand(calls, tagged, { ...tagged, tagIds: ['t1', 'gone'] })!);
    let refuse = true;
    const real = calls.update;
    calls.update = async (id, change) => {
      if (refuse) throw new Error('Unknown tag t1.');
      await real(id, change);
    };
    const failure = await stack.undo().catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(StepFailed);
    expect(failure).toMatchObject({ how: 'undo', label: 'tags' });
    expect(failedStepMessage('undo', failure)).toBe(
      'Could not undo “tags”: Unknown tag t1. The step is kept; undo again to retry.',
    );
    expect(stack.getState()).toMatchObject({ undoLabel: 'tags', redoLabel: null, busy: false });

    refuse = false;
    expect(await stack.undo()).toBe(true);
    expect(store.get('h1')!.tagIds).toEqual(['t1']);
    expect(stack.getState()).toMatchObject({ undoLabel: null, redoLabel: 'tags' });
  });

  it('keeps a step whose redo fails on the redo side', async () => {
    const stack = new CommandStack();
    let refuse = true;
    stack.push({
      label: 'x',
      undo: async () => {},
      redo: async () => {
        if (refuse) throw new Error('no');
      },
    });
    await stack.undo();
    await expect(stack.redo()).rejects.toThrow('Could not redo the x');
    expect(stack.getState()).toMatchObject({ undoLabel: null, redoLabel: 'x' });
    refuse = false;
    expect(await stack.redo()).toBe(true);
    expect(stack.getState()).toMatchObject({ undoLabel: 'x', redoLabel: null });
  });

  it('a refused re-attach undo leaves the highlight in place (one replacing call)', async () => {
    const orphan = { ...base, orphan: true };
    const attached = { ...base, position: { ...base.position, start: 10, end: 15 } };
    const { store, calls } = fakeNotebook([attached]);
    const seen: string[] = [];
    calls.remove = async (id) => void seen.push(`remove ${id}`);
    const restore = calls.restore;
    calls.restore = async (h, replace) => {
      seen.push(`restore ${h.id} replace=${String(replace)}`);
      if (seen.length === 1) throw new Error('not yet');
      await restore(h, replace);
    };
    const stack = new CommandStack();
    stack.push(reattachCommand(calls, orphan, attached));
    await expect(stack.undo()).rejects.toThrow(StepFailed);
    expect(store.get('h1')).toEqual(attached);
    await stack.undo();
    expect(store.get('h1')).toEqual(orphan);
    expect(seen).toEqual(['restore h1 replace=true', 'restore h1 replace=true']);
  });

  it('ignores changes with nothing to undo', () => {
    const { calls } = fakeNotebook([base]);
    expect(changeCommand(calls, base, { ...base, updatedAt: 'later' })).toBeNull();
    expect(
      changeCommand(calls, { ...base, tagIds: ['a', 'b'] }, { ...base, tagIds: ['b', 'a'] }),
    ).toBeNull();
  });
});
