// The scores of an ACH matrix, as Heuer's method and PARC's ACH tool define them: a hypothesis is
// ranked by the weighted evidence against it (I counts 1, II counts 2; C, CC and N count 0), each
// row weighted by its credibility and relevance (low 1/√2, medium 1, high √2).
import type { AchCell, AchRating, Relevance } from '../../../shared/ach';

const LOW = Math.SQRT1_2;
const HIGH = Math.SQRT2;

const AGAINST: Record<AchRating, number> = { CC: 0, C: 0, N: 0, I: 1, II: 2 };
const RELEVANCE_WEIGHT: Record<Relevance, number> = { low: LOW, medium: 1, high: HIGH };

/**
 * A quote's credibility (Admiralty 1–6) as the method's low / medium / high: confirmed or
 * probably true is high, doubtful or improbable is low, possibly true or not judged is medium.
 */
export function credibilityWeight(credibility: number | undefined): number {
  if (credibility === 1 || credibility === 2) return HIGH;
  if (credibility === 4 || credibility === 5) return LOW;
  return 1;
}

export interface ScoredRow {
  id: string;
  credibility?: number;
  relevance: Relevance;
}

export interface AchScores {
  weights: Map<string, number>;
  /** Weighted inconsistency per hypothesis. */
  inconsistency: Map<string, number>;
  /** Unweighted: the number of I, II counting two. */
  inconsistencies: Map<string, number>;
  /** 1 for the least inconsistent; equal scores share a rank. */
  rank: Map<string, number>;
  diagnostic: Set<string>;
  sensitivity: Array<{
    evidenceId: string;
    ranking: string[];
    /** The hypotheses that would share the lead (least inconsistent) without this row. */
    leaders: string[];
    changesRanking: boolean;
    changesLeader: boolean;
  }>;
}

/** Scores are kept to 1/1000: √2 × √2 should read 2, not 2.0000000000000004. */
const tidy = (n: number) => Math.round(n * 1000) / 1000;

export const rowWeight = (row: ScoredRow) =>
  tidy(credibilityWeight(row.credibility) * RELEVANCE_WEIGHT[row.relevance]);

export function scoreAch(
  hypothesisIds: readonly string[],
  rows: readonly ScoredRow[],
  cells: readonly AchCell[],
): AchScores {
  const weights = new Map(rows.map((row) => [row.id, rowWeight(row)]));
  const ratingsOf = new Map<string, AchCell[]>();
  for (const cell of cells) {
    ratingsOf.set(cell.evidenceId, [...(ratingsOf.get(cell.evidenceId) ?? []), cell]);
  }

  const against = (skip?: string) => {
    const score = new Map(hypothesisIds.map((h) => [h, 0]));
    for (const cell of cells) {
      if (cell.evidenceId === skip || !score.has(cell.hypothesisId)) continue;
      const weight = weights.get(cell.evidenceId);
      if (weight === undefined) continue;
      score.set(cell.hypothesisId, score.get(cell.hypothesisId)! + weight * AGAINST[cell.rating]);
    }
    return new Map([...score].map(([h, s]) => [h, tidy(s)]));
  };

  const inconsistency = against();
  const inconsistencies = new Map(hypothesisIds.map((h) => [h, 0]));
  for (const cell of cells) {
    if (weights.has(cell.evidenceId) && inconsistencies.has(cell.hypothesisId)) {
      inconsistencies.set(
        cell.hypothesisId,
        inconsistencies.get(cell.hypothesisId)! + AGAINST[cell.rating],
      );
    }
  }

  const ranking = rankingOf(hypothesisIds, inconsistency);
  const rank = ranks(ranking, inconsistency);
  const leaders = (order: string[], scores: Map<string, number>) =>
    order.filter((h) => scores.get(h) === scores.get(order[0]!));
  const key = (ids: string[]) => [...ids].sort().join();

  const diagnostic = new Set<string>();
  for (const row of rows) {
    const rated = (ratingsOf.get(row.id) ?? []).filter((c) =>
      hypothesisIds.includes(c.hypothesisId),
    );
    if (rated.length >= 2 && new Set(rated.map((c) => c.rating)).size > 1) diagnostic.add(row.id);
  }

  const fullLeaders = hypothesisIds.length ? key(leaders(ranking, inconsistency)) : '';
  const sensitivity = rows.map((row) => {
    const without = against(row.id);
    const order = rankingOf(hypothesisIds, without);
    const lead = hypothesisIds.length ? leaders(order, without) : [];
    return {
      evidenceId: row.id,
      ranking: order,
      leaders: lead,
      changesRanking: !sameRanks(ranks(order, without), rank),
      changesLeader: hypothesisIds.length > 0 && key(lead) !== fullLeaders,
    };
  });

  return { weights, inconsistency, inconsistencies, rank, diagnostic, sensitivity };
}

/** Least inconsistent first; equal scores keep the matrix's order. */
function rankingOf(ids: readonly string[], scores: Map<string, number>): string[] {
  return [...ids].sort((a, b) => scores.get(a)! - scores.get(b)!);
}

function ranks(order: readonly string[], scores: Map<string, number>): Map<string, number> {
  const rank = new Map<string, number>();
  order.forEach((h, i) => {
    const previous = order[i - 1];
    rank.set(
      h,
      previous !== undefined && scores.get(previous) === scores.get(h)
        ? rank.get(previous)!
        : i + 1,
    );
  });
  return rank;
}

function sameRanks(a: Map<string, number>, b: Map<string, number>): boolean {
  return [...a].every(([h, r]) => b.get(h) === r);
}
