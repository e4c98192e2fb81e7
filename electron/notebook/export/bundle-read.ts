// Reading a notebook bundle, checking everything before any of it is used: its size, the zip
// directory (entry names, counts, sizes and ratios) before anything is inflated, then each
// entry inflated off the main thread (zlib's thread pool) with its size held to what it
// declared, then checksums and schemas. A bad bundle is refused whole, naming the file.
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { z } from 'zod';
import {
  MAX_BUNDLE_ARTICLES,
  MAX_BUNDLE_BYTES,
  MAX_BUNDLE_MANIFEST_BYTES,
  MAX_BUNDLE_UNPACKED_BYTES,
  MAX_ZIP_RATIO,
  megabytes,
} from '../../../shared/limits';
import { ArticleFile } from '../../../shared/model';
import { NotebookError } from '../../../shared/result';
import {
  ARTICLE_PATH,
  BundleLibrary,
  isZip,
  Manifest,
  MAX_BUNDLE_ENTRIES,
  ORIGINAL_PATH,
  sha256Of,
  unsafePath,
  type BundleContent,
} from './bundle-format';

type Refuse = (reason: string) => never;

/** Reads and checks a bundle; any fault is an INVALID_INPUT naming the file and the reason. */
export async function readBundle(bytes: Uint8Array, fileName: string): Promise<BundleContent> {
  const refuse: Refuse = (reason) => {
    throw new NotebookError(
      'INVALID_INPUT',
      `“${fileName}” is not a Dossier notebook bundle that can be imported: ${reason}.`,
    );
  };
  if (bytes.length > MAX_BUNDLE_BYTES) {
    refuse(
      `it is ${megabytes(bytes.length)}, more than the ${megabytes(MAX_BUNDLE_BYTES)} a notebook bundle may be`,
    );
  }
  if (!isZip(bytes)) refuse('it is not a zip file');

  let zip: ZipFile;
  try {
    // Names stay bytes: they are checked here, with reasons a person can read.
    zip = await yauzl.fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), {
      lazyEntries: true,
      validateEntrySizes: true,
      decodeStrings: false,
    });
  } catch (error) {
    return refuse(`the zip cannot be read (${reasonOf(error)})`);
  }
  try {
    const entries = await listEntries(zip, refuse);
    return await readEntries(zip, entries, refuse);
  } finally {
    zip.close();
  }
}

/** The zip's directory, checked: nothing is inflated yet. */
async function listEntries(zip: ZipFile, refuse: Refuse): Promise<Map<string, Entry>> {
  if (zip.entryCount > MAX_BUNDLE_ENTRIES) {
    refuse(
      `it holds ${zip.entryCount} entries, more than the ${MAX_BUNDLE_ENTRIES} a bundle may hold`,
    );
  }
  const entries = new Map<string, Entry>();
  let total = 0;
  let articles = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = entryName(entry, refuse);
      if (unsafePath(name))
        refuse(`it holds an entry with an unsafe path (${JSON.stringify(name)})`);
      if (entries.has(name)) refuse(`it holds the entry ${name} twice`);
      if (entry.isEncrypted()) refuse(`its entry ${name} is encrypted`);
      entries.set(name, entry);
      if (name === 'manifest.json' || name === 'library.json') continue;
      if (ARTICLE_PATH.test(name)) articles++;
      else if (!ORIGINAL_PATH.test(name)) {
        refuse(`it holds an entry a bundle does not have (${JSON.stringify(name)})`);
      }
      const size = entry.uncompressedSize;
      total += size;
      if (size > 1024 * 1024 && size > Math.max(1, entry.compressedSize) * MAX_ZIP_RATIO) {
        refuse(
          `its entry ${name} is compressed ${Math.round(size / Math.max(1, entry.compressedSize))} to 1, which only a zip bomb is`,
        );
      }
    }
  } catch (error) {
    if (error instanceof NotebookError) throw error;
    refuse(`the zip cannot be read (${reasonOf(error)})`);
  }
  if (total > MAX_BUNDLE_UNPACKED_BYTES) {
    refuse(
      `its content would take ${total} bytes uncompressed, more than the ${megabytes(MAX_BUNDLE_UNPACKED_BYTES)} limit`,
    );
  }
  if (!entries.has('manifest.json')) refuse('it has no manifest.json');
  if (!entries.has('library.json')) refuse('it has no library.json');
  if (articles > MAX_BUNDLE_ARTICLES) {
    refuse(`it holds ${articles} articles, more than the ${MAX_BUNDLE_ARTICLES} a bundle may hold`);
  }
  return entries;
}

