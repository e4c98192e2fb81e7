// Opens a DOCX package defensively: the zip directory is checked for bombs (entry count,
// sizes, compression ratio) before anything is inflated, and every read is bounded as it inflates.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import {
  MAX_DOCX_PARTS as MAX_ENTRIES,
  MAX_DOCX_PART_BYTES as MAX_ENTRY_BYTES,
  MAX_DOCX_UNPACKED_BYTES as MAX_TOTAL_BYTES,
  MAX_ZIP_RATIO as MAX_RATIO,
} from '../../../shared/limits';
import { ImportError, quoted } from './import-error';

export { MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_TOTAL_BYTES, MAX_RATIO };

/** The package as mammoth reads it (the shape of its own JSZip wrapper). */
export interface DocxPackage {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
  /** Mammoth writes only when embedding a style map, which Dossier never does. */
  write(name: string, contents: unknown): void;
  /** The text of a part, or null when the package has none. */
  readText(name: string): Promise<string | null>;
}

export async function openDocx(bytes: Uint8Array, fileName: string): Promise<DocxPackage> {
  const refuse = (reason: string, cause?: unknown) =>
    new ImportError(
      fileName,
      `${quoted(fileName)} could not be read as a Word document: ${reason}.`,
      { cause },
    );
  let zip: ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes), {
      lazyEntries: true,
      validateEntrySizes: true,
      decodeStrings: true,
      strictFileNames: false,
    });
  } catch (error) {
    throw refuse(`it is not a valid zip package (${reason(error)})`, error);
  }
  if (zip.entryCount > MAX_ENTRIES) {
    throw refuse(`it has ${zip.entryCount} parts, more than the ${MAX_ENTRIES} a document needs`);
  }

  const entries = new Map<string, Entry>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entry.fileName;
      if (entries.has(name)) throw refuse(`it holds two parts named “${name}”`);
      if (entry.isEncrypted()) throw refuse('its parts are encrypted');
      const size = entry.uncompressedSize;
      if (size > MAX_ENTRY_BYTES) {
        throw refuse(
          `its part “${name}” would unpack to ${mb(size)}, more than ${mb(MAX_ENTRY_BYTES)}`,
        );
      }
      total += size;
      if (total > MAX_TOTAL_BYTES) {
        throw refuse(`it would unpack to more than ${mb(MAX_TOTAL_BYTES)}`);
      }
      if (size > 1024 * 1024 && size > Math.max(1, entry.compressedSize) * MAX_RATIO) {
        throw refuse(
          `its part “${name}” is compressed ${Math.round(size / Math.max(1, entry.compressedSize))} to 1, which only a zip bomb is`,
        );
      }
      entries.set(name, entry);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw refuse(`its zip directory is damaged (${reason(error)})`, error);
  }
  if (!entries.has('word/document.xml'))
    throw refuse('it has no main document (word/document.xml)');

  let inflated = 0;
  const inflate = async (name: string): Promise<Buffer> => {
    const entry = entries.get(name);
    if (!entry) throw new Error(`The package has no part named ${name}.`);
    const chunks: Buffer[] = [];
    let size = 0;
    try {
      const stream = await zip.openReadStreamPromise(entry);
      // yauzl stops a stream that outgrows its declared size; this bound holds even if it did not.
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length;
        inflated += chunk.length;
        if (size > entry.uncompressedSize || size > MAX_ENTRY_BYTES || inflated > MAX_TOTAL_BYTES) {
          stream.destroy();
          throw refuse(`its part “${name}” unpacks to more than it declares`);
        }
        chunks.push(chunk);
      }
    } catch (error) {
      if (error instanceof ImportError) throw error;
      throw refuse(`its part “${name}” is damaged (${reason(error)})`, error);
    }
    return Buffer.concat(chunks);
  };

  return {
    exists: (name) => entries.has(name),
    async read(name, encoding) {
      const data = await inflate(name);
      if (encoding === 'base64') return data.toString('base64');
      if (encoding) return new TextDecoder(encoding).decode(data);
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    },
    write() {
      throw new Error('Dossier does not modify imported documents.');
    },
    async readText(name) {
      return entries.has(name) ? new TextDecoder('utf-8').decode(await inflate(name)) : null;
    },
  };
}

const mb = (bytes: number) => `${Math.round(bytes / (1024 * 1024))} MB`;

const reason = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
