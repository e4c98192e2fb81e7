// Reading a text into words for entity recognition: wink-nlp tags the parts of speech (which
// words are proper nouns), compromise's lexicon says what kind of name a word is (people's first
// names, countries, cities, organisations). scripts/bench/entities.ts measures this against
// compromise's own parser and wink-nlp alone: as good as the parser, about ten times faster.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isAcronym, type Word } from './entity-spans';

/** Parts of speech that are never a name, even capitalised ("He", "Over", "Critically"). */
export const NOT_NAMES = [
  'Pronoun',
  'Determiner',
  'Conjunction',
  'Preposition',
  'Adverb',
  'Value',
  'Contraction',
];

export function hintOf(tags: readonly string[]): Word['hint'] {
  const has = (t: string) => tags.includes(t);
  if (has('Honorific')) return 'title';
  if (has('Demonym')) return 'demonym';
  if (has('Person') || has('FirstName') || has('LastName')) return 'person';
  if (has('Place') || has('Country') || has('City') || has('Region')) return 'place';
  if (has('Organization')) return 'organization';
  return undefined;
}

let lexicon: Map<string, string[]> | undefined;

/** compromise's lexicon alone (no parsing): each word's tags with the tags above them. */
function lexiconTags(word: string): readonly string[] {
  if (!lexicon) {
    const model = nlp.model() as {
      one: {
        lexicon: Record<string, string | string[]>;
        tagSet: Record<string, { parents?: string[] }>;
      };
    };
    lexicon = new Map();
    for (const [w, tag] of Object.entries(model.one.lexicon)) {
      const tags = Array.isArray(tag) ? tag : [tag];
      lexicon.set(w, [
        ...new Set(tags.flatMap((t) => [t, ...(model.one.tagSet[t]?.parents ?? [])])),
      ]);
    }
  }
  return (
    lexicon.get(
      word
        .toLowerCase()
        .replace(/['’]s$/u, '')
        .replace(/\.$/u, ''),
    ) ?? []
  );
}

/** What compromise's lexicon knows a whole name as ("Los Angeles", "United Nations"). */
export function lexiconNameHint(name: string): Word['hint'] {
  return hintOf(lexiconTags(name));
}

let wink: ReturnType<typeof winkNLP> | undefined;
/** Universal parts of speech of closed classes, which never make a name. */
const CLOSED = new Set([
  'PRON',
  'DET',
  'AUX',
  'ADP',
  'CCONJ',
  'SCONJ',
  'PART',
  'NUM',
  'SYM',
  'INTJ',
]);

/** wink-nlp's parts of speech, with compromise's lexicon for what kind of name a word is. */
export function winkLexiconWords(text: string): Word[] {
  return winkWords(text).map((w) => {
    if (!w.proper) return w;
    const tags = lexiconTags(w.text);
    if (NOT_NAMES.some((t) => tags.includes(t)) && !/^\p{Lu}{2,}$/u.test(w.text))
      return { ...w, proper: false, closed: true };
    const hint = hintOf(tags);
    return hint ? { ...w, hint } : w;
  });
}

export function winkWords(text: string): Word[] {
  wink ??= winkNLP(model);
  const { its } = wink;
  const doc = wink.readDoc(text);
  const words: Word[] = [];
  let cursor = 0;
  doc
    .sentences()
    .each(
      (sentence: { tokens(): { each(f: (t: { out(k?: unknown): unknown }) => void): void } }) => {
        let first = true;
        sentence.tokens().each((token) => {
          const value = token.out() as string;
          const at = text.indexOf(value, cursor);
          if (at < 0) return;
          cursor = at + value.length;
          const pos = token.out(its.pos) as string;
          if (pos === 'PUNCT' && value !== '-') {
            words.push({
              text: value,
              start: at,
              end: cursor,
              proper: false,
              sentenceStart: false,
            });
            first = false;
            return;
          }
          // Hyphens and possessive endings are left out: the text between two words tells whether
          // they are glued into one name.
          if (value === '-' || (pos === 'PART' && /^['’]s?$/u.test(value))) return;
          words.push({
            text: value,
            start: at,
            end: cursor,
            // An acronym is a name whatever the tagger guessed ("NA" is not "gonna"'s "na").
            proper: pos === 'PROPN' || (isAcronym(value) && !['PRON', 'DET', 'AUX'].includes(pos)),
            closed: CLOSED.has(pos),
            sentenceStart: first,
          });
          first = false;
        });
      },
    );
  return words;
}
