// Source and information grading on the Admiralty (NATO) system: a source's reliability A–F,
// a piece of information's credibility 1–6, shown together as a grade such as "B2".
import { z } from 'zod';

export const RELIABILITIES = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const Reliability = z.enum(RELIABILITIES);
export type Reliability = z.infer<typeof Reliability>;

export const CREDIBILITIES = [1, 2, 3, 4, 5, 6] as const;
export const Credibility = z.int().min(1, 'credibility is 1 to 6').max(6, 'credibility is 1 to 6');
export type Credibility = 1 | 2 | 3 | 4 | 5 | 6;

export const RELIABILITY_MEANINGS: Record<Reliability, string> = {
  A: 'Completely reliable',
  B: 'Usually reliable',
  C: 'Fairly reliable',
  D: 'Not usually reliable',
  E: 'Unreliable',
  F: 'Reliability cannot be judged',
};

export const CREDIBILITY_MEANINGS: Record<Credibility, string> = {
  1: 'Confirmed by other sources',
  2: 'Probably true',
  3: 'Possibly true',
  4: 'Doubtful',
  5: 'Improbable',
  6: 'Truth cannot be judged',
};

/**
 * The grade of a quote from its source's reliability and its own credibility ("B2"); a part not
 * yet graded is a dash ("B–", "–3"); nothing at all when neither is graded.
 */
export function gradeOf(reliability?: Reliability, credibility?: number): string | null {
  if (!reliability && !credibility) return null;
  return `${reliability ?? '–'}${credibility ?? '–'}`;
}

/** The grade in words, for a title or an export: "B2: usually reliable source; probably true". */
export function gradeInWords(reliability?: Reliability, credibility?: number): string | null {
  const grade = gradeOf(reliability, credibility);
  if (!grade) return null;
  const source = reliability
    ? `${RELIABILITY_MEANINGS[reliability].toLowerCase()} source`
    : 'source not graded';
  const information = credibility
    ? CREDIBILITY_MEANINGS[credibility as Credibility].toLowerCase()
    : 'information not graded';
  return `${grade}: ${source}; ${information}`;
}
