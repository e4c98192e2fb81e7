// The charts of the notebook: what each shows and the figures it is drawn from, the same for the
// Charts view and for a brief that draws one where a note holds `[[chart:<kind>]]`.
import { z } from 'zod';
import { EntityNetwork } from './entities';
import { DatePrecision } from './timeline';

export const ChartKind = z.enum([
  'tags',
  'tag-matrix',
  'sources',
  'highlights-time',
  'timeline',
  'entities',
]);
export type ChartKind = z.infer<typeof ChartKind>;

export const CHART_TITLES: Record<ChartKind, string> = {
  tags: 'Tag frequency',
  'tag-matrix': 'Tags coded together',
  sources: 'Sources by outlet and reliability',
  'highlights-time': 'Highlights over time',
  timeline: 'What the sources date',
  entities: 'Entities named together',
};

export const ChartData = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('tags'),
    /** Most used first: highlights carrying the tag or a tag below it. */
    tags: z.array(z.object({ name: z.string(), color: z.string(), count: z.int() })),
  }),
  z.object({
    kind: z.literal('tag-matrix'),
    tags: z.array(z.string()),
    /** counts[i][j]: highlights carrying both tags (on the diagonal: carrying the tag). */
    counts: z.array(z.array(z.int())),
  }),
  z.object({
    kind: z.literal('sources'),
    outlets: z.array(z.string()),
    /** A–F, then "Ungraded". */
    grades: z.array(z.string()),
    /** counts[g][o]: sources of outlet o graded g. */
    counts: z.array(z.array(z.int())),
  }),
  z.object({
    kind: z.literal('highlights-time'),
    /** YYYY-MM, every month from the first to the last. */
    months: z.array(z.string()),
    /** Highlights in sources dated that month. */
    highlights: z.array(z.int()),
    /** Sources dated that month. */
    sources: z.array(z.int()),
  }),
  z.object({
    kind: z.literal('timeline'),
    sources: z.array(z.string()),
    events: z.array(
      z.object({
        date: z.string(),
        precision: DatePrecision,
        /** Index into `sources`. */
        source: z.int(),
        text: z.string(),
      }),
    ),
  }),
  z.object({ kind: z.literal('entities'), network: EntityNetwork }),
]);
export type ChartData = z.infer<typeof ChartData>;
