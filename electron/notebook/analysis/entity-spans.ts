// From an NLP library's words to named-entity mentions: runs of proper nouns joined into names
// ("Tehreek-e-Taliban Pakistan", "Bank of England"), titles and possessives taken off, each
// mention with votes for its kind from the library's own lexicon and from general English cues
// (a title before a name, a head word such as "Ministry" or "Province", a preposition of place).
import type { EntityKind } from '../../../shared/entities';
import { calendarWords } from '../import/furniture/date-words';

/** A word as an NLP library read it, with UTF-16 offsets into the text. */
export interface Word {
  text: string;
  start: number;
  end: number;
  /** The library takes it for a proper noun. */
  proper: boolean;
  /** What the library's lexicon knows the word as. */
  hint?: EntityKind | 'title' | 'demonym';
  /** The first word of its sentence. */
  sentenceStart: boolean;
  /** A word of a closed class (pronoun, determiner, preposition, auxiliary...): never a name. */
  closed?: boolean;
}

export type KindVotes = Record<EntityKind, number>;

export interface Candidate {
  /** The name without title or possessive, as written. */
  text: string;
  start: number;
  end: number;
  votes: KindVotes;
  /** All capitals ("TTP", "KP"): may stand for a longer name. */
  acronym: boolean;
  /** The words after it in parentheses, when they are an acronym: "Tehreek-e-Taliban Pakistan (TTP)". */
  definesAcronym?: string;
  /** Which paragraph (block) of the text it stands in. */
  paragraph: number;
}

/** Words before a name that say a person follows (several may stand together: "Defence Minister"). */
const TITLE_WORDS = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady king queen prince princess pope sheikh imam mullah ' +
    'maulana judge justice senator sen rep governor gov mayor commander colonel col major maj ' +
    'captain capt sergeant lieutenant lt general gen admiral marshal president premier chancellor ' +
    'minister secretary ambassador spokesman spokeswoman spokesperson chairman chairwoman chair ' +
    'director chief ceo emir caliph cardinal bishop archbishop rabbi father rev reverend saint st ' +
    'prime vice deputy acting former interior foreign defence defense finance home information ' +
    'federal provincial state army attorney opposition leader'
  ).split(' '),
);
/** Of these, the ones that are a title by themselves (the others only qualify one). */
const TITLE_HEADS = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady king queen prince princess pope sheikh imam mullah ' +
    'maulana judge justice senator sen rep governor gov mayor commander colonel col major maj ' +
    'captain capt sergeant lieutenant lt general gen admiral marshal president premier chancellor ' +
    'minister secretary ambassador spokesman spokeswoman spokesperson chairman chairwoman chair ' +
    'director chief ceo emir caliph cardinal bishop archbishop rabbi father rev reverend leader'
  ).split(' '),
);
/** The last word of an organisation's name. */
const ORG_HEADS = new Set(
  (
    'party government ministry department council committee commission agency bank company ' +
    'corporation corp inc ltd llc plc group association university institute college school ' +
    'court parliament assembly senate congress army navy police force forces front movement ' +
    'league union organisation organization foundation fund board office bureau service network ' +
    'news times post tribune journal herald gazette telegraph press media club fc team alliance ' +
    'coalition authority secretariat cabinet brigade brigades militia federation society ' +
    'centre center hospital airlines airways industries holdings partners trust'
  ).split(' '),
);
/** The first word of an organisation's name when "of" follows ("Ministry of Defence"). */
const ORG_LEADS = new Set(
  'ministry department bank university institute college council office bureau board court'.split(
    ' ',
  ),
);
/** The last word of a place's name. */
const PLACE_HEADS = new Set(
  (
    'province district city county valley river mountain mountains sea ocean island islands ' +
    'street road avenue square region state republic kingdom territory territories desert lake ' +
    'bay gulf coast peninsula town village airport port border strait canal'
  ).split(' '),
);
/** Words before a name that place it ("in Kabul", "near Peshawar"). */
const PLACE_PREPOSITIONS = new Set(
  'in at near across into from to outside throughout inside within towards toward'.split(' '),
);
/** Words after a name that make it a speaker ("Haqqani said"). */
const SPEECH_VERBS = new Set(
  'said says told added wrote tweeted stated argued claimed warned noted insisted'.split(' '),
);
/** Small words that may stand inside a name between proper nouns. */
const CONNECTORS = new Set(
  'of de del della da du van von bin ibn al el e ul y la le di'.split(' '),
);

/**
 * English month and weekday names and their short forms, lowercase. English only: the NLP
 * library reads English, where other languages' month names are names ("Mars", "Domingo").
 */
export const CALENDAR: ReadonlySet<string> = calendarWords(['en']);

