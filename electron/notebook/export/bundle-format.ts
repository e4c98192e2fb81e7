// The notebook bundle's layout and its checks: a zip holding manifest.json (sizes and sha256
// of every other entry), library.json, articles/<id>.json and originals/<sha256>. Reading one
// checks everything (entry names, counts, sizes before inflating, checksums, schemas) before
// any of it is used, so a bad bundle is refused whole.
import { createHash } from 'node:crypto';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { ArticleFile, IsoDateTime, LibraryFile, SCHEMA_VERSION } from '../../../shared/model';
import { NotebookError } from '../../../shared/result';

export const BUNDLE_FORMAT = 'dossier-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_MIME = 'application/zip';
/** Caps on what a bundle may hold, checked before anything is inflated. */
export const MAX_ARTICLES = 5_000;
export const MAX_TOTAL_BYTES = 2 * 1024 ** 3;
const MAX_ENTRIES = 2 * MAX_ARTICLES + 2;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
export const Manifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  schemaVersion: z.literal(SCHEMA_VERSION),
  createdAt: IsoDateTime,
  files: z
    .array(z.object({ path: z.string().min(1), size: z.int().nonnegative(), sha256: Sha256 }))
    .max(MAX_ENTRIES),
});
export type Manifest = z.infer<typeof Manifest>;

/** What a bundle holds, checked and parsed. */
export interface BundleContent {
  manifest: Manifest;
  library: LibraryFile;
  /** By article id, every article the library lists. */
  articles: Map<string, ArticleFile>;
  /** By sha256. */
  originals: Map<string, Uint8Array>;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

const ARTICLE_PATH = /^articles\/([A-Za-z0-9_-]{1,64})\.json$/;
const ORIGINAL_PATH = /^originals\/([0-9a-f]{64})$/;

/** Zips the notebook's content with its manifest. */
export function writeBundle(
  library: LibraryFile,
  articles: readonly ArticleFile[],
  originals: ReadonlyMap<string, Uint8Array>,
  createdAt: Date,
): Uint8Array {
  const files = new Map<string, Uint8Array>();
  const json = (value: unknown) => new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
  files.set('library.json', json(library));
  for (const file of articles) files.set(`articles/${file.article.id}.json`, json(file));
  for (const [sha256, bytes] of originals) files.set(`originals/${sha256}`, bytes);
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    createdAt: createdAt.toISOString(),
    files: [...files].map(([path, bytes]) => ({
      path,
      size: bytes.length,
      sha256: sha256Of(bytes),
    })),
  };
  const zippable: Zippable = { 'manifest.json': json(manifest) };
  for (const [path, bytes] of files) zippable[path] = bytes;
  return zipSync(zippable, { level: 6, mtime: createdAt });
}

