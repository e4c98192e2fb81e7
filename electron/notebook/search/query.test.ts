// The search query language: operators and their precedence, phrases, prefixes, filters, dates
// and kinds, the tree's normal form, and an error naming the problem for each malformed query.
import { describe, expect, it } from 'vitest';
import { parseQuery, positiveTerms, QueryError, type QueryNode } from './query';
import { fold } from './tokenize';

const w = (term: string, prefix = false): QueryNode => ({ type: 'word', term, prefix });
const p = (...terms: string[]): QueryNode => ({ type: 'phrase', terms });
const and = (...children: QueryNode[]): QueryNode => ({ type: 'and', children });
const or = (...children: QueryNode[]): QueryNode => ({ type: 'or', children });
const not = (child: QueryNode): QueryNode => ({ type: 'not', child });

/** The message parseQuery fails with (and that it fails with a QueryError). */
function failure(query: string): string {
  try {
    parseQuery(query);
  } catch (error) {
    expect(error).toBeInstanceOf(QueryError);
    return (error as Error).message;
  }
  throw new Error(`${query} parsed without an error`);
}

describe('parseQuery: words and operators', () => {
  it('returns a lone word as itself, folded', () => {
    expect(parseQuery('Taliban')).toEqual(w('taliban'));
    expect(parseQuery('  Müller  ')).toEqual(w('muller'));
  });

  it('ANDs words separated by spaces, and AND means the same', () => {
    expect(parseQuery('TTP talks')).toEqual(and(w('ttp'), w('talks')));
    expect(parseQuery('TTP AND talks')).toEqual(parseQuery('TTP talks'));
  });

  it('gives OR (and |) a lower precedence than AND', () => {
    expect(parseQuery('a b OR c')).toEqual(or(and(w('a'), w('b')), w('c')));
    expect(parseQuery('a OR b c')).toEqual(or(w('a'), and(w('b'), w('c'))));
    expect(parseQuery('a | b')).toEqual(or(w('a'), w('b')));
    expect(parseQuery('a|b')).toEqual(or(w('a'), w('b')));
  });

  it('groups with parentheses', () => {
    expect(parseQuery('a (b OR c)')).toEqual(and(w('a'), or(w('b'), w('c'))));
    expect(parseQuery('(a OR b) (c OR d)')).toEqual(and(or(w('a'), w('b')), or(w('c'), w('d'))));
    expect(parseQuery('((a))')).toEqual(w('a'));
  });

  it('flattens nested groups of the same kind', () => {
    expect(parseQuery('a (b c) d')).toEqual(and(w('a'), w('b'), w('c'), w('d')));
    expect(parseQuery('a OR (b OR c) OR d')).toEqual(or(w('a'), w('b'), w('c'), w('d')));
    expect(parseQuery('(a (b (c OR (d OR e))))')).toEqual(
      and(w('a'), w('b'), or(w('c'), w('d'), w('e'))),
    );
  });

  it('reads lower-case and, or, not as words', () => {
    expect(parseQuery('war and peace or not')).toEqual(
      and(w('war'), w('and'), w('peace'), w('or'), w('not')),
    );
  });

  it('negates with -word, -"phrase", -filter, -(group) and NOT', () => {
    expect(parseQuery('talks -Karachi')).toEqual(and(w('talks'), not(w('karachi'))));
    expect(parseQuery('talks -"peace deal"')).toEqual(and(w('talks'), not(p('peace', 'deal'))));
    expect(parseQuery('talks -tag:Actors/TTP')).toEqual(
      and(w('talks'), not({ type: 'filter', field: 'tag', value: 'Actors/TTP' })),
    );
    expect(parseQuery('talks -(a OR b)')).toEqual(and(w('talks'), not(or(w('a'), w('b')))));
    expect(parseQuery('talks NOT Karachi')).toEqual(parseQuery('talks -Karachi'));
    expect(parseQuery('NOT (a b)')).toEqual(not(and(w('a'), w('b'))));
    expect(parseQuery('-OR')).toEqual(not(w('or')));
  });

  it('cancels a double negation', () => {
    expect(parseQuery('NOT -a')).toEqual(w('a'));
    expect(parseQuery('b NOT NOT NOT a')).toEqual(and(w('b'), not(w('a'))));
  });

  it('drops a word of only punctuation', () => {
    expect(parseQuery('Peshawar - Kabul')).toEqual(and(w('peshawar'), w('kabul')));
    expect(parseQuery('Peshawar – Kabul … ')).toEqual(and(w('peshawar'), w('kabul')));
    expect(parseQuery('a -– b')).toEqual(and(w('a'), w('b')));
  });
});

