// Analysis of Competing Hypotheses (Heuer): a question, hypotheses across, evidence down, each
// cell rated CC / C / N / I / II. What is stored, and the matrix as the contract returns it.
import { z } from 'zod';
import { Credibility, Reliability } from './grading';
import { Id, IsoDateTime } from './ids';

export const ACH_RATINGS = ['CC', 'C', 'N', 'I', 'II'] as const;
export const AchRating = z.enum(ACH_RATINGS);
export type AchRating = z.infer<typeof AchRating>;

export const ACH_RATING_MEANINGS: Record<AchRating, string> = {
  CC: 'Very consistent',
  C: 'Consistent',
  N: 'Neutral or not applicable',
  I: 'Inconsistent',
  II: 'Very inconsistent',
};

export const RELEVANCES = ['low', 'medium', 'high'] as const;
export const Relevance = z.enum(RELEVANCES);
export type Relevance = z.infer<typeof Relevance>;

/** A hypothesis as stored. */
export const AchHypothesis = z.object({ id: Id, title: z.string() });

/** A row of evidence as stored: a highlight (its words kept for when it is gone) or an argument. */
export const AchEvidenceRecord = z.object({
  id: Id,
  highlightId: Id.optional(),
  /** The argument as typed, or the quote's words when it was added. */
  text: z.string(),
  relevance: Relevance,
  /** A typed argument's own credibility (a quote's comes from the quote). */
  credibility: Credibility.optional(),
});
export type AchEvidenceRecord = z.infer<typeof AchEvidenceRecord>;

export const AchCell = z.object({ evidenceId: Id, hypothesisId: Id, rating: AchRating });
export type AchCell = z.infer<typeof AchCell>;

/** A matrix as `library.json` keeps it. */
export const AchMatrixRecord = z.object({
  id: Id,
  question: z.string(),
  hypotheses: z.array(AchHypothesis),
  evidence: z.array(AchEvidenceRecord),
  ratings: z.array(AchCell),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type AchMatrixRecord = z.infer<typeof AchMatrixRecord>;

/** A row of evidence as shown: with its source, grade and weight, and whether it discriminates. */
export const AchEvidence = AchEvidenceRecord.extend({
  /** The article a quote is from (absent for an argument, or a quote no longer in the notebook). */
  articleId: Id.optional(),
  articleTitle: z.string().optional(),
  reliability: Reliability.optional(),
  /** The quote was deleted: its words are those it had when added. */
  missing: z.boolean().optional(),
  /** Credibility weight × relevance weight: what one inconsistency of this row counts. */
  weight: z.number(),
  /** Rated differently across the hypotheses, so it helps tell them apart. */
  diagnostic: z.boolean(),
});
export type AchEvidence = z.infer<typeof AchEvidence>;

export const AchMatrix = z.object({
  id: Id,
  question: z.string(),
  hypotheses: z.array(
    AchHypothesis.extend({
      /** Weighted evidence against: the method ranks by this, lowest first. */
      inconsistency: z.number(),
      /** Unweighted count of I and II (II counting two). */
      inconsistencies: z.number(),
      /** 1 for the least inconsistent; ties share a rank. */
      rank: z.int().positive(),
    }),
  ),
  evidence: z.array(AchEvidence),
  ratings: z.array(AchCell),
  /** For each row: the ranking (hypothesis ids, least inconsistent first) without it. */
  sensitivity: z.array(
    z.object({
      evidenceId: Id,
      ranking: z.array(Id),
      /** The hypotheses that would share the lead without it. */
      leaders: z.array(Id),
      /** Some hypothesis' rank differs without this row. */
      changesRanking: z.boolean(),
      /** The least inconsistent hypothesis (or tie) differs without this row. */
      changesLeader: z.boolean(),
    }),
  ),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type AchMatrix = z.infer<typeof AchMatrix>;
