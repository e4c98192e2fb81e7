// A bundle carries the analysis kept in the library: corroborating links, ACH matrices and the
// analyst's entity aliases, restored whole and merged without loss or duplicates.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AchMatrix } from '../../../shared/ach';
import { dispatch } from '../dispatch';
import { openNotebook, type Notebook } from '../notebook';

const opened: Array<{ nb: Notebook; dir: string }> = [];
afterEach(async () => {
  for (const { nb, dir } of opened.splice(0)) {
    await nb.close();
    await rm(dir, { recursive: true, force: true });
  }
});

async function fresh() {
  const dir = await mkdtemp(join(tmpdir(), 'dossier-bundle-analysis-'));
  const nb = await openNotebook({ dataDir: dir });
  opened.push({ nb, dir });
  return async <T>(op: string, input: unknown): Promise<T> => {
    const result = await dispatch(nb, op, input);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as T;
  };
}

type Run = Awaited<ReturnType<typeof fresh>>;

async function quote(run: Run, text: string) {
  const a = await run<{ id: string }>('articles.importText', { text });
  return run<{ id: string }>('highlights.create', { articleId: a.id, start: 0, end: 5 });
}

async function bundle(run: Run): Promise<string> {
  return (await run<{ data: string }>('export.render', { format: 'bundle' })).data;
}

describe('a bundle with analysis', () => {
  it('restores links, matrices and aliases into an empty notebook', async () => {
    const from = await fresh();
    const dawn = await quote(from, 'Talks resumed on Tuesday in Doha.');
    const tribune = await quote(from, 'Talks resumed, officials said.');
    await from('highlights.corroborate', { id: dawn.id, otherId: tribune.id });
    let m = await from<AchMatrix>('ach.create', { question: 'Why now?', hypotheses: ['Pressure'] });
    m = await from<AchMatrix>('ach.update', { id: m.id, addEvidence: { highlightId: dawn.id } });
    m = await from<AchMatrix>('ach.rate', {
      id: m.id,
      evidenceId: m.evidence[0]!.id,
      hypothesisId: m.hypotheses[0]!.id,
      rating: 'I',
    });
    const data = await bundle(from);

    const to = await fresh();
    await to('bundle.import', { fileName: 'n.dossier', data });
    expect(await to('highlights.corroborations', { id: tribune.id })).toMatchObject([
      { highlight: { id: dawn.id } },
    ]);
    expect(await to('ach.list', {})).toEqual([m]);

    // Again: nothing doubles.
    await to('bundle.import', { fileName: 'n.dossier', data });
    expect(await to<AchMatrix[]>('ach.list', {})).toHaveLength(1);
    expect(await to<unknown[]>('highlights.corroborations', { id: tribune.id })).toHaveLength(1);
  });

  it('keeps both versions of a matrix changed on both sides', async () => {
    const from = await fresh();
    const m = await from<AchMatrix>('ach.create', { question: 'Q', hypotheses: ['A'] });
    const data = await bundle(from);
    const to = await fresh();
    await to('bundle.import', { fileName: 'n.dossier', data });
    await to('ach.update', { id: m.id, addHypothesis: 'B here' });
    await from('ach.update', { id: m.id, addHypothesis: 'B there' });
    await to('bundle.import', { fileName: 'n.dossier', data: await bundle(from) });
    const titles = (await to<AchMatrix[]>('ach.list', {})).map((x) =>
      x.hypotheses.map((h) => h.title).join('+'),
    );
    expect(titles.sort()).toEqual(['A+B here', 'A+B there']);
  });
});
