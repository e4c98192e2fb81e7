// The notebook bundle's layout: a zip holding articles/<id>.json, originals/<sha256>,
// library.json (the notebook's index as bundles have always held it) and manifest.json (size
// and sha256 of every other entry, and the articles left out). Its own schema, so the bundle
// format stays put when the notebook's storage changes.
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { z } from 'zod';
import { SkippedArticle } from '../../../shared/contract';
import { MAX_BUNDLE_ARTICLES } from '../../../shared/limits';
import {
  ArticleFile,
  ArticleSummary,
  Id,
  IsoDateTime,
  LibraryDoc,
  Note,
  SomeColorMeanings,
  Tag,
} from '../../../shared/model';

export const BUNDLE_FORMAT = 'dossier-bundle';
export const BUNDLE_VERSION = 1;
export const BUNDLE_MIME = 'application/zip';
/** The article file format the bundle's articles/<id>.json are in. */
export const BUNDLE_ARTICLE_VERSION = ArticleFile.shape.schemaVersion.value;
/** Every article and its original, the library and the manifest. */
export const MAX_BUNDLE_ENTRIES = 2 * MAX_BUNDLE_ARTICLES + 2;

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
export const Manifest = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  schemaVersion: z.literal(BUNDLE_ARTICLE_VERSION),
  createdAt: IsoDateTime,
  files: z
    .array(z.object({ path: z.string().min(1), size: z.int().nonnegative(), sha256: Sha256 }))
    .max(MAX_BUNDLE_ENTRIES),
  /** Articles whose files could not be read when the bundle was made: not in it. */
  skipped: z.array(SkippedArticle).optional(),
});
export type Manifest = z.infer<typeof Manifest>;

/** library.json in a bundle. */
export const BundleLibrary = z.object({
  schemaVersion: z.literal(1),
  articles: z.array(ArticleSummary),
  /** Which article holds each highlight. */
  highlightArticles: z.record(Id, Id),
  tags: z.array(Tag),
  tagMerges: z.record(Id, Id).optional(),
  notes: z.array(Note),
  settings: z.object({ seeded: z.boolean(), colorMeanings: SomeColorMeanings.optional() }),
  corroborations: LibraryDoc.shape.corroborations,
  achMatrices: LibraryDoc.shape.achMatrices,
  entityAliases: LibraryDoc.shape.entityAliases,
});
export type BundleLibrary = z.infer<typeof BundleLibrary>;

/** What a bundle holds, checked and parsed. */
export interface BundleContent {
  manifest: Manifest;
  library: BundleLibrary;
  /** By article id, every article the library lists. */
  articles: Map<string, ArticleFile>;
  /** By sha256. */
  originals: Map<string, Uint8Array>;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export const ARTICLE_PATH = /^articles\/([A-Za-z0-9_-]{1,64})\.json$/;
export const ORIGINAL_PATH = /^originals\/([0-9a-f]{64})$/;

/** A bundle entry's bytes: pretty JSON with a final newline, as every bundle has held it. */
export const jsonBytes = (value: unknown) =>
  new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);

/** Whether bytes are a zip holding a manifest.json: what tells a bundle from another zip. */
export function looksLikeBundle(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  let found = false;
  try {
    // Only the zip's directory is read: the filter inflates nothing.
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

export const isZip = (b: Uint8Array) =>
  b.length >= 4 &&
  b[0] === 0x50 &&
  b[1] === 0x4b &&
  (b[2] === 3 || b[2] === 5) &&
  b[3] === b[2] + 1;

/** `..`, absolute paths, drive letters, backslashes, empty parts: anything that could escape. */
export function unsafePath(name: string): boolean {
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
