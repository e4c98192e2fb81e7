// ACH matrices through the contract: built from quotes and typed arguments, rated, scored with
// each quote's current credibility, kept across a restart, and bad input refused by field.
import { describe, expect, it } from 'vitest';
import type { AchMatrix } from '../../shared/ach';
import type { ArticleDetail, Highlight } from '../../shared/model';
import { useTempNotebook } from './temp-notebook.test-support';

const t = useTempNotebook('ach');

async function quote(text: string, words: string) {
  const a = await t.run<ArticleDetail>('articles.importText', { text, fileName: 'r.txt' });
  const start = a.text.indexOf(words);
  return t.run<Highlight>('highlights.create', {
    articleId: a.id,
    start,
    end: start + words.length,
  });
}

describe('ACH matrices', () => {
  it('are built, rated and scored from quotes and arguments, and kept', async () => {
    const ceasefire = await quote(
      'The TTP ended the ceasefire in November.',
      'ended the ceasefire',
    );
    const talks = await quote('Officials met TTP envoys in Kabul in May.', 'met TTP envoys');
    let m = await t.run<AchMatrix>('ach.create', { question: 'Will talks with the TTP resume?' });
    expect(m).toMatchObject({
      question: 'Will talks with the TTP resume?',
      hypotheses: [],
      evidence: [],
    });
    m = await t.run<AchMatrix>('ach.update', { id: m.id, addHypothesis: 'Talks resume' });
    m = await t.run<AchMatrix>('ach.update', { id: m.id, addHypothesis: 'Fighting continues' });
    m = await t.run<AchMatrix>('ach.update', {
      id: m.id,
      addEvidence: { highlightId: ceasefire.id },
    });
    m = await t.run<AchMatrix>('ach.update', {
      id: m.id,
      addEvidence: { highlightId: talks.id, relevance: 'high' },
    });
    m = await t.run<AchMatrix>('ach.update', {
      id: m.id,
      addEvidence: { text: 'Winter slows operations in the tribal districts.', relevance: 'low' },
    });
    const [resume, fighting] = m.hypotheses.map((h) => h.id) as [string, string];
    const [e1, e2, e3] = m.evidence.map((e) => e.id) as [string, string, string];
    expect(m.evidence.map((e) => e.text)).toEqual([
      'ended the ceasefire',
      'met TTP envoys',
      'Winter slows operations in the tribal districts.',
    ]);
    expect(m.evidence[0]).toMatchObject({
      highlightId: ceasefire.id,
      relevance: 'medium',
      weight: 1,
    });

    const rate = (evidenceId: string, hypothesisId: string, rating: string | null) =>
      t.run<AchMatrix>('ach.rate', { id: m.id, evidenceId, hypothesisId, rating });
    await rate(e1, resume, 'II');
    await rate(e1, fighting, 'CC');
    await rate(e2, resume, 'C');
    await rate(e2, fighting, 'I');
    await rate(e3, resume, 'N');
    m = await rate(e3, fighting, 'N');
    // Resume: II × 1 = 2. Fighting: I × √2 (high relevance) = 1.414.
    expect(m.hypotheses.map((h) => [h.title, h.inconsistency, h.rank])).toEqual([
      ['Talks resume', 2, 2],
      ['Fighting continues', 1.414, 1],
    ]);
    expect(m.evidence.map((e) => e.diagnostic)).toEqual([true, true, false]);

    // A quote's weight follows its credibility as it is now: 1 (confirmed) is high.
    await t.run('highlights.update', { id: ceasefire.id, credibility: 1 });
    m = await t.run<AchMatrix>('ach.get', { id: m.id });
    expect(m.evidence[0]).toMatchObject({ credibility: 1, weight: 1.414 });
    expect(m.hypotheses[0]!.inconsistency).toBe(2.828);

    // Clearing a cell, and a row's relevance.
    m = await rate(e1, resume, null);
    expect(m.ratings).toHaveLength(5);
    m = await t.run<AchMatrix>('ach.update', {
      id: m.id,
      editEvidence: { id: e2, relevance: 'medium' },
    });
    expect(m.hypotheses[1]!.inconsistency).toBe(1);

    await t.reopen();
    const [kept] = await t.run<AchMatrix[]>('ach.list', {});
    expect(kept).toEqual(m);
  });

  it('keep a deleted quote as its words, marked missing', async () => {
    const h = await quote('Envoys met in Kabul.', 'Envoys met');
    let m = await t.run<AchMatrix>('ach.create', { question: 'Q', hypotheses: ['A', 'B'] });
    m = await t.run<AchMatrix>('ach.update', { id: m.id, addEvidence: { highlightId: h.id } });
    await t.run('highlights.delete', { id: h.id });
    m = await t.run<AchMatrix>('ach.get', { id: m.id });
    expect(m.evidence[0]).toMatchObject({ text: 'Envoys met', missing: true });
  });

  it('remove hypotheses and evidence with their ratings, and move rows', async () => {
    let m = await t.run<AchMatrix>('ach.create', { question: 'Q', hypotheses: ['A', 'B'] });
    m = await t.run<AchMatrix>('ach.update', { id: m.id, addEvidence: { text: 'first' } });
    m = await t.run<AchMatrix>('ach.update', { id: m.id, addEvidence: { text: 'second' } });
    const [a] = m.hypotheses;
    m = await t.run<AchMatrix>('ach.rate', {
      id: m.id,
      evidenceId: m.evidence[0]!.id,
      hypothesisId: a!.id,
      rating: 'I',
    });
    m = await t.run<AchMatrix>('ach.update', {
      id: m.id,
      moveEvidence: { id: m.evidence[1]!.id, to: 0 },
    });
    expect(m.evidence.map((e) => e.text)).toEqual(['second', 'first']);
    m = await t.run<AchMatrix>('ach.update', { id: m.id, removeHypothesisId: a!.id });
    expect(m.hypotheses.map((h) => h.title)).toEqual(['B']);
    expect(m.ratings).toEqual([]);
    m = await t.run<AchMatrix>('ach.update', { id: m.id, removeEvidenceId: m.evidence[0]!.id });
    expect(m.evidence.map((e) => e.text)).toEqual(['first']);
    await t.run('ach.delete', { id: m.id });
    expect(await t.run('ach.list', {})).toEqual([]);
  });

  it('refuse what does not exist or does not fit, naming the field, and change nothing', async () => {
    const h = await quote('Envoys met in Kabul.', 'Envoys met');
    const m = await t.run<AchMatrix>('ach.create', { question: 'Q', hypotheses: ['A'] });
    await expect(t.run('ach.get', { id: 'nope' })).rejects.toThrow(
      /NOT_FOUND: There is no ACH matrix nope/,
    );
    await expect(
      t.run('ach.update', { id: m.id, addEvidence: { highlightId: 'gone' } }),
    ).rejects.toThrow(/NOT_FOUND: addEvidence.highlightId: there is no highlight gone/);
    await expect(
      t.run('ach.rate', {
        id: m.id,
        evidenceId: 'x',
        hypothesisId: m.hypotheses[0]!.id,
        rating: 'C',
      }),
    ).rejects.toThrow(/NOT_FOUND: evidenceId: the matrix has no evidence x/);
    await expect(
      t.run('ach.update', { id: m.id, addEvidence: { highlightId: h.id, credibility: 2 } }),
    ).rejects.toThrow(/addEvidence.credibility/);
    await expect(
      t.run('ach.rate', { id: m.id, evidenceId: 'x', hypothesisId: 'y', rating: 'CCC' }),
    ).rejects.toThrow(/INVALID_INPUT: .*rating/);
    // A failed update in the middle leaves the matrix as it was (no half-applied change).
    await expect(
      t.run('ach.update', { id: m.id, addHypothesis: 'B', removeEvidenceId: 'missing' }),
    ).rejects.toThrow(/removeEvidenceId/);
    expect(
      (await t.run<AchMatrix>('ach.get', { id: m.id })).hypotheses.map((x) => x.title),
    ).toEqual(['A']);
    await t.run('ach.update', { id: m.id, addEvidence: { highlightId: h.id } });
    await expect(
      t.run('ach.update', { id: m.id, addEvidence: { highlightId: h.id } }),
    ).rejects.toThrow(/already evidence/);
  });
});
