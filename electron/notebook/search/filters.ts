// What the filters of a query (tag:, colour:, outlet:, date:, kind:) pick, resolved against
// the notebook: which documents pass. An article carries the tags and colours of its highlights.
import {
  DEFAULT_COLOR_MEANINGS,
  HighlightColor,
  type ArticleSummary,
  type Tag,
} from '../../../shared/model';
import { tagFamilyIds } from '../../../shared/tag-paths';
import type { Entry } from './entries';
import { QueryError, type QueryNode } from './query';
import { terms } from './tokenize';

export interface FilterContext {
  /** The article number of document n (-1 for a notebook note), and how many there are. */
  articleOf(n: number): number;
  articleCount: number;
  summary(articleId: string): ArticleSummary | undefined;
  tags: readonly Tag[];
  colorMeanings: Partial<Record<HighlightColor, string>>;
  /** Colours of an article's highlights. */
  colorsOf(articleId: string): ReadonlySet<HighlightColor>;
}

type FilterNode = Extract<QueryNode, { type: 'filter' | 'date' | 'kind' }>;

type Test = (entry: Entry, n: number) => boolean;

/**
 * What an article's documents share (its outlet, date, tags), asked once per article and
 * remembered by article number: a filter tests 100,000 documents but only 10,000 articles.
 */
function perArticle(ctx: FilterContext, test: (articleId: string) => boolean) {
  const known = new Int8Array(ctx.articleCount).fill(-1);
  return (entry: Exclude<Entry, { kind: 'notebookNote' }>, n: number): boolean => {
    const a = ctx.articleOf(n);
    if (a < 0 || a >= known.length) return test(entry.articleId);
    if (known[a] === -1) known[a] = test(entry.articleId) ? 1 : 0;
    return known[a] === 1;
  };
}

/** A test for one filter, resolved once per query (an unknown tag or colour is an error). */
export function compileFilter(node: FilterNode, ctx: FilterContext): Test {
  switch (node.type) {
    case 'kind': {
      const kinds = new Set<string>(node.kinds);
      return (entry) => kinds.has(entry.kind);
    }
    case 'date': {
      const { from = '0000-01-01', to = '9999-12-31' } = node;
      const inRange = (day: string | undefined) => !!day && day >= from && day <= to;
      const article = perArticle(ctx, (id) => inRange(articleDay(ctx.summary(id))));
      return (entry, n) =>
        entry.kind === 'notebookNote' ? inRange(entry.updatedAt.slice(0, 10)) : article(entry, n);
    }
    case 'filter':
      if (node.field === 'tag') return tagFilter(node.value, ctx);
      if (node.field === 'colour') return colourFilter(node.value, ctx);
      return outletFilter(node.value, ctx);
  }
}

/** The day an article is filed under: published, or else captured. */
export function articleDay(summary: ArticleSummary | undefined): string | undefined {
  return summary ? (summary.publishedAt ?? summary.capturedAt.slice(0, 10)) : undefined;
}

function tagFilter(value: string, ctx: FilterContext): Test {
  const wanted = value.toLocaleLowerCase();
  // A full path names one tag; a bare name may name a tag anywhere in the tree.
  const named = ctx.tags.filter((t) => {
    const path = t.name.toLocaleLowerCase();
    return path === wanted || path.split('/').at(-1) === wanted;
  });
  if (named.length === 0) {
    throw new QueryError(`There is no tag called “${value}” in this notebook.`);
  }
  const family = tagFamilyIds(
    ctx.tags,
    named.map((t) => t.name),
  );
  const members = [...family];
  const article = perArticle(ctx, (id) => {
    const counts = ctx.summary(id)?.tagCounts;
    return !!counts && members.some((tagId) => counts[tagId]);
  });
  return (entry, n) => {
    if (entry.kind === 'highlight') return entry.highlight.tagIds.some((id) => family.has(id));
    return entry.kind === 'article' && article(entry, n);
  };
}

function colourFilter(value: string, ctx: FilterContext): Test {
  const wanted = value.toLocaleLowerCase();
  const meanings = { ...DEFAULT_COLOR_MEANINGS, ...ctx.colorMeanings };
  const colors = HighlightColor.options.filter(
    (c) =>
      c === wanted ||
      (c === 'pink' && wanted === 'red') ||
      meanings[c].toLocaleLowerCase() === wanted,
  );
  if (colors.length === 0) {
    const known = HighlightColor.options.map((c) => `${c} (${meanings[c]})`).join(', ');
    throw new QueryError(`“${value}” is not a highlight colour or the meaning of one: ${known}.`);
  }
  const set = new Set(colors);
  const article = perArticle(ctx, (id) => {
    const mine = ctx.colorsOf(id);
    return colors.some((c) => mine.has(c));
  });
  return (entry, n) => {
    if (entry.kind === 'highlight') return set.has(entry.highlight.color);
    return entry.kind === 'article' && article(entry, n);
  };
}

function outletFilter(value: string, ctx: FilterContext): Test {
  const wanted = terms(value);
  if (wanted.length === 0) throw new QueryError(`outlet:${value} names no outlet.`);
  const cache = new Map<string, boolean>();
  const matches = (outlet: string | undefined) => {
    if (!outlet) return false;
    let found = cache.get(outlet);
    if (found === undefined) {
      found = containsRun(terms(outlet), wanted, true);
      cache.set(outlet, found);
    }
    return found;
  };
  return (entry) => entry.kind !== 'notebookNote' && matches(ctx.summary(entry.articleId)?.source);
}

/** True when `run` occurs in `words` as consecutive words (the last one as a prefix if asked). */
export function containsRun(
  words: readonly string[],
  run: readonly string[],
  lastIsPrefix = false,
) {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) {
      const word = words[i + j]!;
      const want = run[j]!;
      const last = j === run.length - 1;
      if (word !== want && !(last && lastIsPrefix && word.startsWith(want))) continue outer;
    }
    return true;
  }
  return false;
}
