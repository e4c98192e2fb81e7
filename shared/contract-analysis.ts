// The analysis operations (competing hypotheses, the timeline): part of the one contract.
import { z } from 'zod';
import { AchMatrix, AchRating, Relevance } from './ach';
import { Credibility } from './grading';
import {
  MAX_ACH_ARGUMENT_CHARS,
  MAX_ACH_HYPOTHESIS_CHARS,
  MAX_ACH_QUESTION_CHARS,
  MAX_EXPORT_ARTICLES,
} from './limits';
import { Id } from './model';
import { Text } from './text-field';
import { TimelineEvent } from './timeline';

const Question = Text('the question', MAX_ACH_QUESTION_CHARS).refine((q) => q.trim() !== '', {
  message: 'the question is empty',
});
const HypothesisTitle = Text('the hypothesis', MAX_ACH_HYPOTHESIS_CHARS).refine(
  (t) => t.trim() !== '',
  { message: 'the hypothesis is empty' },
);

export const AddEvidence = z
  .strictObject({
    /** A quote as evidence: its words, source and credibility come from the highlight. */
    highlightId: Id.optional(),
    /** A typed argument (or an assumption) as evidence. */
    text: Text('the argument', MAX_ACH_ARGUMENT_CHARS).optional(),
    relevance: Relevance.optional(),
    /** A typed argument's credibility 1–6 (a quote's is its own). */
    credibility: Credibility.optional(),
  })
  .refine((e) => e.highlightId !== undefined || (e.text ?? '').trim() !== '', {
    message: 'evidence is a highlightId or a text',
  })
  .refine((e) => !(e.highlightId && e.text !== undefined), {
    message: 'evidence is a highlightId or a text, not both',
  });

export const analysisContract = {
  /** Every ACH matrix, most recently changed first. */
  'ach.list': { input: z.strictObject({}), output: z.array(AchMatrix) },
  'ach.get': { input: z.strictObject({ id: Id }), output: AchMatrix },
  'ach.create': {
    input: z.strictObject({
      question: Question,
      /** Hypotheses to start with. */
      hypotheses: z.array(HypothesisTitle).max(20).optional(),
    }),
    output: AchMatrix,
  },
  /** One or more changes to a matrix, made together. */
  'ach.update': {
    input: z.strictObject({
      id: Id,
      question: Question.optional(),
      addHypothesis: HypothesisTitle.optional(),
      removeHypothesisId: Id.optional(),
      renameHypothesis: z.strictObject({ id: Id, title: HypothesisTitle }).optional(),
      addEvidence: AddEvidence.optional(),
      removeEvidenceId: Id.optional(),
      /** A row's relevance, a typed argument's words or credibility. */
      editEvidence: z
        .strictObject({
          id: Id,
          relevance: Relevance.optional(),
          text: Text('the argument', MAX_ACH_ARGUMENT_CHARS).optional(),
          credibility: Credibility.nullable().optional(),
        })
        .optional(),
      /** Moves a row of evidence to this place (0 is the top). */
      moveEvidence: z.strictObject({ id: Id, to: z.int().nonnegative() }).optional(),
    }),
    output: AchMatrix,
  },
  /** Rates one cell; a null rating clears it. */
  'ach.rate': {
    input: z.strictObject({
      id: Id,
      evidenceId: Id,
      hypothesisId: Id,
      rating: AchRating.nullable(),
    }),
    output: AchMatrix,
  },
  'ach.delete': { input: z.strictObject({ id: Id }), output: z.object({ id: Id }) },
  /** What the sources say happened, dated against each article's own date, oldest first. */
  'timeline.list': {
    input: z.strictObject({ articleIds: z.array(Id).max(MAX_EXPORT_ARTICLES).optional() }),
    output: z.array(TimelineEvent),
  },
} as const;