const UPPER_START = /^\p{Lu}/u;
const ACRONYM = /^\p{Lu}[\p{Lu}\d&]{1,7}$/u;
const POSSESSIVE = /['’]s?$/u;

export function isAcronym(word: string): boolean {
  return ACRONYM.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

const lower = (w: Word | undefined) => (w ? w.text.toLowerCase().replace(/\.$/u, '') : '');

/** Offsets where the text's paragraphs (blocks) start, for numbering a mention's paragraph. */
export function paragraphOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Names in a text read into words. `paragraphStarts` are the offsets where its blocks begin.
 * Words lowercase elsewhere in the text are not names when capitalised only by starting a sentence.
 */
export function candidatesIn(
  text: string,
  words: readonly Word[],
  paragraphStarts: readonly number[] = [0],
  /** What a lexicon knows a whole name as ("Los Angeles": a place). */
  nameHint?: (name: string) => Word['hint'],
): Candidate[] {
  // Where sentences start is read from the text itself (a stop, a line break or the start before
  // a word, quotes and brackets aside), the same for every library.
  words = words.map((w) => ({
    ...w,
    sentenceStart: w.sentenceStart || opensSentence(text, w.start),
  }));
  const lowercaseWords = new Set<string>();
  // Words written with a capital inside a sentence: names, whatever a sentence's first word is.
  const midSentence = new Set<string>();
  for (const w of words) {
    if (!UPPER_START.test(w.text)) lowercaseWords.add(w.text.toLowerCase());
    else if (!w.sentenceStart) midSentence.add(w.text.toLowerCase());
  }
  const context: RunContext = {
    text,
    words,
    lowercaseWords,
    midSentence,
    paragraphStarts,
    nameHint,
  };

  // A proper noun, or any capitalised open-class word inside a sentence: "The Express Tribune"
  // even when the tagger took "Express" for a verb.
  const nameWord = (w: Word) =>
    UPPER_START.test(w.text) && (w.proper || (!w.closed && !w.sentenceStart && w.text.length > 1));
  const glued = (a: Word, b: Word) => a.end === b.start || text.slice(a.end, b.start) === '-';
  // Only a space (or a hyphen inside a word) may stand between the words of one name.
  // "Pacific Gas & Electric"; a possessive ends a name ("NASA's Goddard Space Flight Center").
  const joinable = (a: Word, b: Word) =>
    !/['’]s?$/u.test(text.slice(a.start, b.start).trimEnd()) &&
    (glued(a, b) || /^[ \u00a0]+(?:&[ \u00a0]+)?$/u.test(text.slice(a.end, b.start)));

  const out: Candidate[] = [];
  let i = 0;
  while (i < words.length) {
    if (!nameWord(words[i]!)) {
      i += 1;
      continue;
    }
    let j = i;
    for (;;) {
      const next = words[j + 1];
      if (next && nameWord(next) && joinable(words[j]!, next)) {
        j += 1;
        continue;
      }
      // A connector between two name words: "Bank of England", "Tehreek-e-Taliban".
      const after = words[j + 2];
      if (
        next &&
        after &&
        CONNECTORS.has(next.text.toLowerCase()) &&
        joinable(words[j]!, next) &&
        joinable(next, after) &&
        nameWord(after) &&
        (next.text.toLowerCase() !== 'of' || !glued(words[j]!, next))
      ) {
        j += 2;
        continue;
      }
      break;
    }
    // A title inside the run ("US President Donald Trump", "Foreign Minister Ayman Safadi"):
    // what stands before it is a name of its own, the title goes with the person after it.
    let from = i;
    for (let k = i + 1; k < j; k += 1) {
      if (!TITLE_HEADS.has(lower(words[k])) || TITLE_WORDS.has(lower(words[k - 1]))) continue;
      let prefixEnd = k - 1;
      while (prefixEnd >= from && TITLE_WORDS.has(lower(words[prefixEnd]))) prefixEnd -= 1;
      if (prefixEnd >= from) {
        const prefix = fromRun(context, from, prefixEnd);
        if (prefix) out.push(prefix);
      }
      from = prefixEnd + 1;
    }
    const candidate = fromRun(context, from, j);
    if (candidate) out.push(candidate);
    i = j + 1;
  }
  markAcronymDefinitions(text, out);
  return out;
}

function opensSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[\s"“‘'([«—–-]/u.test(text[i]!) && text[i] !== '\n') i -= 1;
  return i < 0 || /[.!?:\n…]/u.test(text[i]!);
}

interface RunContext {
  text: string;
  words: readonly Word[];
  lowercaseWords: ReadonlySet<string>;
  midSentence: ReadonlySet<string>;
  paragraphStarts: readonly number[];
  nameHint?: (name: string) => Word['hint'];
}

function fromRun(
  { text, words, lowercaseWords, midSentence, paragraphStarts, nameHint }: RunContext,
  first: number,
  last: number,
): Candidate | null {
  const votes: KindVotes = { person: 0, organization: 0, place: 0 };
  let from = first;
  // "The Express Tribune": the article is not part of the name.
  if (lower(words[from]) === 'the' && from < last) from += 1;
  // Titles before a name make it a person's; a title alone is no name.
  let titled = false;
  let k = from;
  while (k <= last) {
    if (TITLE_WORDS.has(lower(words[k]))) {
      if (TITLE_HEADS.has(lower(words[k])) || words[k]!.hint === 'title') titled = true;
      k += 1;
    } else if (
      titled &&
      lower(words[k]) === 'of' &&
      k + 2 <= last &&
      TITLE_WORDS.has(lower(words[k + 1]))
    ) {
      k += 2;
    } else break;
  }
  if (titled) {
    if (k > last) return null;
    from = k;
    votes.person += 3;
  } else if (words[from]!.hint === 'title' && from < last) {
    from += 1;
    votes.person += 3;
  }
  // A title just before the run ("the general Asim Munir", "Mr. Khan").
  if (!titled && from === first && first > 0 && TITLE_HEADS.has(lower(words[first - 1])))
    votes.person += 2;

  const run = words.slice(from, last + 1);
  const start = run[0]!.start;
  let end = run[run.length - 1]!.end;
  let surface = text.slice(start, end);
  const possessive = POSSESSIVE.exec(surface);
  if (possessive && surface.length > possessive[0].length) {
    end -= possessive[0].length;
    surface = text.slice(start, end);
  }
  surface = surface.replace(/[.,;:]+$/u, '');
  end = start + surface.length;
  if (surface.length < 2) return null;

  const plain = run.map((w) => w.text.toLowerCase().replace(POSSESSIVE, '').replace(/\.$/u, ''));
  if (plain.every((w) => CALENDAR.has(w) || CONNECTORS.has(w))) return null;
  const single = run.length === 1;
  if (single && run[0]!.hint === 'demonym') return null;
  // Capitalised only because it starts a sentence, and written lowercase elsewhere.
  if (single && run[0]!.sentenceStart && lowercaseWords.has(plain[0]!)) return null;
  // A lone capitalised word opening a sentence, with nothing else saying it is a name: neither a
  // lexicon nor the same word capitalised inside another sentence.
  if (single && run[0]!.sentenceStart && !run[0]!.hint && !isAcronym(surface)) {
    if (!midSentence.has(run[0]!.text.toLowerCase())) return null;
  }

  for (const w of run) {
    if (w.hint === 'person') votes.person += 2;
    else if (w.hint === 'place') votes.place += 2;
    else if (w.hint === 'organization') votes.organization += 2;
  }
  const whole = nameHint?.(surface);
  if (whole === 'person' || whole === 'place' || whole === 'organization') votes[whole] += 3;
  // A name that starts with a people's name is a group's, not a person's ("Afghan Taliban").
  if (!single && run[0]!.hint === 'demonym') votes.organization += 2;
  const head = plain[plain.length - 1]!;
  if (ORG_HEADS.has(head)) votes.organization += 3;
  if (PLACE_HEADS.has(head)) votes.place += 3;
  if (plain.length > 2 && ORG_LEADS.has(plain[0]!) && plain[1] === 'of') votes.organization += 3;
  const acronym = isAcronym(surface);
  if (acronym) votes.organization += 1;
  const before = words[first - 1];
  if (before && PLACE_PREPOSITIONS.has(before.text.toLowerCase())) votes.place += 1;
  // "the southern districts of Khyber-Pakhtunkhwa", "the city of Lahore".
  const twoBefore = lower(words[first - 2]).replace(/s$/u, '');
  if (lower(before) === 'of' && PLACE_HEADS.has(twoBefore)) votes.place += 3;
  const after = words[last + 1];
  const afterNext = words[last + 2];
  if (
    (after && SPEECH_VERBS.has(after.text.toLowerCase())) ||
    (after?.text === ',' && afterNext && SPEECH_VERBS.has(afterNext.text.toLowerCase()))
  )
    votes.person += 1;

  return {
    text: surface,
    start,
    end,
    votes,
    acronym,
    paragraph: paragraphOf(paragraphStarts, start),
  };
}

/** "Tehreek-e-Taliban Pakistan (TTP)": the long name defines the acronym in parentheses after it. */
function markAcronymDefinitions(text: string, candidates: Candidate[]): void {
  for (let c = 0; c + 1 < candidates.length; c += 1) {
    const long = candidates[c]!;
    const short = candidates[c + 1]!;
    if (!short.acronym || long.acronym) continue;
    if (!/^\s*\($/u.test(text.slice(long.end, short.start))) continue;
    if (text[short.end] !== ')') continue;
    long.definesAcronym = short.text;
  }
}
