// What the cleaner (or the analyst) removed from an article survives a new version of its text:
// each removed block goes back beside the kept paragraph it followed, so "Show removed" still
// shows it in place and it can still be put back.
import type { SourceBlock } from '../../shared/model';
import type { ExtractedBlock } from './import/extracted';

/**
 * The new version's blocks with the old version's removed blocks among them. A removed block
 * follows the new paragraph whose text the kept block before it had; when that paragraph was
 * edited away, it stands at the same relative place in the new text.
 */
export function carryRemoved(
  oldBlocks: readonly SourceBlock[],
  kept: readonly ExtractedBlock[],
): ExtractedBlock[] {
  if (!oldBlocks.some((b) => b.removed)) return [...kept];
  const oldKept = oldBlocks.filter((b) => !b.removed).length;
  // Where each new paragraph's text stood among the old kept blocks (first unused match).
  const unused = new Map<string, number[]>();
  kept.forEach((p, i) => unused.set(p.text, [...(unused.get(p.text) ?? []), i]));

  // after[i]: the removed blocks to place after new paragraph i (-1: before the first).
  const after = new Map<number, ExtractedBlock[]>();
  let anchor = -1;
  let keptSeen = 0;
  for (const block of oldBlocks) {
    if (!block.removed) {
      keptSeen++;
      const match = unused.get(block.text)?.shift();
      anchor =
        match ?? Math.max(anchor, Math.round((keptSeen / Math.max(1, oldKept)) * kept.length) - 1);
      continue;
    }
    const at = Math.min(anchor, kept.length - 1);
    after.set(at, [...(after.get(at) ?? []), { ...block }]);
  }
  const out: ExtractedBlock[] = [...(after.get(-1) ?? [])];
  kept.forEach((p, i) => out.push(p, ...(after.get(i) ?? [])));
  return out;
}
