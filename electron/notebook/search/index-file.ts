// The index on disk, beside the data and derived from it: `search/manifest.json` names the
// generation of its two files (the postings as binary arrays, the entries as JSON) and the
// library snapshot it matches. Without a manifest that matches, the index is built again from
// the article files; it is never the only copy of anything.
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../store/durable-file';
import type { Entry } from './entries';
import { PostingIndex, type SavedPostings } from './postings';
import { SearchIndex } from './search-index';

/** Raised whenever what is written, or how words are cut and folded, changes. */
export const INDEX_FORMAT = 7;

export interface Stamp {
  /** library.json.sha256 when the index was saved (the journal was empty then). */
  snapshot: string;
}

interface Manifest {
  format: number;
  generation: string;
  stamp: Stamp;
}

/** What the entries file holds besides the entries: the postings' shape, to read the binary. */
interface EntriesFile {
  terms: string[];
  lengths: { live: number; offsets: number; docs: number };
  entries: Array<[string, number, Omit<Entry, 'pairs'> & { pairs: string }]>;
}

export class IndexFile {
  readonly dir: string;
  private readonly manifest: string;

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'search');
    this.manifest = join(this.dir, 'manifest.json');
  }

  /** The saved index if it matches `stamp`, else null (missing, stale, damaged: all rebuilt). */
  async load(stamp: Stamp): Promise<SearchIndex | null> {
    try {
      const manifest = JSON.parse(await readFile(this.manifest, 'utf8')) as Manifest;
      if (manifest.format !== INDEX_FORMAT || manifest.stamp.snapshot !== stamp.snapshot) {
        return null;
      }
      const [binary, json] = await Promise.all([
        readFile(this.path('postings', manifest.generation, 'bin')),
        readFile(this.path('entries', manifest.generation, 'json'), 'utf8'),
      ]);
      const saved = JSON.parse(json) as EntriesFile;
      const { live, offsets, docs } = saved.lengths;
      // Aligned copies: the file's buffer may start anywhere in Node's pool.
      const bytes = new Uint8Array(binary);
      const ints = (from: number, count: number) =>
        new Int32Array(bytes.slice(from, from + count * 4).buffer);
      const postings = PostingIndex.fromBinary({
        terms: saved.terms,
        live: bytes.slice(0, live),
        offsets: ints(pad(live), offsets),
        docs: ints(pad(live) + offsets * 4, docs),
        weights: new Float32Array(
          bytes.slice(pad(live) + (offsets + docs) * 4, pad(live) + (offsets + 2 * docs) * 4)
            .buffer,
        ),
      });
      const index = new SearchIndex(postings);
      for (const [key, n, stored] of saved.entries) {
        index.restore(key, n, {
          ...stored,
          pairs: new Uint8Array(Buffer.from(stored.pairs, 'base64')),
        } as Entry);
      }
      if (postings.documentCount !== saved.entries.length) return null;
      return index;
    } catch {
      return null;
    }
  }

  /** Writes a new generation, then the manifest naming it, then drops older generations. */
  async save(index: SearchIndex, stamp: Stamp): Promise<void> {
    const generation = randomUUID();
    await mkdir(this.dir, { recursive: true });
    const saved: SavedPostings = index.postings.toBinary();
    const head = pad(saved.live.length);
    const binary = new Uint8Array(head + (saved.offsets.length + 2 * saved.docs.length) * 4);
    binary.set(saved.live, 0);
    binary.set(new Uint8Array(saved.offsets.buffer), head);
    binary.set(new Uint8Array(saved.docs.buffer), head + saved.offsets.length * 4);
    binary.set(
      new Uint8Array(saved.weights.buffer),
      head + (saved.offsets.length + saved.docs.length) * 4,
    );
    await writeFileDurably(this.path('postings', generation, 'bin'), binary);
    const entries: EntriesFile['entries'] = [];
    for (const [key, n, entry] of index.all()) {
      entries.push([key, n, { ...entry, pairs: Buffer.from(entry.pairs).toString('base64') }]);
    }
    const file: EntriesFile = {
      terms: saved.terms,
      lengths: { live: saved.live.length, offsets: saved.offsets.length, docs: saved.docs.length },
      entries,
    };
    await writeFileDurably(this.path('entries', generation, 'json'), JSON.stringify(file));
    const manifest: Manifest = { format: INDEX_FORMAT, generation, stamp };
    await writeFileDurably(this.manifest, JSON.stringify(manifest));
    await this.dropAllBut(generation);
  }

  /** From the first change on, the saved index no longer matches the data. */
  async invalidate(): Promise<void> {
    await rm(this.manifest, { force: true });
  }

  async bytes(): Promise<number | null> {
    try {
      const manifest = JSON.parse(await readFile(this.manifest, 'utf8')) as Manifest;
      const sizes = await Promise.all([
        stat(this.path('postings', manifest.generation, 'bin')),
        stat(this.path('entries', manifest.generation, 'json')),
      ]);
      return sizes.reduce((sum, s) => sum + s.size, 0);
    } catch {
      return null;
    }
  }

  private path(part: string, generation: string, ext: string): string {
    return join(this.dir, `${part}-${generation}.${ext}`);
  }

  private async dropAllBut(generation: string): Promise<void> {
    for (const name of await readdir(this.dir).catch(() => [])) {
      if (name !== 'manifest.json' && !name.includes(generation)) {
        await rm(join(this.dir, name), { force: true });
      }
    }
  }
}

/** Typed arrays after the live flags start on a 4-byte boundary. */
const pad = (n: number) => Math.ceil(n / 4) * 4;
