// Which files Dossier imports, and the checks the renderer makes before reading a file's bytes.

import {
  extensionOf,
  isSupported,
  MAX_IMPORT_BYTES,
  SUPPORTED_EXTENSIONS,
} from '../../../shared/source-files';

export {
  extensionOf,
  isSupported,
  MAX_IMPORT_BYTES,
  SUPPORTED_EXTENSIONS,
} from '../../../shared/source-files';

/** A notebook bundle (a backup made by Export), merged by `bundle.import`, not read as an article. */
export const BUNDLE_EXTENSION = '.dossier';
export const isBundle = (name: string): boolean => extensionOf(name) === BUNDLE_EXTENSION;

/** For the file picker's `accept`: sources, and notebook bundles. */
export const ACCEPT = [...SUPPORTED_EXTENSIONS, BUNDLE_EXTENSION].join(',');

/** A file to import and where it came from (its path inside a dropped or chosen folder). */
export interface PickedFile {
  file: File;
  /** `reports/2024/brief.pdf` for a file found in a folder, else the file's name. */
  path: string;
}

/** Hidden files and folders (`.DS_Store`, `.git/`) are not the analyst's sources: not even skipped. */
export const isHidden = (path: string): boolean =>
  path.split('/').some((part) => part.startsWith('.'));

/**
 * The same sentence the host would give, said before the file is read at all; null when the
 * file may be sent.
 */
export function sizeProblem(file: File): string | null {
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > MAX_IMPORT_BYTES) {
    const mb = Math.round(file.size / 1024 / 1024);
    return `“${file.name}” is larger than 50 MB (it is ${mb} MB), the most Dossier imports from one file.`;
  }
  return null;
}

/**
 * Splits what a folder held into files to import and files skipped for their kind. Files the
 * analyst picked one by one are all sent: the host sniffs content and says why it refuses one.
 */
export function sortFolderFiles(files: readonly PickedFile[]): {
  accepted: PickedFile[];
  skipped: PickedFile[];
} {
  const accepted: PickedFile[] = [];
  const skipped: PickedFile[] = [];
  for (const picked of files) {
    if (isHidden(picked.path)) continue;
    (isSupported(picked.file.name) ? accepted : skipped).push(picked);
  }
  return { accepted, skipped };
}
