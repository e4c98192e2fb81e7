// Runs a parsed query over the index: words through the postings (BM25F, prefix, typo
// variants), phrases narrowed by pair signatures and checked word for word where the text is
// at hand, filters as tests, and AND / OR / NOT over dense score arrays (one float per
// document: cheap at 100,000 documents, and no object per hit).
import type { ArticleSummary } from '../../../shared/model';
import { tagFamilyIds } from '../../../shared/tag-paths';
import { containsRun, compileFilter, type FilterContext } from './filters';
import type { Entry } from './entries';
import { mayHoldPhrase, phraseProbe, type PhraseProbe } from './pair-signature';
import type { QueryNode } from './query';
import { NONE, type SearchIndex } from './search-index';
import type { Expansion } from './postings';
import { topK } from './top';
import { terms } from './tokenize';

export interface Hits {
  /** Score by document number; below zero where the document is not a hit. */
  scores: Float32Array;
  /** Phrases an article's text must still be checked for (its signature only said "maybe"). */
  needs: Map<number, string[][]>;
}

export interface EvalContext extends FilterContext {
  index: SearchIndex;
  summary(articleId: string): ArticleSummary | undefined;
  /** Index terms the positive words matched (with their prefix and typo variants), for marking. */
  matched: Set<string>;
  /** Forgive typos in words the notebook holds too (the second try of a query that found nothing). */
  anyTypos?: boolean;
  /** The index words each word of the query matched, for ranking words found side by side. */
  variants?: Map<QueryNode, Expansion[]>;
  /** Filled while evaluating: the pairs of words typed side by side (see rankNearness). */
  near?: PhraseProbe[][];
}

/** How much more a document counts when every pair of words typed side by side stands so in it. */
const NEAR_BONUS = 0.5;
/** Variants of a word tried for nearness (prefixes can have hundreds): the closest few. */
const NEAR_VARIANTS = 3;
/** The best documents by words alone that nearness then re-ranks (a second ranking phase). */
const NEAR_WINDOW = 200;

/** The pairs of words typed side by side in an AND, each as the probes of its variants. */
function nearPairs(children: readonly QueryNode[], ctx: EvalContext): PhraseProbe[][] {
  const closest = (node: QueryNode) =>
    [...(ctx.variants?.get(node) ?? [])]
      .sort((a, b) => b.factor - a.factor)
      .slice(0, NEAR_VARIANTS)
      .map((v) => v.term);
  const pairs: PhraseProbe[][] = [];
  for (let i = 0; i + 1 < children.length; i++) {
    const [a, b] = [children[i]!, children[i + 1]!];
    if (a.type !== 'word' || b.type !== 'word') continue;
    pairs.push(closest(a).flatMap((x) => closest(b).map((y) => phraseProbe([x, y]))));
  }
  return pairs;
}

/**
 * Words typed next to each other rank higher where they stand next to each other ("has
 * reported that" above a text holding the three words apart), told by the pair signatures.
 * Only the best documents by words alone are looked at: each look is a few memory reads far
 * apart, too many to do for every document a common word finds.
 */
export function rankNearness(hits: Hits, ctx: EvalContext): void {
  const pairs = ctx.near ?? [];
  if (pairs.length === 0) return;
  const { scores } = hits;
  const { entries, columns } = ctx.index;
  const kind = columns.kind;
  for (const { n } of topK(scores, (m) => kind[m]!, NEAR_WINDOW, new Set())) {
    if (scores[n]! <= 0) continue;
    const signature = entries[n]!.pairs;
    let held = 0;
    for (const probes of pairs) if (probes.some((p) => mayHoldPhrase(signature, p))) held++;
    if (held) scores[n]! *= 1 + (NEAR_BONUS * held) / pairs.length;
  }
}

/** A highlight found by its tag's name ranks like a good match in its note. */
const TAG_MATCH_SCORE = 1;
const ABSENT = -1;

/** Typos tolerated: none in short words, one from five letters, two from eight (a swap is two). */
export const typoBudget = (term: string) => (term.length >= 8 ? 2 : term.length >= 5 ? 1 : 0);

/**
 * `within`: where the caller will keep hits anyway (an AND's other side); tests skip the rest,
 * so a filter after a word tests its few hits, not the whole notebook.
 */
export function evaluate(
  node: QueryNode,
  ctx: EvalContext,
  positive = true,
  within?: Float32Array,
): Hits {
  switch (node.type) {
    case 'word':
      return wordHits(node, ctx, positive);
    case 'phrase':
      return phraseHits(node.terms, ctx, within);
    case 'filter':
    case 'date':
    case 'kind': {
      const test = compileFilter(node, ctx);
      const hits = empty(ctx);
      const { kind } = ctx.columns;
      for (let n = 0; n < hits.scores.length; n++) {
        if (within && within[n]! < 0) continue;
        if (kind[n] !== NONE && test(n)) hits.scores[n] = 0;
      }
      return hits;
    }
    case 'not': {
      const excluded = evaluate(node.child, ctx, !positive, within);
      const hits = empty(ctx);
      const { kind } = ctx.columns;
      for (let n = 0; n < hits.scores.length; n++) {
        if (within && within[n]! < 0) continue;
        // An article whose phrase is unchecked is taken to hold it: few are, and rarely wrongly.
        if (kind[n] !== NONE && excluded.scores[n]! < 0) hits.scores[n] = 0;
      }
      return hits;
    }
    case 'and': {
      // Cheapest and most selective first, so each later test runs on what is left.
      const ordered = [...node.children].sort((a, b) => cost(a) - cost(b));
      let hits = evaluate(ordered[0]!, ctx, positive, within);
      for (const child of ordered.slice(1)) {
        hits = both(hits, evaluate(child, ctx, positive, hits.scores));
      }
      if (positive && ctx.near) ctx.near.push(...nearPairs(node.children, ctx));
      return hits;
    }
    case 'or': {
      let hits = evaluate(node.children[0]!, ctx, positive, within);
      for (const child of node.children.slice(1)) {
        hits = either(hits, evaluate(child, ctx, positive, within));
      }
      return hits;
    }
  }
}

