// Brings a library.json of an older format up to the current one, step by step, before it is
// validated. A file from a newer Dossier is refused, never repaired or moved aside.
import { LIBRARY_SCHEMA_VERSION } from '../../../../shared/model';
import { journalMigration } from './0001-journal';
import type { Migration } from './migration';

/** In order; each takes the format the previous one produced. */
export const migrations: readonly Migration[] = [journalMigration];

export type Migrated =
  | { status: 'current' | 'migrated'; json: unknown; from: number }
  | { status: 'newer'; version: number }
  | { status: 'unknown' };

/** The file's `schemaVersion`, read before anything else is trusted. */
export function versionOf(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const version = (json as { schemaVersion?: unknown }).schemaVersion;
  return Number.isInteger(version) ? (version as number) : undefined;
}

export function migrateLibrary(json: unknown): Migrated {
  const from = versionOf(json);
  if (from === undefined) return { status: 'unknown' };
  if (from > LIBRARY_SCHEMA_VERSION) return { status: 'newer', version: from };
  let version = from;
  let current = json as Record<string, unknown>;
  for (const step of migrations) {
    if (step.from !== version) continue;
    current = step.migrate(current);
    version = step.to;
  }
  if (version !== LIBRARY_SCHEMA_VERSION) return { status: 'unknown' };
  return { status: from === version ? 'current' : 'migrated', json: current, from };
}
