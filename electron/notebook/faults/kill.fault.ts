// Kill -9 at random moments: a writer process changes a notebook and is killed mid-way, over and
// over on the same folder; after each kill the notebook must open, every article must open, and
// every change the writer was told had been saved must be there with its value.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { ArticleDetail, ArticleSummary, Highlight, Note, Tag } from '../../../shared/model';
import { dispatch } from '../dispatch';
import { openNotebook, type Notebook } from '../notebook';
import { Child, type Line } from './child';
import { randomSource, sentence } from './random';

const WRITER = join(import.meta.dirname, 'writer.ts');
const KILLS = Number(process.env.FAULT_KILLS ?? 50);
/** Independent folders killed side by side: starting a writer is mostly CPU, and there are two. */
const LANES = Number(process.env.FAULT_LANES ?? 2);
const VERBOSE = Boolean(process.env.FAULT_VERBOSE);
const SEED = Number(process.env.FAULT_SEED ?? Date.now() % 1_000_000);

interface SavedHighlight {
  articleId: string;
  color: string;
  note: string;
  tagIds: string[];
  exact: string;
}

/** What the notebook must hold: the last acknowledged value of everything written. */
class Expected {
  readonly articles = new Map<string, { text: string; note?: string }>();
  /** null: deleted, and must stay so. */
  readonly highlights = new Map<string, SavedHighlight | null>();
  readonly notes = new Map<string, { title: string; body: string }>();
  readonly tags = new Map<string, string>();
  acknowledged = 0;

  apply(line: Line): void {
    const { op } = line;
    const id = line.id as string;
    this.acknowledged++;
    if (op === 'articles.importText') {
      this.articles.set(id, { ...this.articles.get(id), text: line.text as string });
    } else if (op === 'highlights.create' || op === 'highlights.update') {
      const { articleId, color, note, tagIds, exact } = line as unknown as SavedHighlight;
      this.highlights.set(id, { articleId, color, note, tagIds, exact });
    } else if (op === 'highlights.delete') {
      this.highlights.set(id, null);
    } else if (op === 'notes.create' || op === 'notes.update') {
      this.notes.set(id, { title: line.title as string, body: line.body as string });
    } else if (op === 'articles.setNote') {
      const known = this.articles.get(id);
      // An article the writer found on disk (a killed import that did land) is checked by
      // its note alone.
      this.articles.set(id, { text: known?.text ?? '', note: line.body as string });
    } else if (op === 'tags.create') {
      this.tags.set(id, line.name as string);
    }
  }
}

/** The change a killed writer had begun but not acknowledged: it may or may not have landed. */
type InFlight = { op: string; input: Record<string, unknown> } | null;

