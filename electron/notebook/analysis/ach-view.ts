// A stored matrix made into what the contract returns: each quote row with its words, source
// and grade as they are now (or its kept words, marked missing), and the scores.
import type { AchEvidence, AchMatrix, AchMatrixRecord } from '../../../shared/ach';
import type { Reliability } from '../../../shared/grading';
import { scoreAch } from './ach-score';

export interface QuoteNow {
  text: string;
  credibility?: number;
  articleId: string;
  articleTitle: string;
  reliability?: Reliability;
}

/** `quotes`: what each quote row's highlight is now; a highlight not in it is gone. */
export function scoredMatrix(
  record: AchMatrixRecord,
  quotes: ReadonlyMap<string, QuoteNow>,
): AchMatrix {
  const evidence = record.evidence.map((row) => {
    if (!row.highlightId) return { ...row };
    const now = quotes.get(row.highlightId);
    if (!now) return { ...row, credibility: undefined, missing: true };
    return { ...row, ...now };
  });
  const scores = scoreAch(
    record.hypotheses.map((h) => h.id),
    evidence.map((e) => ({ id: e.id, relevance: e.relevance, credibility: e.credibility })),
    record.ratings,
  );
  return {
    id: record.id,
    question: record.question,
    hypotheses: record.hypotheses.map((h) => ({
      ...h,
      inconsistency: scores.inconsistency.get(h.id) ?? 0,
      inconsistencies: scores.inconsistencies.get(h.id) ?? 0,
      rank: scores.rank.get(h.id) ?? 1,
    })),
    evidence: evidence.map((row): AchEvidence => ({
      ...dropUndefined(row),
      weight: scores.weights.get(row.id) ?? 1,
      diagnostic: scores.diagnostic.has(row.id),
    })),
    ratings: record.ratings,
    sensitivity: scores.sensitivity,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