describe('parseQuery: phrases and joined words', () => {
  it('makes a quoted phrase, with straight or curly quotes', () => {
    expect(parseQuery('"peace talks"')).toEqual(p('peace', 'talks'));
    expect(parseQuery('“Peace Talks”')).toEqual(p('peace', 'talks'));
    expect(parseQuery('”peace talks“')).toEqual(p('peace', 'talks'));
    expect(parseQuery('a "b c" d')).toEqual(and(w('a'), p('b', 'c'), w('d')));
  });

  it('makes a one-word phrase a word', () => {
    expect(parseQuery('"Taliban"')).toEqual(w('taliban'));
    expect(parseQuery('" Taliban. "')).toEqual(w('taliban'));
  });

  it('makes a bare word of several terms a phrase', () => {
    expect(parseQuery('Tehreek-e-Taliban')).toEqual(p('tehreek', 'e', 'taliban'));
    expect(parseQuery('U.S.')).toEqual(p('u', 's'));
    expect(parseQuery('TTP’s')).toEqual(p('ttp', 's'));
    expect(parseQuery('10:30')).toEqual(p('10', '30'));
    const japanese = parseQuery('東京タワーに');
    expect(japanese).toEqual(p('東京タワー', 'に'));
  });

  it('keeps quoted text with colons, such as an address, as words', () => {
    expect(parseQuery('"https://dawn.com"')).toEqual(p('https', 'dawn', 'com'));
    expect(parseQuery('https://dawn.com')).toEqual(p('https', 'dawn', 'com'));
    expect(parseQuery('Note: ceasefire')).toEqual(and(w('note'), w('ceasefire')));
  });

  it('folds Urdu, Arabic and Persian words as the index does', () => {
    expect(parseQuery('عربي')).toEqual(w('عربی'));
    expect(parseQuery('كتاب')).toEqual(parseQuery('کتاب'));
    expect(parseQuery('كِتَابٌ')).toEqual(w(fold('کتاب')));
    expect(parseQuery('"ٹی ٹی پی"')).toEqual(p('ٹی', 'ٹی', 'پی'));
    expect(parseQuery('می‌خواهم')).toEqual(w('میخواهم'));
    expect(parseQuery('پاکستان OR باكستان')).toEqual(or(w('پاکستان'), w('باکستان')));
  });
});

describe('parseQuery: prefixes', () => {
  it('makes word* a prefix word', () => {
    expect(parseQuery('talib*')).toEqual(w('talib', true));
    expect(parseQuery('Talib* -talibani')).toEqual(and(w('talib', true), not(w('talibani'))));
    expect(parseQuery('پاک*')).toEqual(w('پاک', true));
  });

  it('refuses a * anywhere but the end of a word of two letters or more', () => {
    expect(failure('t*')).toMatch(/“t\*”.*at least two letters/);
    expect(failure('*')).toMatch(/at least two letters/);
    expect(failure('ta*ib')).toMatch(/“ta\*ib”.*only end a word/);
    expect(failure('*ban')).toMatch(/only end a word/);
    expect(failure('Tehreek-e-Tal*')).toMatch(/“Tehreek-e-Tal\*”.*single word/);
    expect(failure('"talib*"')).toMatch(/inside quotes/);
  });
});

describe('parseQuery: filters', () => {
  it('reads tag:, colour:/color:, outlet:/source:, names in any case', () => {
    expect(parseQuery('tag:Actors/TTP')).toEqual({
      type: 'filter',
      field: 'tag',
      value: 'Actors/TTP',
    });
    expect(parseQuery('TAG:Actors')).toEqual({ type: 'filter', field: 'tag', value: 'Actors' });
    expect(parseQuery('colour:yellow')).toEqual({
      type: 'filter',
      field: 'colour',
      value: 'yellow',
    });
    expect(parseQuery('Color:yellow')).toEqual(parseQuery('colour:yellow'));
    expect(parseQuery('outlet:Dawn')).toEqual({ type: 'filter', field: 'outlet', value: 'Dawn' });
    expect(parseQuery('source:Dawn')).toEqual(parseQuery('outlet:Dawn'));
  });

  it('takes a quoted value whole, trimmed, with straight or curly quotes', () => {
    expect(parseQuery('colour:"Key claim"')).toEqual({
      type: 'filter',
      field: 'colour',
      value: 'Key claim',
    });
    expect(parseQuery('tag:“ Actors/Tehreek-e-Taliban Pakistan ”')).toEqual({
      type: 'filter',
      field: 'tag',
      value: 'Actors/Tehreek-e-Taliban Pakistan',
    });
  });

  it('combines filters with words and groups', () => {
    expect(parseQuery('(tag:TTP OR tag:BLA) ceasefire')).toEqual(
      and(
        or(
          { type: 'filter', field: 'tag', value: 'TTP' },
          { type: 'filter', field: 'tag', value: 'BLA' },
        ),
        w('ceasefire'),
      ),
    );
  });

  it('reads kind: values, several separated by commas', () => {
    const kinds = (q: string) => (parseQuery(q) as Extract<QueryNode, { type: 'kind' }>).kinds;
    for (const v of ['article', 'articles', 'source', 'Sources']) {
      expect(kinds(`kind:${v}`)).toEqual(['article']);
    }
    for (const v of ['quote', 'quotes', 'highlight', 'HIGHLIGHTS']) {
      expect(kinds(`kind:${v}`)).toEqual(['highlight']);
    }
    expect(kinds('kind:note')).toEqual(['articleNote', 'notebookNote']);
    expect(kinds('kind:notes')).toEqual(['articleNote', 'notebookNote']);
    expect(kinds('kind:articlenote')).toEqual(['articleNote']);
    expect(kinds('kind:notebookNote')).toEqual(['notebookNote']);
    expect(kinds('kind:quote,note')).toEqual(['highlight', 'articleNote', 'notebookNote']);
    expect(kinds('kind:"quote, quotes"')).toEqual(['highlight']);
  });
});

