// Cuts a search query into its pieces: parentheses, OR/AND/NOT, exclusions, "phrases",
// filters (name:value) and bare words. Quoting and filter syntax errors are raised here.
import { QueryError } from './query-error';
import { terms } from './tokenize';

export type FilterField =
  'tag' | 'colour' | 'outlet' | 'date' | 'kind' | 'grade' | 'reliability' | 'credibility';

export type Lexeme =
  | { t: 'open' }
  | { t: 'close' }
  | { t: 'or'; raw: string }
  | { t: 'and' }
  | { t: 'not' }
  | { t: 'neg' }
  | { t: 'phrase'; text: string }
  | { t: 'filter'; field: FilterField; value: string }
  | { t: 'word'; text: string };

export const FIELDS: Record<string, FilterField> = {
  tag: 'tag',
  colour: 'colour',
  color: 'colour',
  outlet: 'outlet',
  source: 'outlet',
  date: 'date',
  kind: 'kind',
  grade: 'grade',
  reliability: 'reliability',
  credibility: 'credibility',
};
export const FILTER_LIST =
  'tag:, colour: (or color:), outlet: (or source:), date:, kind:, grade:, reliability: and credibility:';
const EXAMPLES: Record<FilterField, string> = {
  tag: 'tag:Actors/TTP',
  colour: 'colour:yellow',
  outlet: 'outlet:Dawn',
  date: 'date:2024-06',
  kind: 'kind:quote',
  grade: 'grade:B2',
  reliability: 'reliability:<=B',
  credibility: 'credibility:<=2',
};

/** Straight and curly quotation marks, any of which opens or closes a quoted part. */
const QUOTES = '"“”„';
const isQuote = (c: string | undefined) => c !== undefined && QUOTES.includes(c);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);
/** Where a bare word ends. */
const ENDS_WORD = /[\s()|"“”„]/;
const FILTER_NAME = /[A-Za-z]+:/y;
const KEYWORDS: Record<string, Lexeme> = {
  OR: { t: 'or', raw: 'OR' },
  AND: { t: 'and' },
  NOT: { t: 'not' },
};

export function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;

  /** The text between the quote at `i` and the next one; `i` moves past the closing quote. */
  const quoted = (): string => {
    const close = [...QUOTES].reduce((best, q) => {
      const at = input.indexOf(q, i + 1);
      return at >= 0 && (best < 0 || at < best) ? at : best;
    }, -1);
    if (close < 0) {
      const rest = input.slice(i + 1).trim();
      throw new QueryError(
        rest
          ? `The opening quote before “${rest.length > 30 ? `${rest.slice(0, 30)}…` : rest}” is never closed: add the closing quotation mark.`
          : 'The quote at the end of the query is never closed: add the closing quotation mark or remove it.',
      );
    }
    const text = input.slice(i + 1, close);
    i = close + 1;
    return text;
  };

  /** A filter, bare word or keyword starting at `i`; null for a word of punctuation only. */
  const chunk = (keywords: boolean): Lexeme | null => {
    FILTER_NAME.lastIndex = i;
    const name = FILTER_NAME.exec(input)?.[0].slice(0, -1);
    // name://… is an address, not a filter.
    if (name !== undefined && !input.startsWith('//', i + name.length + 1)) {
      const after = i + name.length + 1;
      const field = FIELDS[name.toLowerCase()];
      const next = input[after];
      if (field) {
        i = after;
        let value: string;
        if (isQuote(next)) value = quoted();
        else {
          while (i < input.length && !/[\s)]/.test(input[i]!)) i++;
          value = input.slice(after, i);
        }
        value = value.trim();
        if (!value) {
          throw new QueryError(
            `The filter “${name}:” needs a value after the colon, as in ${EXAMPLES[field]}.`,
          );
        }
        return { t: 'filter', field, value };
      }
      // "Note:" before a space is a word with a colon; "foo:bar" looks like a filter.
      if (next !== undefined && !isSpace(next) && next !== ')') {
        throw new QueryError(
          `“${name}:” is not a filter. The filters are ${FILTER_LIST}; to search for “${input.slice(i).split(/[\s)]/)[0]}” as words, put it in quotes.`,
        );
      }
    }
    const start = i;
    while (i < input.length && !ENDS_WORD.test(input[i]!)) i++;
    const text = input.slice(start, i);
    if (keywords && KEYWORDS[text]) return KEYWORDS[text];
    // A lone dash or other punctuation between words says nothing to search for.
    if (!text.includes('*') && terms(text).length === 0) return null;
    return { t: 'word', text };
  };

  while (i < input.length) {
    const c = input[i]!;
    if (isSpace(c)) i++;
    else if (c === '(' || c === ')') {
      out.push({ t: c === '(' ? 'open' : 'close' });
      i++;
    } else if (c === '|') {
      out.push({ t: 'or', raw: '|' });
      i++;
    } else if (isQuote(c)) {
      out.push({ t: 'phrase', text: quoted() });
    } else if (c === '-') {
      const next = input[i + 1];
      if (next === undefined || next === ')' || next === '|') {
        throw new QueryError(
          '“-” needs a word, phrase, filter or group right after it (no space) to leave out, as in -Karachi.',
        );
      }
      i++;
      if (isSpace(next)) continue; // a dash between words
      if (next === '(' || isQuote(next)) {
        out.push({ t: 'neg' });
        continue;
      }
      // After "-", OR/AND/NOT are words to leave out; "-–" is punctuation, dropped whole.
      const excluded = chunk(false);
      if (excluded) out.push({ t: 'neg' }, excluded);
    } else {
      const lexeme = chunk(true);
      if (lexeme) out.push(lexeme);
    }
  }
  return out;
}
