// Where an export's chunks go: collected into one result for the hosts, or streamed to a file
// (temporary name, fsync, rename, fsync of the folder) so memory stays bounded at any size.
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ExportResult } from '../../../shared/contract';
import { NotebookError } from '../../../shared/result';
import type { ExportFile } from './model';

/**
 * Room kept in a text export for a value known only once every article is read (a count in
 * the header). Collected, it becomes the value; in a file it is padded with spaces to `width`.
 */
export interface Later {
  width: number;
  fill: () => string;
}

export type ExportChunk = string | Later;

/** A count printed before the articles are read: room for the most it can be. */
export const later = (atMost: string, fill: () => string): Later => ({
  width: Buffer.byteLength(atMost),
  fill,
});

/** The whole file in memory, as the contract hands it to hosts. */
export async function collect(file: ExportFile): Promise<ExportResult> {
  const { fileName, mimeType } = file;
  if (file.encoding === 'utf8') {
    const parts: ExportChunk[] = [];
    for await (const chunk of file.chunks) parts.push(chunk);
    const data = parts.map((p) => (typeof p === 'string' ? p : p.fill())).join('');
    return { fileName, mimeType, encoding: 'utf8', data };
  }
  const parts: Uint8Array[] = [];
  for await (const chunk of file.chunks) parts.push(chunk);
  const bytes = Buffer.concat(parts);
  try {
    return { fileName, mimeType, encoding: 'base64', data: bytes.toString('base64') };
  } catch (error) {
    // A string cannot be that long: only a file can take it.
    throw new NotebookError(
      'INVALID_INPUT',
      `The export ${fileName} is ${Math.round(bytes.length / 1024 / 1024)} MB, too large to hand ` +
        `back in one piece; save it to a file instead (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
}

/** Writes are gathered to this size, so a file of small chunks is not a write per chunk. */
const WRITE_BATCH = 1024 * 1024;

/** Streams the file to `path`, replacing it only once it is complete and on disk. */
export async function writeExport(file: ExportFile, path: string): Promise<number> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  const handle = await open(temp, 'wx');
  let closed = false;
  try {
    const pending: Buffer[] = [];
    let pendingBytes = 0;
    let written = 0;
    const laters: { at: number; slot: Later }[] = [];
    const flush = async () => {
      if (!pendingBytes) return;
      const batch = Buffer.concat(pending, pendingBytes);
      pending.length = 0;
      pendingBytes = 0;
      await writeAll(handle, batch, written);
      written += batch.length;
    };
    for await (const chunk of file.chunks as AsyncIterable<ExportChunk | Uint8Array>) {
      let bytes: Buffer;
      if (typeof chunk === 'string') bytes = Buffer.from(chunk, 'utf8');
      else if (chunk instanceof Uint8Array)
        bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      else {
        laters.push({ at: written + pendingBytes, slot: chunk });
        bytes = Buffer.alloc(chunk.width, ' ');
      }
      pending.push(bytes);
      pendingBytes += bytes.length;
      if (pendingBytes >= WRITE_BATCH) await flush();
    }
    await flush();
    const fills = laters.map(({ at, slot }) => ({ at, width: slot.width, value: slot.fill() }));
    const overflows = fills.some((f) => Buffer.byteLength(f.value) > f.width);
    for (const f of overflows ? [] : fills) {
      await writeAll(handle, Buffer.from(f.value.padEnd(f.width, ' ')), f.at);
    }
    await handle.sync();
    await handle.close();
    closed = true;
    if (overflows) {
      // A value outgrew its room (the notebook's counts were wrong): copy the file with it in.
      written = await rewriteWith(temp, fills);
    }
    await rename(temp, path);
    await syncFolder(dirname(path));
    return written;
  } catch (error) {
    if (!closed) await handle.close().catch(() => undefined);
    await rm(temp, { force: true });
    throw error;
  }
}

async function writeAll(handle: FileHandle, bytes: Buffer, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
    done += bytesWritten;
  }
}

/** Copies `path` onto itself with each slot holding its value; returns the new size. */
async function rewriteWith(
  path: string,
  fills: { at: number; width: number; value: string }[],
): Promise<number> {
  const copy = `${path}.fill`;
  const out = await open(copy, 'wx');
  let position = 0;
  const append = async (bytes: Buffer) => {
    await writeAll(out, bytes, position);
    position += bytes.length;
  };
  const copyRange = async (start: number, end?: number) => {
    if (end !== undefined && end <= start) return;
    const range = end === undefined ? { start } : { start, end: end - 1 };
    for await (const chunk of createReadStream(path, range)) await append(chunk as Buffer);
  };
  try {
    let read = 0;
    for (const f of fills) {
      await copyRange(read, f.at);
      await append(Buffer.from(f.value));
      read = f.at + f.width;
    }
    await copyRange(read);
    await out.sync();
    await out.close();
    await rename(copy, path);
    return position;
  } catch (error) {
    await out.close().catch(() => undefined);
    await rm(copy, { force: true });
    throw error;
  }
}

/** A rename is durable once its folder is synced; some systems cannot sync a folder. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error;
  } finally {
    await handle?.close();
  }
}
