// The search query language, parsed into a tree: words (all must match), "phrases", prefix*,
// OR (binding looser than AND), AND, NOT, -exclusions, parentheses, and the filters
// tag: colour: outlet: date: kind:. Words are folded exactly as the index folds them.
import type { SearchHitKind } from '../../../shared/search';
import { dateBounds } from './query-dates';
import { QueryError } from './query-error';
import { lex, type FilterField, type Lexeme } from './query-lexer';
import { terms } from './tokenize';

export { QueryError } from './query-error';

export type QueryNode =
  | { type: 'and'; children: QueryNode[] } // >= 2 children
  | { type: 'or'; children: QueryNode[] } // >= 2 children
  | { type: 'not'; child: QueryNode }
  | { type: 'word'; term: string; prefix: boolean } // one folded term
  | { type: 'phrase'; terms: string[] } // folded terms in order, >= 2
  | {
      type: 'filter';
      field: 'tag' | 'colour' | 'outlet' | 'grade' | 'reliability' | 'credibility';
      value: string;
    }
  | { type: 'date'; from?: string; to?: string } // inclusive YYYY-MM-DD bounds
  | { type: 'kind'; kinds: SearchHitKind[] };

export type TextNode = Extract<QueryNode, { type: 'word' | 'phrase' }>;

const KINDS: Record<string, SearchHitKind[]> = {
  article: ['article'],
  articles: ['article'],
  source: ['article'],
  sources: ['article'],
  quote: ['highlight'],
  quotes: ['highlight'],
  highlight: ['highlight'],
  highlights: ['highlight'],
  note: ['articleNote', 'notebookNote'],
  notes: ['articleNote', 'notebookNote'],
  articlenote: ['articleNote'],
  notebooknote: ['notebookNote'],
};
const KIND_LIST =
  'article (or source), quote (or highlight), note, articlenote and notebooknote, several separated by commas as in kind:quote,note';

/** Parses a search query; a QueryError's message says what is wrong and where. */
export function parseQuery(input: string): QueryNode {
  const lexemes = lex(input);
  if (lexemes.length === 0) {
    const how = 'type words, a "phrase in quotes" or a filter such as tag:Actors/TTP';
    throw new QueryError(
      input.trim()
        ? `“${input.trim()}” has nothing to search for: ${how}.`
        : `The search is empty: ${how}.`,
    );
  }
  let at = 0;
  const peek = (): Lexeme | undefined => lexemes[at];
  const ends = (l: Lexeme | undefined) => !l || l.t === 'or' || l.t === 'close' || l.t === 'and';

  // OR binds loosest: a b OR c is (a AND b) OR c.
  const anyOf = (): QueryNode => {
    const parts = [allOf()];
    for (let next = peek(); next?.t === 'or'; next = peek()) {
      at++;
      if (ends(peek())) {
        throw new QueryError(`“${next.raw}” needs something to search for after it.`);
      }
      parts.push(allOf());
    }
    return group('or', parts);
  };

  const allOf = (): QueryNode => {
    const parts: QueryNode[] = [];
    for (let next = peek(); next && next.t !== 'or' && next.t !== 'close'; next = peek()) {
      if (next.t === 'and') {
        at++;
        if (parts.length === 0)
          throw new QueryError('“AND” needs something to search for before it.');
        if (ends(peek())) throw new QueryError('“AND” needs something to search for after it.');
        continue;
      }
      parts.push(unary());
    }
    if (parts.length === 0) {
      const next = peek();
      if (next?.t === 'or') {
        throw new QueryError(`“${next.raw}” needs something to search for before it.`);
      }
      throw new QueryError('There is a “)” with no “(” before it.');
    }
    return group('and', parts);
  };

  const unary = (): QueryNode => {
    const next = peek()!;
    if (next.t !== 'not' && next.t !== 'neg') return primary();
    at++;
    if (ends(peek())) {
      throw new QueryError(
        next.t === 'not'
          ? '“NOT” needs a word, phrase, filter or group after it to leave out.'
          : '“-” needs a word, phrase, filter or group right after it to leave out.',
      );
    }
    const child = unary();
    // NOT NOT x, -(-x): the two cancel.
    return child.type === 'not' ? child.child : { type: 'not', child };
  };

  const primary = (): QueryNode => {
    const next = lexemes[at++]!;
    switch (next.t) {
      case 'open': {
        if (peek()?.t === 'close') {
          throw new QueryError(
            'The parentheses “()” are empty: put words inside them or remove them.',
          );
        }
        if (!peek()) throw new QueryError('There is a “(” with no “)” to close it.');
        const inner = anyOf();
        if (peek()?.t !== 'close') throw new QueryError('There is a “(” with no “)” to close it.');
        at++;
        return inner;
      }
      case 'phrase':
        return phraseNode(next.text);
      case 'filter':
        return filterNode(next.field, next.value);
      case 'word':
        return wordNode(next.text);
      default:
        // allOf and unary stop before every other lexeme.
        throw new QueryError('The query could not be read.');
    }
  };

  const tree = anyOf();
  if (at < lexemes.length) throw new QueryError('There is a “)” with no “(” before it.');
  return tree;
}