function inFlightOf(lines: Line[]): InFlight {
  const last = lines.findLast((l) => l.event === 'begin');
  if (!last) return null;
  const done = lines.some((l) => (l.event === 'ack' || l.event === 'failed') && l.seq === last.seq);
  return done ? null : { op: last.op as string, input: last.input as Record<string, unknown> };
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().join() === [...b].sort().join();

function highlightMatches(found: Highlight, saved: SavedHighlight): boolean {
  return (
    found.articleId === saved.articleId &&
    found.color === saved.color &&
    found.note === saved.note &&
    sameSet(found.tagIds, saved.tagIds) &&
    found.quote.exact === saved.exact
  );
}

/** Opens the folder as a restart would and lists what is wrong; adopts in-flight outcomes. */
async function check(dataDir: string, expected: Expected, inFlight: InFlight): Promise<string[]> {
  const problems: string[] = [];
  let notebook: Notebook;
  try {
    notebook = await openNotebook({ dataDir });
  } catch (error) {
    return [`the notebook did not open: ${(error as Error).message}`];
  }
  try {
    const call = async <T>(op: string, input: unknown): Promise<T> => {
      const result = await dispatch(notebook, op, input);
      if (!result.ok)
        throw new Error(`${op} failed: ${result.error.code}: ${result.error.message}`);
      return result.value as T;
    };
    const touches = (op: string, id: string) =>
      inFlight?.op === op && (inFlight.input.id as string) === id;

    const summaries = await call<ArticleSummary[]>('articles.list', {});
    const details = new Map<string, ArticleDetail>();
    const found = new Map<string, Highlight>();
    for (const summary of summaries) {
      const result = await dispatch(notebook, 'articles.get', { id: summary.id });
      if (!result.ok) {
        problems.push(`article ${summary.id} does not open: ${result.error.message}`);
        continue;
      }
      const detail = result.value as ArticleDetail;
      details.set(summary.id, detail);
      for (const h of detail.highlights) found.set(h.id, h);
      if (summary.highlightCount !== detail.highlights.length) {
        problems.push(
          `the library counts ${summary.highlightCount} highlights in article ${summary.id}, ` +
            `its file holds ${detail.highlights.length}`,
        );
      }
    }

    for (const [id, saved] of expected.articles) {
      const detail = details.get(id);
      if (!detail) {
        problems.push(`acknowledged article ${id} is missing`);
        continue;
      }
      if (saved.text && detail.text !== saved.text) problems.push(`article ${id} has other text`);
      if (saved.note !== undefined && detail.note.body !== saved.note) {
        if (touches('articles.setNote', id) && detail.note.body === inFlight!.input.body) {
          saved.note = detail.note.body;
        } else problems.push(`article ${id} lost its acknowledged note`);
      }
    }

    for (const [id, saved] of expected.highlights) {
      const h = found.get(id);
      if (saved === null) {
        if (h) problems.push(`deleted highlight ${id} is back`);
      } else if (!h) {
        if (touches('highlights.delete', id)) expected.highlights.set(id, null);
        else problems.push(`acknowledged highlight ${id} is missing`);
      } else if (!highlightMatches(h, saved)) {
        const landed = { ...saved, ...(inFlight?.input as Partial<SavedHighlight>) };
        if (touches('highlights.update', id) && highlightMatches(h, landed)) {
          expected.highlights.set(id, landed);
        } else {
          problems.push(
            `highlight ${id} is ${JSON.stringify({ color: h.color, note: h.note, tagIds: h.tagIds })}` +
              `, acknowledged as ${JSON.stringify(saved)}`,
          );
        }
      }
    }
    const live = [...found.keys()];
    for (let at = 0; at < live.length; at += 500) {
      const ids = live.slice(at, at + 500);
      const got = await call<{ highlight: Highlight }[]>('highlights.get', { ids });
      if (got.length !== ids.length) {
        problems.push(`highlights.get finds ${got.length} of ${ids.length} highlights`);
      }
    }

    const notes = new Map((await call<Note[]>('notes.list', {})).map((n) => [n.id, n]));
    for (const [id, saved] of expected.notes) {
      const note = notes.get(id);
      if (!note) problems.push(`acknowledged note ${id} is missing`);
      else if (note.body !== saved.body || note.title !== saved.title) {
        if (touches('notes.update', id) && note.body === inFlight!.input.body) {
          expected.notes.set(id, { title: note.title, body: note.body });
        } else problems.push(`note ${id} lost its acknowledged text`);
      }
    }

    const tags = await call<(Tag & { count: number })[]>('tags.list', {});
    for (const [id, name] of expected.tags) {
      if (!tags.some((t) => t.id === id && t.name === name)) {
        problems.push(`acknowledged tag ${name} (${id}) is missing`);
      }
    }
    for (const tag of tags) {
      const carrying = [...found.values()].filter((h) => h.tagIds.includes(tag.id)).length;
      if (tag.count !== carrying) {
        problems.push(`tag ${tag.name} counts ${tag.count} highlights, ${carrying} carry it`);
      }
    }

    const notices = await call<{ message: string }[]>('notices.list', {});
    for (const notice of notices.filter((n) => /damaged|moved aside/i.test(n.message))) {
      problems.push(`a file was damaged by a kill: ${notice.message}`);
    }
  } catch (error) {
    problems.push((error as Error).message);
  } finally {
    await notebook.close();
  }
  return problems;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function lane(index: number, kills: number, stop: { failed: boolean }) {
  const dataDir = await mkdtemp(join(tmpdir(), `dossier-kill-${index}-`));
  const random = randomSource(SEED + index);
  const expected = new Expected();
  let spare: Child | undefined;
  // Importing parses in a worker that starts slowly from source: the writers mostly get the
  // articles ready, and import more only now and then.
  const seeding = await openNotebook({ dataDir });
  for (const n of [1, 2, 3]) {
    const text = `Seeded report ${n}\n\n${sentence(random, 80)}\n\n${sentence(random, 60)}`;
    const result = await dispatch(seeding, 'articles.importText', { text });
    if (!result.ok) throw new Error(`seeding failed: ${result.error.message}`);
    const { id } = result.value as ArticleDetail;
    expected.apply({
      event: 'ack',
      op: 'articles.importText',
      id,
      text: (result.value as ArticleDetail).text,
    });
  }
  await seeding.close();
  try {
    const writer = (kill: number) =>
      new Child(WRITER, [dataDir, String(SEED * 1000 + index * 100_000 + kill)]);
    let next = writer(1);
    for (let kill = 1; kill <= kills && !stop.failed; kill++) {
      const child = next;
      const where = `lane ${index}, kill ${kill} (seed ${SEED}), after ${expected.acknowledged} acknowledged writes`;
      const expectLine = (event: string) =>
        child
          .waitFor((l) => l.event === event, `the writer's "${event}"`)
          .catch((error: Error) => {
            stop.failed = true;
            throw new Error(`${where}: ${error.message}`);
          });
      const started = Date.now();
      await expectLine('loaded');
      const loaded = Date.now();
      child.send('go');
      // Some kills land while the notebook opens (lock takeover, repair of the last crash),
      // the rest at any moment of a stream of writes.
      if (random.next() < 0.15) {
        await expectLine('opening');
        next = spare = writer(kill + 1);
        await sleep(random.int(80));
      } else {
        await expectLine('ready');
        // The next writer loads while this one writes.
        next = spare = writer(kill + 1);
        await sleep(20 + random.int(2_000));
      }
      const ready = Date.now();
      await child.kill();
      const failures = child.lines.filter((l) => l.event === 'failed');
      const acks = child.lines.filter((l) => l.event === 'ack');
      for (const line of acks) expected.apply(line);
      const problems = await check(dataDir, expected, inFlightOf(child.lines));
      if (VERBOSE) {
        console.log(
          `lane ${index} kill ${kill}: waited ${loaded - started} ms for the load, ` +
            `${ready - loaded} ms to open and write, ${acks.length} acks, ` +
            `check ${Date.now() - ready} ms`,
        );
      }
      const internal = failures.filter((l) => (l.error as { code: string }).code === 'INTERNAL');
      if (problems.length || internal.length) {
        stop.failed = true;
        const last = child.lines.slice(-3).map((l) => JSON.stringify(l).slice(0, 300));
        throw new Error(
          `${where}:\n  ${[...problems, ...internal.map((l) => JSON.stringify(l))].join('\n  ')}` +
            `\nlast lines of the writer:\n  ${last.join('\n  ')}\nwriter stderr: ${child.stderr.join('').slice(-2000)}`,
        );
      }
    }
    return expected.acknowledged;
  } finally {
    await spare?.kill();
    if (!stop.failed) await rm(dataDir, { recursive: true, force: true });
    else console.error(`lane ${index} left its folder for inspection: ${dataDir}`);
  }
}

it(
  `loses no acknowledged write over ${KILLS} kills -9 at random moments`,
  { timeout: 120_000 + (KILLS / LANES) * 12_000 },
  async () => {
    const stop = { failed: false };
    const perLane = Math.ceil(KILLS / LANES);
    const lanes = await Promise.all(
      Array.from({ length: LANES }, (_, i) => lane(i, perLane, stop)),
    );
    const acknowledged = lanes.reduce((sum, n) => sum + n, 0);
    console.log(`${perLane * LANES} kills, ${acknowledged} acknowledged writes (seed ${SEED})`);
    // Kills that all land before any write would prove nothing.
    expect(acknowledged).toBeGreaterThan(KILLS);
  },
);
