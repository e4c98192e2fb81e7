// Two hosts on one folder: a paused host whose lock was taken over must stop writing at once
// (reads still answer) until the folder is free again, and nothing the other host saved is lost.
// A host killed with SIGKILL leaves a lock the next one takes over without waiting.
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { ArticleDetail, Note } from '../../../shared/model';
import type { Result } from '../../../shared/result';
import { dispatch } from '../dispatch';
import { openNotebook } from '../notebook';
import { HostChild } from './child';

const HOST = join(import.meta.dirname, 'host.ts');
const STALE_MS = 1_000;

let dataDir: string;
const hosts: HostChild[] = [];

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'dossier-lockfault-'));
});
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => (h.resume(), h.kill())));
  await rm(dataDir, { recursive: true, force: true });
});

function host(env: NodeJS.ProcessEnv = { DOSSIER_LOCK_STALE_MS: String(STALE_MS) }): HostChild {
  const child = new HostChild(HOST, dataDir, env);
  hosts.push(child);
  return child;
}

/** Every file of the folder but the lock's own, by path, as a digest of its bytes. */
async function contentsOf(folder: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.startsWith('notebook.lock')) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path).catch(() => null);
    files[relative(folder, path)] = bytes ? createHash('sha256').update(bytes).digest('hex') : '';
  }
  return files;
}

const ready = (h: HostChild) => h.waitFor((l) => l.event === 'ready', 'the notebook open');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

async function withArticle(): Promise<ArticleDetail> {
  const nb = await openNotebook({ dataDir });
  try {
    const result = await dispatch(nb, 'articles.importText', {
      text: 'Border report\n\nTrucks waited three days at the crossing before inspections.',
    });
    return valueOf<ArticleDetail>(result);
  } finally {
    await nb.close();
  }
}

it('refuses every change from a host that lost its lock, keeps its reads, and loses nothing', async () => {
  const article = await withArticle();
  const a = host();
  await ready(a);
  const before = valueOf<Note>(await a.call('notes.create', { title: 'A', body: 'before' }));

  a.pause();
  await sleep(STALE_MS * 2);
  const b = host();
  await ready(b);
  const fromB = valueOf<Note>(await b.call('notes.create', { title: 'B', body: 'from B' }));
  valueOf(await b.call('articles.setNote', { id: article.id, body: 'B was here' }));

  // Queued while A is stopped, so the first thing A does on waking is try to write.
  const first = a.call('notes.create', { title: 'A', body: 'after waking' });
  const asBLeftIt = await contentsOf(dataDir);
  a.resume();
  const refused = await first;
  expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  const message = !refused.ok ? refused.error.message : '';
  expect(message).toContain(dataDir);
  expect(message.length).toBeGreaterThan(40);

  const attempts: [string, unknown][] = [
    ['notes.update', { id: before.id, body: 'overwrite' }],
    ['articles.setNote', { id: article.id, body: 'A overwrites' }],
    ['highlights.create', { articleId: article.id, start: 0, end: 6 }],
    ['tags.create', { name: 'from-A' }],
  ];
  for (const [op, input] of attempts) {
    expect(await a.call(op, input), op).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  }
  expect((await a.call('notes.list', {})).ok).toBe(true);
  expect((await a.call('articles.get', { id: article.id })).ok).toBe(true);
  // Not a byte of B's folder changed: A's refusals, and its notice of the loss, stay with A.
  await sleep(500);
  expect(await contentsOf(dataDir)).toEqual(asBLeftIt);

  // B's changes are on disk and stay there.
  const onB = valueOf<Note[]>(await b.call('notes.list', {}));
  expect(onB.map((n) => n.body).sort()).toEqual(['before', 'from B']);
  await b.close();

  // A takes the folder back once B has let go, and works from what B left, not its memory.
  let regained: Result<unknown> | undefined;
  for (let i = 0; i < 40; i++) {
    regained = await a.call('notes.create', { title: 'A', body: 'after B closed' });
    if (regained.ok) break;
    await sleep(250);
  }
  expect(regained).toMatchObject({ ok: true });
  const onA = valueOf<Note[]>(await a.call('notes.list', {}));
  expect(onA.map((n) => n.body).sort()).toEqual(['after B closed', 'before', 'from B']);
  await a.close();

  const nb = await openNotebook({ dataDir });
  try {
    const notes = valueOf<Note[]>(await dispatch(nb, 'notes.list', {}));
    expect(notes.map((n) => n.body).sort()).toEqual(['after B closed', 'before', 'from B']);
    expect(notes.find((n) => n.id === fromB.id)?.body).toBe('from B');
    const detail = valueOf<ArticleDetail>(await dispatch(nb, 'articles.get', { id: article.id }));
    expect(detail.note.body).toBe('B was here');
    expect(detail.highlights).toEqual([]);
    const tags = valueOf<{ name: string }[]>(await dispatch(nb, 'tags.list', {}));
    expect(tags.map((t) => t.name)).not.toContain('from-A');
  } finally {
    await nb.close();
  }
});

it('opens at once a folder whose previous host was killed with SIGKILL', async () => {
  await withArticle();
  // The real stale time: only the dead holder rule can make this quick.
  const killed = host({ DOSSIER_LOCK_STALE_MS: '' });
  await ready(killed);
  await killed.kill();

  const started = performance.now();
  const nb = await openNotebook({ dataDir });
  const took = performance.now() - started;
  try {
    expect(took).toBeLessThan(1_000);
    expect(valueOf<unknown[]>(await dispatch(nb, 'articles.list', {}))).toHaveLength(1);
    expect((await dispatch(nb, 'notes.create', { title: 'after the crash' })).ok).toBe(true);
  } finally {
    await nb.close();
  }
});
