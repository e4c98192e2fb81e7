// The analysis operations (competing hypotheses, the timeline, entities): part of the one contract.
import { z } from 'zod';
import { AchMatrix, AchRating, Relevance } from './ach';
import { Credibility } from './grading';
import {
  MAX_ACH_ARGUMENT_CHARS,
  MAX_ACH_HYPOTHESIS_CHARS,
  MAX_ACH_QUESTION_CHARS,
  MAX_ENTITY_ALIASES,
  MAX_EXPORT_ARTICLES,
} from './limits';
import { Id } from './model';
import { Text } from './text-field';
import { Entity, EntityKind, EntityName, EntityNetwork } from './entities';
import { EntityPage } from './entity-page';
import { TimelineEvent } from './timeline';
import { ChartData, ChartKind } from './charts';
import { ExportResult } from './export-result';

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
  /** People, organisations and places the sources name, merged across spellings; most mentioned first. */
  'entities.list': { input: z.strictObject({}), output: z.array(Entity) },
  /** One entity (by its name or any alias): every mention, every highlight mentioning it. */
  'entities.get': { input: z.strictObject({ name: EntityName }), output: EntityPage },
  /**
   * What the analyst says of an entity (found by its name or any alias): its other names (which
   * merges what they name into it), its kind, a new name, or that it is no entity at all. An
   * entity left with nothing said is the recogniser's again. Returns every entity.
   */
  'entities.setAliases': {
    input: z.strictObject({
      name: EntityName,
      aliases: z.array(EntityName).max(MAX_ENTITY_ALIASES),
      kind: EntityKind.optional(),
      rename: EntityName.optional(),
      ignored: z.boolean().optional(),
    }),
    output: z.array(Entity),
  },
  /** Entities mentioned in the same paragraphs, the most mentioned `limit` of them. */
  'entities.network': {
    input: z.strictObject({ limit: z.int().min(2).max(200).optional() }),
    output: EntityNetwork,
  },
  /** The figures a chart is drawn from. */
  'charts.data': { input: z.strictObject({ chart: ChartKind }), output: ChartData },
  /** A chart drawn by the host as a file (light theme): SVG, or PNG at twice the size. */
  'charts.render': {
    input: z.strictObject({ chart: ChartKind, format: z.enum(['svg', 'png']) }),
    output: ExportResult,
  },
} as const;
