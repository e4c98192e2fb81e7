// Sources that may date the same event differently: sentences of two sources that share enough
// of their telling words and named entities (longer words, neither dates nor words nearly every
// sentence has; as a share of the shorter sentence's) while
// their dates cannot both hold (neither is within the other: 2023-11 holds 2023-11-14, not
// 2022-11).
import type { TimelineEvent } from '../../../shared/timeline';
import { CALENDAR } from './entity-spans';

const MIN_SHARED = 3;
/** Of the shorter sentence's telling words, the share the other must have too. */
const MIN_OVERLAP = 0.35;
/** Words in more than this share of the sentences tell nothing (with enough sentences to say). */
const COMMON_SHARE = 0.5;
/** A word in more sentences than this is not followed to find partners (the pairs stay few). */
const MAX_POSTINGS = 400;

function wordsOf(text: string, entities: readonly string[] = []): Set<string> {
  const out = new Set<string>(entities.map((e) => `\u0000${e}`));
  for (const [w] of text.toLowerCase().matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    if ([...w].length >= 4 && !CALENDAR.has(w)) out.add(w.replace(/['’]s$/u, ''));
  }
  return out;
}

/** Whether two dates can be the same time: one is the other, or within it. */
export const datesAgree = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);

/**
 * For each event, the events of other sources that seem to tell the same thing with a date that
 * disagrees with its own (indices into `events`).
 */
export function dateDisagreements(
  events: readonly Pick<TimelineEvent, 'articleId' | 'date' | 'text' | 'entities'>[],
): number[][] {
  const words = events.map((e) => wordsOf(e.text, e.entities));
  const postings = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const w of set) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  const common = (w: string) =>
    events.length >= 10 && postings.get(w)!.length > events.length * COMMON_SHARE;
  const out: number[][] = events.map(() => []);
  events.forEach((event, i) => {
    const shared = new Map<number, number>();
    for (const w of words[i]!) {
      const list = postings.get(w)!;
      if (common(w) || list.length > MAX_POSTINGS) continue;
      for (const j of list) if (j > i) shared.set(j, (shared.get(j) ?? 0) + 1);
    }
    for (const [j, n] of shared) {
      const other = events[j]!;
      if (other.articleId === event.articleId || datesAgree(event.date, other.date)) continue;
      const telling = (set: Set<string>) => [...set].filter((w) => !common(w)).length;
      const shorter = Math.min(telling(words[i]!), telling(words[j]!));
      if (n >= MIN_SHARED && n / shorter >= MIN_OVERLAP) {
        out[i]!.push(j);
        out[j]!.push(i);
      }
    }
  });
  return out;
}
