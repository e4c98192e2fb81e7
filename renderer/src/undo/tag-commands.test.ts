import { describe, expect, it } from 'vitest';
import { CannotUndo, CommandStack } from './command-stack';
import { irreversibleTagCommand, recolourTagCommand, renameTagCommand } from './tag-commands';
import { failedStepMessage } from './use-undo';

/** A fake codebook: tags by id, and a log of every other change undo could reach. */
function fakeCodebook() {
  const tags = new Map([['t1', { name: 'Actors/TTP', color: 'red' }]]);
  return {
    tags,
    update: async (id: string, change: { name?: string; color?: string }) => {
      const tag = tags.get(id);
      if (!tag) throw new Error(`no tag ${id}`);
      tags.set(id, { ...tag, ...change });
    },
  };
}

describe('codebook changes in the undo history', () => {
  it('undoes and redoes a rename and a recolour by setting the tag back', async () => {
    const book = fakeCodebook();
    const stack = new CommandStack();
    await book.update('t1', { name: 'Actors/Militants/TTP' });
    stack.push(renameTagCommand(book.update, 't1', 'Actors/TTP', 'Actors/Militants/TTP'));
    await book.update('t1', { color: 'blue' });
    stack.push(recolourTagCommand(book.update, 't1', 'Actors/Militants/TTP', 'red', 'blue'));

    await stack.undo();
    expect(book.tags.get('t1')).toEqual({ name: 'Actors/Militants/TTP', color: 'red' });
    await stack.undo();
    expect(book.tags.get('t1')).toEqual({ name: 'Actors/TTP', color: 'red' });
    await stack.redo();
    expect(book.tags.get('t1')!.name).toBe('Actors/Militants/TTP');
  });

  it('stops at a merge and says so, never undoing an earlier, unrelated step', async () => {
    const stack = new CommandStack();
    const earlier: string[] = [];
    stack.push({
      label: 'tag change',
      undo: async () => void earlier.push('undone'),
      redo: async () => void earlier.push('redone'),
    });
    stack.push(irreversibleTagCommand('merge of A into B', 'it retagged highlights.'));
    expect(stack.getState().undoLabel).toBe('merge of A into B');

    const failure = await stack.undo().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CannotUndo);
    expect(failedStepMessage('undo', failure)).toMatch(
      /^The merge of A into B cannot be undone: it retagged highlights\. Nothing was changed/,
    );
    // Asked again, the answer is the same: the earlier step is out of reach.
    await expect(stack.undo()).rejects.toBeInstanceOf(CannotUndo);
    expect(earlier).toEqual([]);
    expect(stack.getState().undoLabel).toBe('merge of A into B');

    // A change after it is undone as usual.
    stack.push({
      label: 'colour change',
      undo: async () => void earlier.push('colour'),
      redo: async () => {},
    });
    await stack.undo();
    expect(earlier).toEqual(['colour']);
  });
});
