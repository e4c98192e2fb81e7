// Turns what was dropped on the window into files: loose files as they are, folders walked
// recursively through the entries API (the only way a page can see inside a dropped folder).
import type { PickedFile } from './supported-files';

export interface DroppedFiles {
  /** Files dropped themselves: the analyst chose each one. */
  direct: PickedFile[];
  /** Files found inside dropped folders. */
  inFolders: PickedFile[];
}

/** True when a drag carries files (not text or a link dragged within the page). */
export const carriesFiles = (data: DataTransfer | null): boolean =>
  !!data && [...data.types].includes('Files');

/**
 * Must be called while the drop event is being handled: the browser empties the DataTransfer
 * afterwards, so the entries are taken at once and read later.
 */
export function readDrop(data: DataTransfer): Promise<DroppedFiles> {
  const entries: FileSystemEntry[] = [];
  const loose: File[] = [];
  for (const item of [...data.items]) {
    if (item.kind !== 'file') continue;
    // Files made by script (and some platforms' drags) have no entry; their File still works.
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry) entries.push(entry);
    else {
      const file = item.getAsFile();
      if (file) loose.push(file);
    }
  }
  if (entries.length === 0 && loose.length === 0) loose.push(...data.files);
  return gather(entries, loose);
}

async function gather(entries: FileSystemEntry[], loose: File[]): Promise<DroppedFiles> {
  const direct: PickedFile[] = loose.map((file) => ({ file, path: file.name }));
  const inFolders: PickedFile[] = [];
  for (const entry of entries) {
    if (isFile(entry)) direct.push({ file: await fileOf(entry), path: entry.name });
    else if (isDirectory(entry)) await walk(entry, inFolders);
  }
  return { direct, inFolders };
}

async function walk(folder: FileSystemDirectoryEntry, into: PickedFile[]): Promise<void> {
  for (const entry of await allEntries(folder)) {
    if (isFile(entry)) {
      into.push({ file: await fileOf(entry), path: entry.fullPath.replace(/^\//, '') });
    } else if (isDirectory(entry)) await walk(entry, into);
  }
}

/** `readEntries` answers in batches (about 100 at a time) until it answers with none. */
async function allEntries(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((done, fail) =>
      reader.readEntries(done, fail),
    );
    if (batch.length === 0) return all.sort((a, b) => a.name.localeCompare(b.name));
    all.push(...batch);
  }
}

const fileOf = (entry: FileSystemFileEntry) =>
  new Promise<File>((done, fail) => entry.file(done, fail));

const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;
const isDirectory = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry =>
  entry.isDirectory;
