// The state of one import run (a batch of files, a folder, a web address, pasted text) and
// the words the progress panel uses for it.
import type { Output } from '../../../shared/contract';

export type ItemStatus =
  'waiting' | 'reading' | 'importing' | 'imported' | 'duplicate' | 'failed' | 'cancelled';

export interface ImportItem {
  key: string;
  /** What the analyst knows the source by: a file's path, a web address, "Pasted text". */
  label: string;
  status: ItemStatus;
  /** Why it failed: the host's sentence, which names the file and the reason. */
  message?: string;
  articleId?: string;
  title?: string;
  /** What merging a notebook bundle added. */
  bundle?: Output<'bundle.import'>;
}

export interface ImportRun {
  items: ImportItem[];
  /** Files in chosen or dropped folders that are not a kind Dossier reads. */
  skipped: string[];
  /** True once every item has an outcome (or the run was cancelled and the last one returned). */
  finished: boolean;
  cancelled: boolean;
}

const DONE: readonly ItemStatus[] = ['imported', 'duplicate', 'failed', 'cancelled'];
export const isDone = (item: ImportItem): boolean => DONE.includes(item.status);

/** "Bundle merged: 3 articles added, 1 merged, 12 highlights added, 2 tags added, 1 note added". */
export function describeBundle(c: Output<'bundle.import'>): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return (
    `Bundle merged: ${n(c.articlesAdded, 'article')} added, ${c.articlesMerged} merged, ` +
    `${n(c.highlightsAdded, 'highlight')} added, ${n(c.tagsAdded, 'tag')} added, ` +
    `${n(c.notesAdded, 'note')} added`
  );
}

export function counts(run: ImportRun) {
  const of = (status: ItemStatus) => run.items.filter((i) => i.status === status).length;
  return {
    total: run.items.length,
    done: run.items.filter(isDone).length,
    imported: run.items.filter((i) => i.status === 'imported' && !i.bundle).length,
    bundles: run.items.filter((i) => i.bundle).length,
    duplicate: of('duplicate'),
    failed: of('failed'),
    cancelled: of('cancelled'),
    skipped: run.skipped.length,
  };
}

/** "7 imported, 1 already in your library, 2 failed". */
export function summarize(run: ImportRun): string {
  const c = counts(run);
  const parts: string[] = [];
  if (c.imported || (!c.duplicate && !c.failed && !c.bundles)) parts.push(`${c.imported} imported`);
  if (c.bundles) parts.push(`${c.bundles} notebook bundle${c.bundles === 1 ? '' : 's'} merged`);
  if (c.duplicate) parts.push(`${c.duplicate} already in your library`);
  if (c.failed) parts.push(`${c.failed} failed`);
  if (c.cancelled) parts.push(`${c.cancelled} not imported (cancelled)`);
  return parts.join(', ');
}

/** "3 files skipped: not a kind Dossier imports (.png, .zip)". */
export function describeSkipped(skipped: readonly string[]): string {
  const kinds = [...new Set(skipped.map((path) => extensionLabel(path)))].sort();
  const n = skipped.length;
  return `${n} file${n === 1 ? '' : 's'} skipped: not a kind Dossier imports (${kinds.join(', ')})`;
}

function extensionLabel(path: string): string {
  const name = path.split('/').at(-1) ?? path;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : 'no extension';
}

export function statusText(item: ImportItem): string {
  switch (item.status) {
    case 'waiting':
      return 'Waiting';
    case 'reading':
      return 'Reading…';
    case 'importing':
      return 'Importing…';
    case 'imported':
      return item.bundle ? 'Merged' : 'Imported';
    case 'duplicate':
      return 'Already in your library';
    case 'failed':
      return 'Failed';
    case 'cancelled':
      return 'Cancelled';
  }
}
