// The ACH scores, worked by hand from the definition on the matrix of Heuer's "Psychology of
// Intelligence Analysis" (1999), ch. 8: will Iraq retaliate for the US bombing of its
// intelligence headquarters? + is C, − is I, 0 is N.
import { describe, expect, it } from 'vitest';
import type { AchCell, AchRating } from '../../../shared/ach';
import { credibilityWeight, scoreAch, type ScoredRow } from './ach-score';

const H = ['no-retaliation', 'minor-terrorism', 'major-terrorism'];

/** Rows of ratings across H1..H3, as the book prints them. */
const HEUER: Record<string, AchRating[]> = {
  'E1 Saddam public statement of intention not to retaliate': ['C', 'C', 'C'],
  'E2 Absence of terrorist offensive during the 1991 Gulf War': ['C', 'C', 'I'],
  'E3 Assumption that Iraq would not want to provoke another US attack': ['C', 'C', 'I'],
  'E4 Increase in frequency of monitored Iraqi agent radio broadcasts': ['N', 'C', 'C'],
  'E5 Iraqi embassies instructed to take increased security precautions': ['C', 'C', 'C'],
  'E6 Assumption that failure to retaliate would be unacceptable loss of face': ['I', 'C', 'C'],
};

function matrix(
  rows: Record<string, AchRating[]>,
  weights: Partial<Record<string, Partial<ScoredRow>>> = {},
) {
  const evidence: ScoredRow[] = Object.keys(rows).map((id) => ({
    id,
    relevance: 'medium',
    ...weights[id],
  }));
  const cells: AchCell[] = Object.entries(rows).flatMap(([evidenceId, ratings]) =>
    ratings.map((rating, i) => ({ evidenceId, hypothesisId: H[i]!, rating })),
  );
  return { evidence, cells };
}

const id = (prefix: string) => Object.keys(HEUER).find((k) => k.startsWith(prefix))!;

describe('ACH scores', () => {
  it("rank Heuer's hypotheses by the evidence against them", () => {
    const { evidence, cells } = matrix(HEUER);
    const s = scoreAch(H, evidence, cells);
    // By hand: H1 has one I (E6), H2 none, H3 two (E2, E3); every row weighs 1.
    expect(Object.fromEntries(s.inconsistency)).toEqual({
      'no-retaliation': 1,
      'minor-terrorism': 0,
      'major-terrorism': 2,
    });
    expect(Object.fromEntries(s.rank)).toEqual({
      'minor-terrorism': 1,
      'no-retaliation': 2,
      'major-terrorism': 3,
    });
    // E1 and E5 are consistent with everything: Heuer's point that they tell nothing.
    expect([...s.diagnostic].sort()).toEqual([id('E2'), id('E3'), id('E4'), id('E6')].sort());
  });

  it('show what removing one row does to the ranking (sensitivity)', () => {
    const { evidence, cells } = matrix(HEUER);
    const s = scoreAch(H, evidence, cells);
    const without = (prefix: string) => s.sensitivity.find((x) => x.evidenceId === id(prefix))!;
    // Without E6, H1 and H2 both score 0: the ranking changes, the leader becomes a tie.
    expect(without('E6')).toMatchObject({ changesRanking: true, changesLeader: true });
    expect(without('E6').leaders).toEqual(['no-retaliation', 'minor-terrorism']);
    // Without E2, H3 still has E3 against it (1), tying H1 for second place.
    expect(without('E2')).toMatchObject({ changesRanking: true, changesLeader: false });
    // A row consistent with every hypothesis changes nothing.
    expect(without('E1')).toMatchObject({ changesRanking: false, changesLeader: false });
  });

  it('weigh each row by credibility and relevance (low 1/√2, medium 1, high √2), II counting 2', () => {
    const rows: Record<string, AchRating[]> = {
      confirmed: ['II', 'C', 'N'], // credibility 1 (high), relevance high: weight 2
      doubtful: ['I', 'I', 'CC'], // credibility 4 (low), relevance medium: weight 1/√2
      argument: ['N', 'I', 'C'], // no credibility (medium), relevance low: weight 1/√2
    };
    const { evidence, cells } = matrix(rows, {
      confirmed: { credibility: 1, relevance: 'high' },
      doubtful: { credibility: 4 },
      argument: { relevance: 'low' },
    });
    const s = scoreAch(H, evidence, cells);
    expect(Object.fromEntries(s.weights)).toEqual({
      confirmed: 2,
      doubtful: 0.707,
      argument: 0.707,
    });
    // H1: 2×2 + 0.707 = 4.707; H2: 0.707 + 0.707 = 1.414; H3: 0.
    expect(Object.fromEntries(s.inconsistency)).toEqual({
      'no-retaliation': 4.707,
      'minor-terrorism': 1.414,
      'major-terrorism': 0,
    });
    expect(Object.fromEntries(s.inconsistencies)).toEqual({
      'no-retaliation': 3,
      'minor-terrorism': 2,
      'major-terrorism': 0,
    });
  });

  it('read a credibility of 1–6 as high, medium or low', () => {
    expect([1, 2, 3, 4, 5, 6, undefined].map(credibilityWeight)).toEqual([
      Math.SQRT2,
      Math.SQRT2,
      1,
      Math.SQRT1_2,
      Math.SQRT1_2,
      1,
      1,
    ]);
  });

  it('give equal scores one rank, and leave unrated cells out of diagnosticity', () => {
    const s = scoreAch(
      ['a', 'b', 'c'],
      [
        { id: 'one', relevance: 'medium' },
        { id: 'alone', relevance: 'medium' },
      ],
      [
        { evidenceId: 'one', hypothesisId: 'c', rating: 'I' },
        { evidenceId: 'one', hypothesisId: 'a', rating: 'C' },
        { evidenceId: 'alone', hypothesisId: 'a', rating: 'I' },
      ],
    );
    expect(Object.fromEntries(s.rank)).toEqual({ b: 1, a: 2, c: 2 });
    expect([...s.diagnostic]).toEqual(['one']);
  });
});
