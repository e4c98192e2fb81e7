// How a notebook JSON file is judged before it is trusted: its format version is read first
// (a newer one is refused, an older one migrated), then the content validated. Damage has a
// reason a person can read; a newer file is never called damaged.
import type { z } from 'zod';
import { ARTICLE_SCHEMA_VERSION, ArticleFile, LibraryFile } from '../../../shared/model';
import { NotebookError } from '../../../shared/result';
import { migrateLibrary, versionOf } from './migrations';

export type Decoded<T> =
  | { ok: true; data: T; migratedFrom?: number }
  | { ok: false; reason: string }
  | { ok: 'newer'; version: number };

export interface FileFormat<T> {
  /** The newest version this Dossier reads. */
  readonly version: number;
  decode(json: unknown): Decoded<T>;
}

export { MAX_NOTEBOOK_FILE_BYTES } from '../../../shared/limits';

export const libraryFormat: FileFormat<LibraryFile> = {
  version: LibraryFile.shape.schemaVersion.value,
  decode(json) {
    const migrated = migrateLibrary(json);
    if (migrated.status === 'newer') return { ok: 'newer', version: migrated.version };
    if (migrated.status === 'unknown')
      return { ok: false, reason: 'it has no known format version' };
    const checked = validate(LibraryFile, migrated.json);
    if (checked.ok !== true || migrated.status === 'current') return checked;
    return { ...checked, migratedFrom: migrated.from };
  },
};

export const articleFormat: FileFormat<ArticleFile> = {
  version: ARTICLE_SCHEMA_VERSION,
  decode(json) {
    const version = versionOf(json);
    if (version !== undefined && version > ARTICLE_SCHEMA_VERSION) return { ok: 'newer', version };
    return validate(ArticleFile, json);
  },
};

function validate<T>(schema: z.ZodType<T>, json: unknown): Decoded<T> {
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, data: parsed.data };
  const first = parsed.error.issues[0];
  const where = first?.path.length ? ` at ${first.path.join('.')}` : '';
  return { ok: false, reason: `its content does not match the notebook format${where}` };
}

/** Parses raw file text; the reasons are what the user is told when a file is set aside. */
export function decodeText<T>(raw: string, format: FileFormat<T>): Decoded<T> {
  if (raw.trim() === '' || /^\0+$/.test(raw)) return { ok: false, reason: 'the file is empty' };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'the file is not complete JSON (it may have been cut off)' };
  }
  if (json === null) return { ok: false, reason: 'the file holds no notebook data (null)' };
  return format.decode(json);
}

/** The sentence for a file written by a newer Dossier. */
export function newerFileError(path: string, version: number, readable: number): NotebookError {
  return new NotebookError(
    'CONFLICT',
    `${path} was written by a newer version of Dossier (format ${version}; this version reads ` +
      `format ${readable} and older). Open this notebook with that newer version; nothing was changed.`,
  );
}