/** Words and phrases find few documents fast; kinds test cheaply; exclusions test everything. */
function cost(node: QueryNode): number {
  switch (node.type) {
    case 'word':
    case 'phrase':
      return 0;
    case 'kind':
      return 1;
    case 'date':
    case 'filter':
      return node.type === 'filter' && node.field === 'outlet' ? 3 : 2;
    case 'and':
    case 'or':
      return Math.min(...node.children.map(cost)) + 0.5;
    case 'not':
      return 4;
  }
}

function empty(ctx: EvalContext): Hits {
  return { scores: new Float32Array(ctx.index.entries.length).fill(ABSENT), needs: new Map() };
}

function both(a: Hits, b: Hits): Hits {
  const { scores } = a;
  for (let n = 0; n < scores.length; n++) {
    const other = b.scores[n]!;
    scores[n] = scores[n]! >= 0 && other >= 0 ? scores[n]! + other : ABSENT;
  }
  for (const [n, phrases] of b.needs) {
    if (scores[n]! >= 0) a.needs.set(n, [...(a.needs.get(n) ?? []), ...phrases]);
  }
  for (const n of a.needs.keys()) if (scores[n]! < 0) a.needs.delete(n);
  return a;
}

function either(a: Hits, b: Hits): Hits {
  const needs = new Map<number, string[][]>();
  const owes = (h: Hits, n: number) => h.scores[n]! >= 0 && h.needs.has(n);
  const free = (h: Hits, n: number) => h.scores[n]! >= 0 && !h.needs.has(n);
  for (const n of new Set([...a.needs.keys(), ...b.needs.keys()])) {
    // Found by a branch that owes no check: it stands whatever the other branch owes.
    if (free(a, n) || free(b, n)) continue;
    needs.set(n, owes(a, n) ? a.needs.get(n)! : b.needs.get(n)!);
  }
  const { scores } = a;
  for (let n = 0; n < scores.length; n++) scores[n] = Math.max(scores[n]!, b.scores[n]!);
  return { scores, needs };
}

function wordHits(
  node: Extract<QueryNode, { type: 'word' }>,
  ctx: EvalContext,
  positive: boolean,
): Hits {
  const hits = empty(ctx);
  const expansions = ctx.index.postings.expand(node.term, {
    prefix: node.prefix,
    typos: node.prefix ? 0 : typoBudget(node.term),
    evenIfFound: ctx.anyTypos === true,
  });
  ctx.index.postings.score(expansions, hits.scores);
  if (positive) for (const { term } of expansions) ctx.matched.add(term);
  ctx.variants?.set(node, expansions);
  // A word naming a tag finds the highlights carrying it (or a tag below it).
  const named = ctx.tags.filter((t) =>
    terms(t.name).some((w) => w === node.term || (node.prefix && w.startsWith(node.term))),
  );
  if (named.length) {
    for (const tagId of tagFamilyIds(
      ctx.tags,
      named.map((t) => t.name),
    )) {
      for (const n of ctx.index.taggedWith(tagId)) {
        hits.scores[n] = Math.max(hits.scores[n]!, 0) + TAG_MATCH_SCORE;
      }
    }
  }
  return hits;
}

function phraseHits(phrase: string[], ctx: EvalContext, within?: Float32Array): Hits {
  const hits = empty(ctx);
  const { scores, needs } = hits;
  const { entries } = ctx.index;
  const probe = phraseProbe(phrase);
  for (const n of ctx.index.postings.scoreAll(phrase, scores)) {
    const check = within && within[n]! < 0 ? 'no' : holdsPhrase(entries[n]!, phrase, probe);
    if (check === 'no') scores[n] = ABSENT;
    else if (check === 'maybe') needs.set(n, [phrase]);
  }
  return hits;
}

/** Small texts are at hand and checked now; an article's text is checked when it is shown. */
function holdsPhrase(entry: Entry, phrase: string[], probe: PhraseProbe): 'yes' | 'no' | 'maybe' {
  if (!mayHoldPhrase(entry.pairs, probe)) return 'no';
  switch (entry.kind) {
    case 'article':
      return 'maybe';
    case 'highlight':
      return containsRun(terms(entry.highlight.quote.exact), phrase) ||
        containsRun(terms(entry.highlight.note), phrase)
        ? 'yes'
        : 'no';
    case 'articleNote':
      return containsRun(terms(entry.body), phrase) ? 'yes' : 'no';
    case 'notebookNote':
      return containsRun(terms(entry.title), phrase) || containsRun(terms(entry.body), phrase)
        ? 'yes'
        : 'no';
  }
}
