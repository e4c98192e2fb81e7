// What the `dossier` command reads from its arguments: a web address, or a file's bytes checked
// against the size caps and named in every refusal.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_BUNDLE_BYTES, MAX_IMPORT_BYTES, megabytes } from '../../shared/limits';
import { fail, ok, type Result } from '../../shared/result';
import type { SourceInput } from '../notebook/import/extract';
import { fetchSource } from '../notebook/import/fetch-url';

export const isAddress = (target: string) => /^https?:\/\//i.test(target);

/** What `extract` reads: a fetched page, or a file's bytes. */
export async function readSource(target: string): Promise<SourceInput> {
  if (isAddress(target)) return fetchSource(target);
  const read = await readFileTarget(target);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/**
 * A file's bytes, or why they cannot be imported, said with its name. The size is checked before
 * reading: a source against the import cap, a `.dossier` bundle (whole originals) against its own.
 */
export async function readFileTarget(
  target: string,
): Promise<Result<{ fileName: string; bytes: Uint8Array }>> {
  const fileName = basename(target);
  const refuse = (why: string) => fail('INVALID_INPUT', `“${target}” cannot be read: ${why}.`);
  const limit = fileName.toLowerCase().endsWith('.dossier') ? MAX_BUNDLE_BYTES : MAX_IMPORT_BYTES;
  let bytes: Buffer;
  try {
    const info = await stat(target);
    if (info.isDirectory()) return refuse('it is a folder');
    if (info.size > limit) {
      return refuse(`it is larger than ${megabytes(limit)}, the most Dossier imports of it`);
    }
    bytes = await readFile(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return refuse(code === 'ENOENT' ? 'there is no such file' : messageOf(error));
  }
  // Said here, by name: the contract would refuse empty data without naming the file.
  if (bytes.length === 0) return fail('INVALID_INPUT', `“${fileName}” is empty.`);
  return ok({ fileName, bytes });
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
