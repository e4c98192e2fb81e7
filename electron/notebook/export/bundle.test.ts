// The notebook bundle: exported, then imported into an empty notebook (everything equal) and
// merged into one that has its own work (nothing lost, nothing twice); bad bundles refused.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleDetail } from '../../../shared/model';
import { openNotebook, type Notebook } from '../notebook';
import { MAX_BUNDLE_BYTES } from '../../../shared/limits';
import { FROM_BUNDLE } from './bundle-merge';
import { readBundle } from './bundle-read';

const URDU = 'مذاکرات کی بحالی کا کوئی امکان نہیں';
const TEXT_A =
  `Talks on hold\n\nThe spokesman said 🤝 there would be no talks “${URDU}” until attacks stop.\n\n` +
  'Officials in Islamabad repeated the position on Tuesday evening.';
const TEXT_B =
  'Border crossing reopens\n\nTraders lined up before dawn as the crossing opened again.';
const TEXT_C = 'Floods in the north\n\nRivers rose overnight and several villages were cut off.';

const opened: { nb: Notebook; dir: string }[] = [];
afterEach(async () => {
  for (const { nb, dir } of opened.splice(0)) {
    await nb.close();
    await rm(dir, { recursive: true, force: true });
  }
});

async function fresh(): Promise<{ nb: Notebook; dir: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bundle-'));
  const nb = await openNotebook({ dataDir: dir });
  opened.push({ nb, dir });
  return { nb, dir };
}

async function highlight(
  nb: Notebook,
  article: ArticleDetail,
  words: string,
  note = '',
  tagIds: string[] = [],
) {
  const start = article.text.indexOf(words);
  const h = await nb.highlights.create({ articleId: article.id, start, end: start + words.length });
  return nb.highlights.update({ id: h.id, note, tagIds, color: 'green' });
}

/** A notebook with two articles, tagged highlights with notes, an article note, notebook notes. */
async function source() {
  const { nb, dir } = await fresh();
  const a = await nb.imports.text({ text: TEXT_A, fileName: 'talks.txt' });
  const b = await nb.imports.text({ text: TEXT_B, fileName: 'crossing.txt' });
  const ttp = await nb.tags.create({ name: 'Actors/TTP' });
  const talks = await nb.tags.create({ name: 'Events/Talks 🕊' });
  await highlight(nb, a, URDU, `Urdu quote 🤝 ${URDU}`, [ttp.id, talks.id]);
  await highlight(nb, a, 'The spokesman said 🤝', 'emoji inside', [ttp.id]);
  await highlight(nb, b, 'Traders lined up', 'queue');
  await nb.setArticleNote({ id: a.id, body: 'Article note ✍️' });
  await nb.notes.create({ title: 'Assessment', body: `Talks unlikely. ${URDU}` });
  await nb.settings.update({ green: 'Evidence ✅' });
  return { nb, dir, a, b, ttp, talks };
}

async function bundleOf(nb: Notebook): Promise<Buffer> {
  const result = await nb.exports.render({ format: 'bundle' });
  expect(result.encoding).toBe('base64');
  expect(result.fileName).toMatch(/^dossier-notebook-\d{4}-\d{2}-\d{2}\.dossier$/);
  return Buffer.from(result.data, 'base64');
}

const importInto = (nb: Notebook, bytes: Uint8Array, fileName = 'notes.dossier') =>
  nb.exports.importBundle({ fileName, data: Buffer.from(bytes).toString('base64') });

async function everything(nb: Notebook) {
  const articles = await Promise.all((await nb.listArticles()).map((a) => nb.getArticle(a.id)));
  return {
    articles: articles.sort((x, y) => x.id.localeCompare(y.id)),
    tags: (await nb.tags.list()).sort((x, y) => x.name.localeCompare(y.name)),
    notes: (await nb.notes.list()).sort((x, y) => x.id.localeCompare(y.id)),
  };
}

