// The undo step of a bulk change: undo puts back each highlight's colour, grade and tags as they were,
// grouped so that highlights needing the same correction share one bulkUpdate call.
import type { Input } from '../../../shared/contract';
import { MAX_BULK_HIGHLIGHTS } from '../../../shared/limits';
import type { Credibility } from '../../../shared/grading';
import type { Highlight, HighlightColor } from '../../../shared/model';
import type { Command } from '../undo/command-stack';

export type BulkInput = Input<'highlights.bulkUpdate'>;

/** What one bulk change asks of every selected highlight. */
export interface BulkChange {
  color?: HighlightColor;
  /** A credibility 1–6 for every one; null takes it off. */
  credibility?: Credibility | null;
  addTagIds?: string[];
  removeTagIds?: string[];
}

/** The notebook call the steps need; the view passes the real one, tests a fake. */
export type BulkCall = (input: BulkInput) => Promise<unknown>;

/** `before`: the highlights as they were just before the change was made. */
export function bulkCommand(
  call: BulkCall,
  label: string,
  before: readonly Highlight[],
  change: BulkChange,
): Command {
  const ids = before.map((h) => h.id);
  return {
    label,
    undo: () => runAll(call, undoInputs(before, change)),
    redo: () =>
      runAll(
        call,
        chunks(ids).map((part) => ({ ids: part, ...change })),
      ),
  };
}

/** The calls that take each highlight back to how it was, as few as the differences allow. */
export function undoInputs(before: readonly Highlight[], change: BulkChange): BulkInput[] {
  const groups = new Map<string, BulkInput>();
  for (const h of before) {
    const color = change.color !== undefined && h.color !== change.color ? h.color : undefined;
    const credibility =
      change.credibility !== undefined && (h.credibility ?? null) !== change.credibility
        ? ((h.credibility ?? null) as Credibility | null)
        : undefined;
    const takeOff = (change.addTagIds ?? []).filter((t) => !h.tagIds.includes(t));
    const putBack = (change.removeTagIds ?? []).filter((t) => h.tagIds.includes(t));
    // The change found this highlight as it asked: there is nothing to put back.
    if (
      color === undefined &&
      credibility === undefined &&
      takeOff.length === 0 &&
      putBack.length === 0
    )
      continue;
    const key = JSON.stringify([
      color ?? null,
      credibility === undefined ? 'same' : credibility,
      takeOff,
      putBack,
    ]);
    let group = groups.get(key);
    if (!group) {
      group = { ids: [] };
      if (color !== undefined) group.color = color;
      if (credibility !== undefined) group.credibility = credibility;
      if (takeOff.length) group.removeTagIds = takeOff;
      if (putBack.length) group.addTagIds = putBack;
      groups.set(key, group);
    }
    group.ids.push(h.id);
  }
  return [...groups.values()].flatMap(({ ids, ...rest }) =>
    chunks(ids).map((part) => ({ ids: part, ...rest })),
  );
}

/** Ids in runs a single call may carry. */
export function chunks<T>(items: readonly T[], size = MAX_BULK_HIGHLIGHTS): T[][] {
  const out: T[][] = [];
  for (let at = 0; at < items.length; at += size) out.push(items.slice(at, at + size));
  return out;
}

async function runAll(call: BulkCall, inputs: readonly BulkInput[]): Promise<void> {
  for (const input of inputs) await call(input);
}
