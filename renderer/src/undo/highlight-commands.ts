// Undoable highlight changes: each records the state before and after, and the calls that restore them.
import type { Highlight, HighlightColor } from '../../../shared/model';
import type { Command } from './command-stack';

/** The notebook calls the commands need; the app passes the real ones, tests pass fakes. */
export interface HighlightCalls {
  remove(id: string): Promise<void>;
  /**
   * Puts a highlight back as it was. With `replace`, the highlight of that id is replaced by the
   * snapshot in one change (its quote looked up again; an orphan when the words are gone).
   */
  restore(highlight: Highlight, replace?: boolean): Promise<void>;
  update(
    id: string,
    change: {
      color?: HighlightColor;
      note?: string;
      tagIds?: string[];
      credibility?: number | null;
    },
  ): Promise<void>;
}

export function createCommand(calls: HighlightCalls, created: Highlight): Command {
  return {
    label: 'highlight',
    undo: () => calls.remove(created.id),
    // Redo puts the same highlight back (same id), so later steps still refer to it.
    redo: () => calls.restore(created),
  };
}

export function deleteCommand(calls: HighlightCalls, deleted: Highlight): Command {
  return {
    label: 'delete',
    undo: () => calls.restore(deleted),
    redo: () => calls.remove(deleted.id),
  };
}

/**
 * Re-attaching moves a highlight (often an orphan) to new words. Both ways replace the highlight
 * with a whole snapshot in one call, so a refused step never leaves it deleted; the host looks the
 * quote up again in the text as it is then: an orphan whose words are gone stays an orphan.
 */
export function reattachCommand(
  calls: HighlightCalls,
  before: Highlight,
  after: Highlight,
): Command {
  return {
    label: 're-attach',
    undo: () => calls.restore(before, true),
    redo: () => calls.restore(after, true),
  };
}

/**
 * The command for a change between two states of one highlight (colour, tags, credibility or
 * note), or null
 * when nothing the user can undo changed.
 */
export function changeCommand(
  calls: HighlightCalls,
  before: Highlight,
  after: Highlight,
): Command | null {
  const { id } = after;
  if (before.color !== after.color) {
    return {
      label: 'colour change',
      undo: () => calls.update(id, { color: before.color }),
      redo: () => calls.update(id, { color: after.color }),
    };
  }
  if (!sameSet(before.tagIds, after.tagIds)) {
    const was = [...before.tagIds];
    const now = [...after.tagIds];
    return {
      label: 'tags',
      undo: () => calls.update(id, { tagIds: was }),
      redo: () => calls.update(id, { tagIds: now }),
    };
  }
  if ((before.credibility ?? null) !== (after.credibility ?? null)) {
    const was = before.credibility ?? null;
    const now = after.credibility ?? null;
    return {
      label: 'credibility',
      undo: () => calls.update(id, { credibility: was }),
      redo: () => calls.update(id, { credibility: now }),
    };
  }
  if (before.note !== after.note) {
    return {
      label: 'note edit',
      coalesceKey: `note:${id}`,
      undo: () => calls.update(id, { note: before.note }),
      redo: () => calls.update(id, { note: after.note }),
    };
  }
  return null;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