/** Every file of a data folder (but backups) with its hash, to prove nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (at: string) => {
    for (const entry of await readdir(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'backups') await walk(path);
      } else if (!entry.name.endsWith('.lock') && (await stat(path)).isFile()) {
        files[relative(dir, path)] = createHash('sha256')
          .update(await readFile(path))
          .digest('hex');
      }
    }
  };
  await walk(dir);
  return files;
}

describe('notebook bundle', () => {
  it('holds a manifest with the size and checksum of every file', async () => {
    const { nb, a } = await source();
    const files = unzipSync(await bundleOf(nb));
    const manifest = JSON.parse(strFromU8(files['manifest.json']!));
    expect(manifest).toMatchObject({ format: 'dossier-bundle', version: 1, schemaVersion: 1 });
    const paths = manifest.files.map((f: { path: string }) => f.path).sort();
    expect(paths).toContain('library.json');
    expect(paths).toContain(`articles/${a.id}.json`);
    expect(paths).toContain(`originals/${a.sha256}`);
    for (const f of manifest.files) {
      expect(files[f.path]!.length).toBe(f.size);
      expect(createHash('sha256').update(files[f.path]!).digest('hex')).toBe(f.sha256);
    }
  });

  it('restores into an empty notebook with everything equal', async () => {
    const { nb } = await source();
    const bytes = await bundleOf(nb);
    const target = await fresh();
    const counts = await importInto(target.nb, bytes);
    expect(counts).toEqual({
      articlesAdded: 2,
      articlesMerged: 0,
      highlightsAdded: 3,
      tagsAdded: 2,
      notesAdded: 1,
    });
    const restored = await everything(target.nb);
    expect(restored).toEqual(await everything(nb));
    expect(JSON.stringify(restored)).toContain(URDU);
    expect(JSON.stringify(restored)).toContain('🤝');
    // The originals came along, and the files are on disk.
    const { a } = { a: restored.articles.find((x) => x.title === 'Talks on hold')! };
    expect(await readFile(join(target.dir, 'originals', a.sha256), 'utf8')).toBe(TEXT_A);
    // Importing the same bundle again adds nothing.
    expect(await importInto(target.nb, bytes)).toEqual({
      articlesAdded: 0,
      articlesMerged: 2,
      highlightsAdded: 0,
      tagsAdded: 0,
      notesAdded: 0,
    });
    expect(await everything(target.nb)).toEqual(restored);
    // And it is all on disk: the folder opened again holds the same notebook.
    await target.nb.close();
    const again = await openNotebook({ dataDir: target.dir });
    try {
      expect(await everything(again)).toEqual(restored);
    } finally {
      await again.close();
    }
  });

  it('merges into a notebook with its own work: nothing lost on either side, no duplicates', async () => {
    const { nb, a } = await source();
    const bytes = await bundleOf(nb);

    // The other notebook shares article A (same id), has its own article C, a tag of the same
    // path, its own highlights and notes.
    const target = await fresh();
    const restored = await importInto(target.nb, await bundleOf(nb));
    expect(restored.articlesAdded).toBe(2);
    const [, bId] = (await target.nb.listArticles()).map((x) => x.id);
    await target.nb.deleteArticle(bId!);
    const ttpHere = (await target.nb.tags.list()).find((t) => t.name === 'Actors/TTP')!;
    const onlyHere = await target.nb.tags.create({ name: 'Places/Islamabad' });
    const aHere = await target.nb.getArticle(a.id);
    const mine = await highlight(target.nb, aHere, 'Officials in Islamabad', 'mine', [
      ttpHere.id,
      onlyHere.id,
    ]);
    const c = await target.nb.imports.text({ text: TEXT_C, fileName: 'floods.txt' });
    await highlight(target.nb, c, 'Rivers rose overnight', 'flood');
    await target.nb.setArticleNote({ id: a.id, body: 'My own note on A' });
    const myNote = await target.nb.notes.create({ title: 'Mine', body: 'Local assessment' });

    // Meanwhile the source gets another highlight on A and edits a shared one.
    const theirs = await highlight(nb, a, 'repeated the position', 'theirs 🤝');
    const after = await bundleOf(nb);
    void bytes;

    const before = await everything(target.nb);
    const counts = await importInto(target.nb, after);
    expect(counts).toEqual({
      articlesAdded: 1, // B, deleted here
      articlesMerged: 1, // A
      highlightsAdded: 2, // theirs on A, and B's
      tagsAdded: 0,
      notesAdded: 0,
    });
    const merged = await everything(target.nb);
    const mergedA = merged.articles.find((x) => x.id === a.id)!;
    const ids = mergedA.highlights.map((h) => h.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain(mine.id);
    expect(ids).toContain(theirs.id);
    expect(mergedA.highlights).toHaveLength(4);
    // Same path, one tag: the incoming highlights carry this side's tag.
    expect(merged.tags.filter((t) => t.name === 'Actors/TTP')).toHaveLength(1);
    for (const tag of merged.tags) expect(tag.id).toBeTruthy();
    const known = new Set(merged.tags.map((t) => t.id));
    for (const art of merged.articles)
      for (const h of art.highlights) for (const t of h.tagIds) expect(known.has(t)).toBe(true);
    expect(mergedA.note.body).toContain('My own note on A');
    expect(mergedA.note.body).toContain(FROM_BUNDLE);
    expect(mergedA.note.body).toContain('Article note ✍️');
    expect(merged.articles.map((x) => x.title).sort()).toEqual([
      'Border crossing reopens',
      'Floods in the north',
      'Talks on hold',
    ]);
    expect(merged.notes.map((n) => n.id).sort()).toEqual(
      [myNote.id, ...before.notes.filter((n) => n.id !== myNote.id).map((n) => n.id)].sort(),
    );
    // Everything this side had is still there.
    for (const art of before.articles) {
      const now = merged.articles.find((x) => x.id === art.id)!;
      for (const h of art.highlights) expect(now.highlights).toContainEqual(h);
    }
    for (const tag of before.tags) expect(merged.tags.map((t) => t.id)).toContain(tag.id);
    // And everything the bundle had.
    const sourceAll = await everything(nb);
    for (const art of sourceAll.articles) {
      const now = merged.articles.find((x) => x.sha256 === art.sha256)!;
      for (const h of art.highlights) {
        const found = now.highlights.find((x) => x.id === h.id)!;
        expect(found.quote).toEqual(h.quote);
        expect(found.note).toBe(h.note);
      }
    }
  });

  it('matches tags by path whatever their case, and keeps one copy of a note edited on both sides', async () => {
    const { nb, a } = await source();
    const [note] = await nb.notes.list();
    // An edit is told from a note never edited by its time: let the clock move on first, as
    // it always has between writing a note and editing it (in the same millisecond it had not).
    await new Promise((resolve) => setTimeout(resolve, 5));
    await nb.notes.update({ id: note!.id, body: 'Edited in the bundle.' });
    const bytes = await bundleOf(nb);
    // This side: the same tag path spelled in lower case, and its own later edit of the note.
    const { nb: other } = await fresh();
    await other.tags.create({ name: 'actors/ttp' });
    await importInto(other, bytes);
    await other.notes.update({ id: note!.id, body: 'Edited on this side, later.' });
    for (let i = 0; i < 3; i++) await importInto(other, bytes);
    const names = (await other.tags.list()).map((t) => t.name.toLowerCase());
    expect(names.filter((n) => n === 'actors/ttp')).toHaveLength(1);
    const notes = await other.notes.list();
    expect(notes.filter((n) => n.body === 'Edited in the bundle.')).toHaveLength(1);
    expect(notes.filter((n) => n.body === 'Edited on this side, later.')).toHaveLength(1);
    expect((await other.getArticle(a.id)).highlights).toHaveLength(2);
  });

  it('re-anchors incoming highlights when this side revised the text', async () => {
    const { nb, a } = await source();
    const target = await fresh();
    await importInto(target.nb, await bundleOf(nb));
    await target.nb.revisions.revise({ id: a.id, text: `Preface line.\n\n${TEXT_A}` });
    const extra = await highlight(nb, a, 'Officials in Islamabad', 'late');
    await importInto(target.nb, await bundleOf(nb));
    const now = await target.nb.getArticle(a.id);
    const placed = now.highlights.find((h) => h.id === extra.id)!;
    const start = now.text.indexOf('Officials in Islamabad');
    expect(placed.orphan).toBeFalsy();
    expect(placed.quote.exact).toBe('Officials in Islamabad');
    expect(now.text.slice(start, start + 22)).toBe(placed.quote.exact);
  });

  describe('refuses a bad bundle and changes nothing', () => {
    async function refused(bytes: Uint8Array, message: RegExp) {
      const { nb } = await source();
      const target = await fresh();
      await target.nb.imports.text({ text: TEXT_C, fileName: 'floods.txt' });
      void nb;
      const before = await snapshot(target.dir);
      await expect(importInto(target.nb, bytes, 'bad.dossier')).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(message),
      });
      expect(await snapshot(target.dir)).toEqual(before);
    }

    it('a checksum mismatch', async () => {
      const { nb } = await source();
      const files = unzipSync(await bundleOf(nb));
      const tampered = strToU8(
        strFromU8(files['library.json']!).replace('Talks unlikely', 'Tolks unlikely'),
      );
      expect(tampered.length).toBe(files['library.json']!.length);
      await refused(
        zipSync({ ...files, 'library.json': tampered }),
        /“bad\.dossier”.*library\.json.*checksum/,
      );
    });

    it('a size mismatch', async () => {
      const { nb } = await source();
      const files = unzipSync(await bundleOf(nb));
      await refused(zipSync({ ...files, 'library.json': strToU8('{}') }), /size mismatch/);
    });

    it('a path escaping the folder', async () => {
      const { nb } = await source();
      const files = unzipSync(await bundleOf(nb));
      await refused(zipSync({ ...files, '../evil': strToU8('boo') }), /unsafe path.*\.\.\/evil/);
    });

    it('something that is not a zip', async () => {
      await refused(strToU8('just some text, not a zip'), /“bad\.dossier”.*not a zip/);
    });

    it('a zip without a manifest', async () => {
      await refused(zipSync({ 'library.json': strToU8('{}') }), /no manifest\.json/);
    });

    it('a bundle larger than a bundle may be, before reading any of it', async () => {
      // Never touched, so the operating system never really hands over the memory.
      const huge = Buffer.alloc(MAX_BUNDLE_BYTES + 1);
      await expect(readBundle(huge, 'huge.dossier')).rejects.toMatchObject({
        code: 'INVALID_INPUT',
        message: expect.stringMatching(
          /“huge\.dossier”.*360 MB, more than the 360 MB a notebook bundle may be/,
        ),
      });
    });

    it('an entry compressed like a zip bomb, before inflating it', async () => {
      const { nb } = await source();
      const files = unzipSync(await bundleOf(nb));
      const zeros = new Uint8Array(20 * 1024 * 1024);
      const sha = createHash('sha256').update(zeros).digest('hex');
      await refused(
        zipSync({ ...files, [`originals/${sha}`]: [zeros, { level: 9 }] }),
        /originals\/[0-9a-f]{64} is compressed \d+ to 1, which only a zip bomb is/,
      );
    });

    it('an entry that inflates to more than its zip entry declares', async () => {
      const { nb } = await source();
      const files = unzipSync(await bundleOf(nb));
      const library = files['library.json']!;
      const manifest = JSON.parse(strFromU8(files['manifest.json']!));
      for (const f of manifest.files) if (f.path === 'library.json') f.size = library.length - 10;
      const zip = zipSync({ ...files, 'manifest.json': strToU8(JSON.stringify(manifest)) });
      await refused(
        declareSize(zip, 'library.json', library.length - 10),
        /library\.json.*(more than it declares|too many bytes)/,
      );
    });

    it('JSON that fails the schema', async () => {
      const { nb } = await source();
      const files = unzipSync(await bundleOf(nb));
      const library = strToU8(JSON.stringify({ schemaVersion: 1, articles: 'nope' }));
      const manifest = JSON.parse(strFromU8(files['manifest.json']!));
      for (const f of manifest.files) {
        if (f.path === 'library.json') {
          f.size = library.length;
          f.sha256 = createHash('sha256').update(library).digest('hex');
        }
      }
      await refused(
        zipSync({
          ...files,
          'library.json': library,
          'manifest.json': strToU8(JSON.stringify(manifest)),
        }),
        /library\.json does not hold what it should/,
      );
    });
  });
});

/** The zip with `name`'s uncompressed size, in its local and central headers, set to `size`. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const wanted = strToU8(name);
  const named = (at: number) => wanted.every((byte, i) => out[at + i] === byte);
  for (let i = 0; i + 46 < out.length; i++) {
    const signature = view.getUint32(i, true);
    if (
      signature === 0x04034b50 &&
      view.getUint16(i + 26, true) === wanted.length &&
      named(i + 30)
    ) {
      view.setUint32(i + 22, size, true);
    }
    if (
      signature === 0x02014b50 &&
      view.getUint16(i + 28, true) === wanted.length &&
      named(i + 46)
    ) {
      view.setUint32(i + 24, size, true);
    }
  }
  return out;
}
