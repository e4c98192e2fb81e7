// Codebook changes in the shared undo history. A rename, move or recolour is undone by setting
// the tag back; a merge or a deletion retags highlights across the notebook and is recorded as
// a change that cannot be undone, so undo says so instead of undoing something older.
import type { Command } from './command-stack';

/** The notebook call behind a tag's undo and redo. */
export type UpdateTag = (id: string, change: { name?: string; color?: string }) => Promise<void>;

/** A tag renamed (or moved: its path changed) from `before` to `after`. */
export function renameTagCommand(
  update: UpdateTag,
  id: string,
  before: string,
  after: string,
): Command {
  return {
    label: `rename of ${before} to ${after}`,
    undo: () => update(id, { name: before }),
    redo: () => update(id, { name: after }),
  };
}

/** A tag's colour changed from `before` to `after`. */
export function recolourTagCommand(
  update: UpdateTag,
  id: string,
  name: string,
  before: string,
  after: string,
): Command {
  return {
    label: `colour change of ${name}`,
    undo: () => update(id, { color: before }),
    redo: () => update(id, { color: after }),
  };
}

/** A codebook change that retagged highlights: recorded, it ends what undo can reach. */
export function irreversibleTagCommand(label: string, why: string): Command {
  const never = () => Promise.reject(new Error(`the ${label} cannot be undone or redone`));
  return { label, irreversible: why, undo: never, redo: never };
}