describe('parseQuery: errors name the problem', () => {
  it('an unclosed quote', () => {
    expect(failure('"no deal')).toMatch(/quote before “no deal” is never closed/);
    expect(failure('talks “no deal')).toMatch(/never closed/);
    expect(failure('talks "')).toMatch(/quote at the end.*never closed/);
    expect(failure('tag:"Actors')).toMatch(/never closed/);
  });

  it('unbalanced or empty parentheses', () => {
    expect(failure('(a OR b')).toMatch(/“\(” with no “\)”/);
    expect(failure('a OR b)')).toMatch(/“\)” with no “\(”/);
    expect(failure(')')).toMatch(/“\)” with no “\(”/);
    expect(failure('a ()')).toMatch(/parentheses “\(\)” are empty/);
    expect(failure('a ( – )')).toMatch(/are empty/);
    expect(failure('(')).toMatch(/“\(” with no “\)”/);
  });

  it('OR or AND with nothing on one side', () => {
    expect(failure('OR talks')).toMatch(/“OR” needs something to search for before it/);
    expect(failure('talks OR')).toMatch(/“OR” needs something to search for after it/);
    expect(failure('a OR OR b')).toMatch(/“OR” needs something.*after/);
    expect(failure('| a')).toMatch(/“\|” needs something.*before/);
    expect(failure('(a OR) b')).toMatch(/“OR”.*after/);
    expect(failure('AND talks')).toMatch(/“AND” needs something to search for before it/);
    expect(failure('talks AND')).toMatch(/“AND” needs something to search for after it/);
    expect(failure('a AND OR b')).toMatch(/“AND”.*after/);
  });

  it('NOT or - with nothing after', () => {
    expect(failure('talks NOT')).toMatch(/“NOT” needs a word.*after it/);
    expect(failure('NOT OR a')).toMatch(/“NOT” needs/);
    expect(failure('talks -')).toMatch(/“-” needs a word/);
    expect(failure('(talks -)')).toMatch(/“-” needs a word/);
  });

  it('an empty filter value', () => {
    expect(failure('tag:')).toMatch(/filter “tag:” needs a value.*tag:Actors\/TTP/);
    expect(failure('Colour: yellow')).toMatch(/filter “Colour:” needs a value/);
    expect(failure('outlet:""')).toMatch(/filter “outlet:” needs a value/);
    expect(failure('kind:')).toMatch(/filter “kind:” needs a value/);
    expect(failure('kind:,')).toMatch(/names no kind/);
  });

  it('an unknown filter, listing the filters', () => {
    const message = failure('author:Rashid');
    expect(message).toMatch(/“author:” is not a filter/);
    for (const name of ['tag:', 'colour:', 'outlet:', 'date:', 'kind:']) {
      expect(message).toContain(name);
    }
    expect(message).toContain('“author:Rashid”');
  });

  it('an unknown kind, listing the kinds', () => {
    const message = failure('kind:tweet');
    expect(message).toMatch(/“kind:tweet” is not a kind/);
    for (const kind of ['article', 'quote', 'note', 'articlenote', 'notebooknote']) {
      expect(message).toContain(kind);
    }
    expect(failure('kind:quote,tweets')).toMatch(/“kind:tweets” is not a kind/);
  });

  it('a query with nothing to search for', () => {
    expect(failure('')).toMatch(/search is empty/);
    expect(failure('   ')).toMatch(/search is empty/);
    expect(failure(' – … ')).toMatch(/“– …” has nothing to search for/);
    expect(failure('""')).toMatch(/quotes “""” hold no words/);
    expect(failure('"…"')).toMatch(/hold no words/);
  });
});

describe('positiveTerms', () => {
  it('lists the words and phrases that are not negated, once each', () => {
    const node = parseQuery(
      'talib* "peace talks" -Karachi NOT "cease fire" (Kabul OR -(Quetta Peshawar)) tag:TTP kabul',
    );
    expect(positiveTerms(node)).toEqual([w('talib', true), p('peace', 'talks'), w('kabul')]);
  });

  it('gives nothing for a query of filters or exclusions only', () => {
    expect(positiveTerms(parseQuery('tag:TTP date:2024 -talks'))).toEqual([]);
  });

  it('keeps a word and its prefix apart', () => {
    expect(positiveTerms(parseQuery('talib talib*'))).toEqual([w('talib'), w('talib', true)]);
  });
});
