// An event the sources date: a sentence, the day, month or year it speaks of (resolved against
// the article's own date), and where the sentence stands in the article's text.
import { z } from 'zod';
import { Id } from './ids';

export const DatePrecision = z.enum(['day', 'month', 'year']);
export type DatePrecision = z.infer<typeof DatePrecision>;

export const TimelineEvent = z.object({
  /** YYYY-MM-DD, YYYY-MM or YYYY, as precise as the words are. */
  date: z.string(),
  precision: DatePrecision,
  /** The sentence the date came from. */
  text: z.string(),
  articleId: Id,
  /** UTF-16 offsets of the sentence in the article text. */
  start: z.int().nonnegative(),
  end: z.int().nonnegative(),
  /** The words that gave the date ("in November last year"). */
  phrase: z.string().optional(),
  /** The tags of highlights on the sentence. */
  tagIds: z.array(Id).optional(),
  /** The entities the sentence names. */
  entities: z.array(z.string()).optional(),
  /** Sentences of other sources that seem to tell the same event with a date this one's cannot be. */
  disagrees: z
    .array(z.object({ articleId: Id, date: z.string(), start: z.int().nonnegative() }))
    .optional(),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;