/** Whether bytes are a zip holding a manifest.json: what tells a bundle from another zip. */
export function looksLikeBundle(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (info) => {
        if (info.name === 'manifest.json') found = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}

const isZip = (b: Uint8Array) =>
  b.length >= 4 &&
  b[0] === 0x50 &&
  b[1] === 0x4b &&
  (b[2] === 3 || b[2] === 5) &&
  b[3] === b[2] + 1;

/** Reads and checks a bundle; any fault is an INVALID_INPUT naming the file and the reason. */
export function readBundle(bytes: Uint8Array, fileName: string): BundleContent {
  const refuse = (reason: string): never => {
    throw new NotebookError(
      'INVALID_INPUT',
      `“${fileName}” is not a Dossier notebook bundle that can be imported: ${reason}.`,
    );
  };
  if (!isZip(bytes)) refuse('it is not a zip file');

  // First pass: the entry list only, nothing inflated.
  const listed: { name: string; size: number }[] = [];
  try {
    unzipSync(bytes, {
      filter: (info) => {
        listed.push({ name: info.name, size: info.originalSize });
        return false;
      },
    });
  } catch (error) {
    refuse(`the zip cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  if (listed.length > MAX_ENTRIES + 1) {
    refuse(`it holds ${listed.length} entries, more than the ${MAX_ENTRIES + 1} a bundle may hold`);
  }
  const names = new Set<string>();
  let total = 0;
  for (const { name, size } of listed) {
    if (unsafePath(name)) refuse(`it holds an entry with an unsafe path (${JSON.stringify(name)})`);
    if (names.has(name)) refuse(`it holds the entry ${name} twice`);
    names.add(name);
    if (name === 'manifest.json' || name === 'library.json') continue;
    if (!ARTICLE_PATH.test(name) && !ORIGINAL_PATH.test(name)) {
      refuse(`it holds an entry a bundle does not have (${JSON.stringify(name)})`);
    }
    total += size;
  }
  if (total > MAX_TOTAL_BYTES) {
    refuse(`its content would take ${total} bytes uncompressed, more than the 2 GB limit`);
  }
  if (!names.has('manifest.json')) refuse('it has no manifest.json');
  if (!names.has('library.json')) refuse('it has no library.json');
  const articleCount = [...names].filter((n) => ARTICLE_PATH.test(n)).length;
  if (articleCount > MAX_ARTICLES) {
    refuse(`it holds ${articleCount} articles, more than the ${MAX_ARTICLES} a bundle may hold`);
  }

  // The manifest first, small, before the rest is inflated.
  const manifestSize = listed.find((e) => e.name === 'manifest.json')!.size;
  if (manifestSize > 16 * 1024 ** 2) refuse('its manifest.json is too large');
  const manifestBytes = inflate(bytes, (n) => n === 'manifest.json', refuse)['manifest.json'];
  const manifest = parseJson(manifestBytes, 'manifest.json', Manifest, refuse);
  const declared = new Map(manifest.files.map((f) => [f.path, f]));
  if (declared.size !== manifest.files.length) refuse('its manifest lists an entry twice');
  for (const path of declared.keys()) {
    if (!names.has(path)) refuse(`its manifest lists ${path}, which the zip does not hold`);
  }
  for (const name of names) {
    if (name !== 'manifest.json' && !declared.has(name)) {
      refuse(`it holds ${name}, which its manifest does not list`);
    }
  }
  for (const { name, size } of listed) {
    const entry = declared.get(name);
    if (entry && entry.size !== size) {
      refuse(`${name} is ${size} bytes, but the manifest says ${entry.size} (size mismatch)`);
    }
  }

  const files = inflate(bytes, (n) => n !== 'manifest.json', refuse);
  for (const [path, entry] of declared) {
    const content = files[path];
    if (!content) return refuse(`${path} cannot be read`);
    if (content.length !== entry.size) {
      refuse(
        `${path} is ${content.length} bytes, but the manifest says ${entry.size} (size mismatch)`,
      );
    }
    if (sha256Of(content) !== entry.sha256) {
      refuse(`${path} does not match its checksum in the manifest (it was changed or damaged)`);
    }
  }

  const library = parseJson(files['library.json']!, 'library.json', LibraryFile, refuse);
  const articles = new Map<string, ArticleFile>();
  const originals = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    const article = ARTICLE_PATH.exec(path);
    if (article) {
      const file = parseJson(content, path, ArticleFile, refuse);
      if (file.article.id !== article[1]) {
        refuse(`${path} holds the article ${file.article.id}, not ${article[1]}`);
      }
      if (file.highlights.some((h) => h.articleId !== file.article.id)) {
        refuse(`${path} holds a highlight of another article`);
      }
      articles.set(file.article.id, file);
    }
    const original = ORIGINAL_PATH.exec(path);
    if (original) {
      if (sha256Of(content) !== original[1])
        refuse(`${path} does not hold the bytes it is named by`);
      originals.set(original[1]!, content);
    }
  }
  for (const summary of library.articles) {
    if (!articles.has(summary.id))
      refuse(`its library lists the article ${summary.id} but holds no file for it`);
  }
  for (const id of articles.keys()) {
    if (!library.articles.some((a) => a.id === id))
      refuse(`articles/${id}.json is not in its library`);
  }
  const seen = new Set<string>();
  for (const file of articles.values()) {
    for (const h of file.highlights) {
      if (seen.has(h.id)) refuse(`the highlight ${h.id} appears twice`);
      seen.add(h.id);
    }
  }
  return { manifest, library, articles, originals };
}

/** `..`, absolute paths, drive letters, backslashes, empty parts: anything that could escape. */
function unsafePath(name: string): boolean {
  return (
    name.length === 0 ||
    name.length > 200 ||
    name.startsWith('/') ||
    name.includes('\\') ||
    name.includes('\0') ||
    /^[A-Za-z]:/.test(name) ||
    name.split('/').some((part) => part === '..' || part === '.' || part === '')
  );
}

function inflate(
  bytes: Uint8Array,
  keep: (name: string) => boolean,
  refuse: (reason: string) => never,
): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (info) => keep(info.name) });
  } catch (error) {
    return refuse(`the zip is damaged (${error instanceof Error ? error.message : String(error)})`);
  }
}

function parseJson<T>(
  bytes: Uint8Array | undefined,
  path: string,
  schema: z.ZodType<T>,
  refuse: (reason: string) => never,
): T {
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
