// Writing a notebook bundle as a stream: each article's file and original are read, deflated
// (by zlib, off the main thread) and emitted in turn, so memory holds one article at a time;
// the library and the manifest, which list what was saved, come last. An article whose file
// cannot be read is left out and named in the manifest; everything else is saved.
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { SkippedArticle } from '../../../shared/contract';
import { MAX_BUNDLE_ARTICLES, MAX_BUNDLE_BYTES, megabytes } from '../../../shared/limits';
import type { ArticleFile, ArticleSummary } from '../../../shared/model';
import { NotebookError } from '../../../shared/result';
import {
  BUNDLE_ARTICLE_VERSION,
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  jsonBytes,
  sha256Of,
  type BundleLibrary,
  type Manifest,
} from './bundle-format';
import { ahead } from './read-ahead';
import type { ExportSource } from './source';

const deflate = promisify(deflateRaw);

/** The bundle's bytes in order; `skipped` is complete once they are all read. */
export async function* bundleChunks(
  source: ExportSource,
  createdAt: Date,
  skipped: SkippedArticle[],
): AsyncGenerator<Uint8Array> {
  const ids = source.articleIds();
  if (ids.length > MAX_BUNDLE_ARTICLES) {
    throw new NotebookError(
      'INVALID_INPUT',
      `This notebook holds ${ids.length} articles, more than the ${MAX_BUNDLE_ARTICLES} one bundle may hold.`,
    );
  }
  const zip = new ZipStream(createdAt);
  const files: Manifest['files'] = [];
  const add = (entry: Packed) => {
    files.push({ path: entry.path, size: entry.size, sha256: entry.sha256 });
    return zip.add(entry);
  };

  // Article files are small: several are read and packed ahead. Originals may be 50 MB each:
  // only the next one is.
  const read = async (id: string): Promise<ReadArticle> => {
    const summary = source.summary(id);
    if (!summary) return null; // deleted while the bundle was being made
    try {
      const file = await source.readArticleFile(id);
      return { summary, file, packed: await pack(`articles/${id}.json`, jsonBytes(file)) };
    } catch (error) {
      return { summary, reason: reasonOf(error) };
    }
  };
  const originals = new Set<string>();
  const withOriginal = async (article: ReadArticle) => {
    if (!article || !('file' in article)) return { article, original: undefined };
    const { sha256 } = article.file.article;
    if (originals.has(sha256)) return { article, original: undefined };
    originals.add(sha256);
    // The original is provenance, not the article: without it the article is still saved.
    const bytes = await source.readOriginal(sha256).catch(() => undefined);
    return { article, original: bytes && (await pack(`originals/${sha256}`, bytes)) };
  };

  const summaries: ArticleSummary[] = [];
  const highlightArticles: Record<string, string> = {};
  for await (const { article, original } of ahead(ahead(ids, 8, read), 2, withOriginal)) {
    if (!article) continue;
    if (!('file' in article)) {
      skipped.push({
        id: article.summary.id,
        title: article.summary.title,
        reason: article.reason,
      });
      continue;
    }
    yield* add(article.packed);
    summaries.push(article.summary);
    for (const h of article.file.highlights) highlightArticles[h.id] = article.summary.id;
    if (original) yield* add(original);
    if (zip.bytes > MAX_BUNDLE_BYTES) {
      throw new NotebookError(
        'INVALID_INPUT',
        `This notebook is too large for one bundle: it passes the ${megabytes(MAX_BUNDLE_BYTES)} a bundle may be.`,
      );
    }
  }

  const tagMerges = source.tagMerges();
  const library: BundleLibrary = {
    schemaVersion: 1,
    articles: summaries,
    highlightArticles,
    tags: source.tags(),
    ...(Object.keys(tagMerges).length ? { tagMerges } : {}),
    notes: source.notes(),
    settings: source.settings(),
    ...withoutEmpty(source.analysis?.() ?? {}),
  };
  yield* add(await pack('library.json', jsonBytes(library)));
  const manifest: Manifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    schemaVersion: BUNDLE_ARTICLE_VERSION,
    createdAt: createdAt.toISOString(),
    files,
    ...(skipped.length ? { skipped } : {}),
  };
  yield* zip.add(await pack('manifest.json', jsonBytes(manifest)));
  yield* zip.end();
}

/** An article's file packed for the zip, or why it could not be read; null when it went. */
type ReadArticle =
  | { summary: ArticleSummary; file: ArticleFile; packed: Packed }
  | { summary: ArticleSummary; reason: string }
  | null;

/** An entry ready for the zip: deflated by zlib in its thread pool, off the notebook's thread. */
interface Packed {
  path: string;
  size: number;
  crc: number;
  sha256: string;
  deflated: Uint8Array<ArrayBuffer>;
}

async function pack(path: string, data: Uint8Array): Promise<Packed> {
  const deflated = await deflate(data, { level: 6 });
  return {
    path,
    size: data.length,
    crc: crc32(data),
    sha256: sha256Of(data),
    deflated: new Uint8Array(deflated.buffer as ArrayBuffer, deflated.byteOffset, deflated.length),
  };
}

/** fflate writes the zip container around entries that arrive already deflated. */
class ZipStream {
  private readonly zip: Zip;
  private out: Uint8Array[] = [];
  private failed: Error | null = null;
  /** Bytes of zip emitted so far. */
  bytes = 0;

  constructor(private readonly mtime: Date) {
    this.zip = new Zip((error, chunk) => {
      if (error) this.failed = error;
      else {
        this.out.push(chunk);
        this.bytes += chunk.length;
      }
    });
  }

  add({ path, size, crc, deflated }: Packed): Uint8Array[] {
    const entry: ZipInputFile = { filename: path, size, crc, compression: 8, mtime: this.mtime };
    this.zip.add(entry);
    entry.ondata!(null, deflated, true);
    return this.take();
  }

  end(): Uint8Array[] {
    this.zip.end();
    return this.take();
  }

  private take(): Uint8Array[] {
    if (this.failed) throw this.failed;
    const out = this.out;
    this.out = [];
    return out;
  }
}

const reasonOf = (error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  return message.trim() || 'its file could not be read';
};

/** The analysis parts a notebook has: an empty list is left out, as an older bundle has it. */
function withoutEmpty<T extends Record<string, unknown[] | undefined>>(parts: T): Partial<T> {
  return Object.fromEntries(Object.entries(parts).filter(([, v]) => v?.length)) as Partial<T>;
}
