// What MiniSearch 7 and FlexSearch 0.8 offer for Dossier's query language, as found while writing
// scripts/bench/search-engines.ts against their typings and READMEs (and checked there by running).

export interface Feature {
  feature: string;
  minisearch: string;
  flexsearch: string;
}

export const FEATURES: Feature[] = [
  {
    feature: 'BM25 ranking',
    minisearch: 'yes (BM25+, k/b/d tunable)',
    flexsearch:
      'no: ranks by where a word sits in the field (resolution slots), no term frequency or rarity',
  },
  {
    feature: 'per-field boosts',
    minisearch: 'yes, at query time (boost: { title: 2 }) and per document (boostDocument)',
    flexsearch:
      'each field is its own index; weights only by hand, a Resolver boost per field sub-query',
  },
  {
    feature: 'AND across fields',
    minisearch: 'yes (combineWith AND over all fields)',
    flexsearch:
      'Document.search ANDs the words within each field (a title word and a text word never meet); ' +
      'cross-field AND needs a Resolver chain per word (done here)',
  },
  {
    feature: 'fuzzy (one typo)',
    minisearch: 'yes, edit distance over its radix tree at query time (fuzzy: 1, maxFuzzy)',
    flexsearch:
      'no edit distance: the tolerant tokenizer indexes swapped and dropped letters (index grows, ' +
      'no substitutions or insertions); phonetic encoders are Latin-only and bypassed by our own ' +
      'tokenizer; else expand the word against a vocabulary kept beside the index (done here)',
  },
  {
    feature: 'prefix',
    minisearch: 'yes, per word at query time (prefix: true or a function)',
    flexsearch:
      'only with the forward tokenizer at index time, which then makes every word a prefix (no ' +
      'exact-word query); else expand against a vocabulary kept beside the index (done here)',
  },
  {
    feature: 'incremental remove / replace',
    minisearch:
      'discard(id) at once, postings vacuumed in batches later; replace(doc); remove(doc) needs the old document',
    flexsearch:
      'update/remove by id, fast only with fastupdate; an index read back from export has fastupdate ' +
      'switched off (serialize.js), and in 0.8.212 a fastupdate Document whose last posting of a ' +
      'word (not the first word of a field) is removed throws on the next search of that word ' +
      '("Cannot read properties of undefined (reading \'result\')"; related: nextapps-de/flexsearch#503)',
  },
  {
    feature: 'sync serialisation',
    minisearch:
      'JSON.stringify(index) and MiniSearch.loadJSON (sync; loadJSONAsync too); one string',
    flexsearch:
      'export(handler) calls back once per chunk, import(key, data) per chunk (sync for in-memory ' +
      'indexes); no single-file form, the index is rebuilt with the same options before import',
  },
];

export const PHRASES =
  'neither keeps word positions. MiniSearch: AND the phrase words for candidates, then confirm the ' +
  'words are consecutive in each candidate (Dossier keeps a small adjacent-pair signature per ' +
  'article to skip most candidates before reading its text). FlexSearch: context: true indexes ' +
  'neighbouring word pairs (memory grows with depth), which narrows to candidates with the words ' +
  'near each other, but still not exactly consecutive: the text must be checked the same way.';