function phraseNode(text: string): QueryNode {
  if (text.includes('*')) {
    throw new QueryError(`“${text}”: a * does not work inside quotes, where words match whole.`);
  }
  const words = terms(text);
  if (words.length === 0) {
    throw new QueryError(`The quotes “"${text}"” hold no words to search for.`);
  }
  return words.length === 1
    ? { type: 'word', term: words[0]!, prefix: false }
    : { type: 'phrase', terms: words };
}

function wordNode(text: string): QueryNode {
  const star = text.indexOf('*');
  if (star < 0) {
    // Tehreek-e-Taliban, 日本語, U.S.: one typed word, several index words in a row.
    const words = terms(text);
    return words.length === 1
      ? { type: 'word', term: words[0]!, prefix: false }
      : { type: 'phrase', terms: words };
  }
  if (star !== text.length - 1) {
    throw new QueryError(`“${text}”: a * can only end a word, as in talib*.`);
  }
  const body = text.slice(0, -1);
  const words = terms(body);
  if (words.length > 1) {
    throw new QueryError(`“${text}”: a * can only end a single word, and “${body}” is several.`);
  }
  if (words.length === 0 || [...words[0]!].length < 2) {
    throw new QueryError(`“${text}”: a * needs at least two letters before it, as in talib*.`);
  }
  return { type: 'word', term: words[0]!, prefix: true };
}

function filterNode(field: FilterField, value: string): QueryNode {
  if (field === 'date') return { type: 'date', ...dateBounds(value) };
  if (field === 'kind') return { type: 'kind', kinds: kindsOf(value) };
  return { type: 'filter', field, value };
}

function kindsOf(value: string): SearchHitKind[] {
  const kinds = new Set<SearchHitKind>();
  const parts = value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) {
    throw new QueryError(`“kind:${value}” names no kind. The kinds are ${KIND_LIST}.`);
  }
  for (const part of parts) {
    const found = KINDS[part.toLowerCase()];
    if (!found) throw new QueryError(`“kind:${part}” is not a kind. The kinds are ${KIND_LIST}.`);
    for (const kind of found) kinds.add(kind);
  }
  return [...kinds];
}

/** An and/or of `parts`, nested groups of the same type flattened, a single part as itself. */
function group(type: 'and' | 'or', parts: QueryNode[]): QueryNode {
  const flat = parts.flatMap((p) => (p.type === type ? p.children : [p]));
  return flat.length === 1 ? flat[0]! : { type, children: flat };
}

/** The positive words and phrases of a query (not under a NOT), for marking matches. */
export function positiveTerms(node: QueryNode): TextNode[] {
  const found = new Map<string, TextNode>();
  const walk = (n: QueryNode): void => {
    if (n.type === 'word' || n.type === 'phrase') {
      const key =
        n.type === 'word' ? `w:${n.prefix ? '*' : ''}${n.term}` : `p:${n.terms.join(' ')}`;
      if (!found.has(key)) found.set(key, n);
    } else if (n.type === 'and' || n.type === 'or') n.children.forEach(walk);
  };
  walk(node);
  return [...found.values()];
}