async function readEntries(
  zip: ZipFile,
  entries: Map<string, Entry>,
  refuse: Refuse,
): Promise<BundleContent> {
  // The manifest first, small, before the rest is inflated.
  const manifestEntry = entries.get('manifest.json')!;
  if (manifestEntry.uncompressedSize > MAX_BUNDLE_MANIFEST_BYTES) {
    refuse('its manifest.json is too large');
  }
  const manifestBytes = await inflate(zip, 'manifest.json', manifestEntry, refuse);
  const manifest = parseJson(manifestBytes, 'manifest.json', Manifest, refuse);
  const declared = new Map(manifest.files.map((f) => [f.path, f]));
  if (declared.size !== manifest.files.length) refuse('its manifest lists an entry twice');
  for (const path of declared.keys()) {
    if (!entries.has(path)) refuse(`its manifest lists ${path}, which the zip does not hold`);
  }
  for (const [name, entry] of entries) {
    if (name === 'manifest.json') continue;
    const listed = declared.get(name);
    if (!listed) refuse(`it holds ${name}, which its manifest does not list`);
    else if (listed.size !== entry.uncompressedSize) {
      refuse(
        `${name} is ${entry.uncompressedSize} bytes, but the manifest says ${listed.size} (size mismatch)`,
      );
    }
  }

  let library: BundleLibrary | undefined;
  const articles = new Map<string, ArticleFile>();
  const originals = new Map<string, Uint8Array>();
  const seen = new Set<string>();
  for (const [path, listed] of declared) {
    const content = await inflate(zip, path, entries.get(path)!, refuse);
    if (content.length !== listed.size) {
      refuse(
        `${path} is ${content.length} bytes, but the manifest says ${listed.size} (size mismatch)`,
      );
    }
    if (sha256Of(content) !== listed.sha256) {
      refuse(`${path} does not match its checksum in the manifest (it was changed or damaged)`);
    }
    if (path === 'library.json') {
      library = parseJson(content, path, BundleLibrary, refuse);
      continue;
    }
    const article = ARTICLE_PATH.exec(path);
    if (article) {
      const file = parseJson(content, path, ArticleFile, refuse);
      if (file.article.id !== article[1]) {
        refuse(`${path} holds the article ${file.article.id}, not ${article[1]}`);
      }
      for (const h of file.highlights) {
        if (h.articleId !== file.article.id) refuse(`${path} holds a highlight of another article`);
        if (seen.has(h.id)) refuse(`the highlight ${h.id} appears twice`);
        seen.add(h.id);
      }
      articles.set(file.article.id, file);
      continue;
    }
    const original = ORIGINAL_PATH.exec(path)!;
    originals.set(original[1]!, content);
  }
  if (!library) return refuse('it has no library.json');
  const listedIds = new Set(library.articles.map((a) => a.id));
  for (const summary of library.articles) {
    if (!articles.has(summary.id)) {
      refuse(`its library lists the article ${summary.id} but holds no file for it`);
    }
  }
  for (const id of articles.keys()) {
    if (!listedIds.has(id)) refuse(`articles/${id}.json is not in its library`);
  }
  return { manifest, library, articles, originals };
}

/** One entry's bytes, inflated by zlib off the main thread, never past the size it declared. */
async function inflate(zip: ZipFile, name: string, entry: Entry, refuse: Refuse): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    const stream = await zip.openReadStreamPromise(entry);
    // yauzl stops a stream that outgrows its declared size; this bound holds even if it did not.
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > entry.uncompressedSize) {
        stream.destroy();
        refuse(`${name} unpacks to more than it declares`);
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof NotebookError) throw error;
    refuse(`the zip is damaged (${name}: ${reasonOf(error)})`);
  }
  return Buffer.concat(chunks, size);
}

/** An entry's name: UTF-8, as Dossier writes them (anything else is not one of its entries). */
function entryName(entry: Entry, refuse: Refuse): string {
  const raw = entry.fileName as unknown as Uint8Array;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return refuse('it holds an entry whose name is not UTF-8');
  }
}

function parseJson<T>(bytes: Uint8Array, path: string, schema: z.ZodType<T>, refuse: Refuse): T {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return refuse(`${path} is not valid UTF-8 JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return refuse(`${path} does not hold what it should (${issue?.message ?? 'invalid'}${where})`);
  }
  return parsed.data;
}

const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
