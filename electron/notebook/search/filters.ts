// What the filters of a query (tag:, colour:, outlet:, date:, kind:) pick, resolved against
// the notebook: which documents pass, read from the index's typed columns. An article carries
// the tags and colours of its highlights.
import {
  DEFAULT_COLOR_MEANINGS,
  HighlightColor,
  type ArticleSummary,
  type Tag,
} from '../../../shared/model';
import { tagFamilyIds } from '../../../shared/tag-paths';
import { dayNumber, KIND_CODE, type DocColumns } from './search-index';
import { QueryError, type QueryNode } from './query';
import { terms } from './tokenize';

export interface FilterContext {
  columns: DocColumns;
  tags: readonly Tag[];
  colorMeanings: Partial<Record<HighlightColor, string>>;
  /** Highlight document numbers carrying the tag itself. */
  taggedWith(tagId: string): Iterable<number>;
  /** The day a notebook note (document n) was last changed. */
  noteDay(n: number): string | undefined;
}

type FilterNode = Extract<QueryNode, { type: 'filter' | 'date' | 'kind' }>;

/** Whether live document n passes. */
export type Test = (n: number) => boolean;

const { article: ARTICLE, highlight: HIGHLIGHT, notebookNote: NOTEBOOK_NOTE } = KIND_CODE;

/**
 * What an article's documents share (its outlet, date, tags), decided once per article into a
 * byte per article number: a filter tests 100,000 documents but only 10,000 articles.
 */
function byArticle(ctx: FilterContext, passes: Uint8Array): Test {
  const { article } = ctx.columns;
  return (n) => {
    const a = article[n]!;
    return a >= 0 && passes[a] === 1;
  };
}

/** A test for one filter, resolved once per query (an unknown tag or colour is an error). */
export function compileFilter(node: FilterNode, ctx: FilterContext): Test {
  const { kind, articleIds, articleDay } = ctx.columns;
  switch (node.type) {
    case 'kind': {
      const wanted = new Uint8Array(256);
      for (const k of node.kinds) wanted[KIND_CODE[k]] = 1;
      return (n) => wanted[kind[n]!] === 1;
    }
    case 'date': {
      const from = dayNumber(node.from ?? '0000-01-01');
      const to = dayNumber(node.to ?? '9999-12-31');
      const inRange = (day: number) => day > 0 && day >= from && day <= to;
      const passes = new Uint8Array(articleIds.length);
      for (let a = 0; a < passes.length; a++) passes[a] = inRange(articleDay[a]!) ? 1 : 0;
      const article = byArticle(ctx, passes);
      return (n) =>
        kind[n] === NOTEBOOK_NOTE ? inRange(dayNumber(ctx.noteDay(n) ?? '')) : article(n);
    }
    case 'filter':
      if (node.field === 'tag') return tagFilter(node.value, ctx);
      if (node.field === 'colour') return colourFilter(node.value, ctx);
      if (node.field === 'outlet') return outletFilter(node.value, ctx);
      return gradeFilter(node.field, node.value, ctx);
  }
}

/** The day an article is filed under: published, or else captured. */
export function articleDay(summary: ArticleSummary | undefined): string | undefined {
  return summary ? (summary.publishedAt ?? summary.capturedAt.slice(0, 10)) : undefined;
}

/** Highlights that pass, and the articles holding one of them (an article carries its highlights' tags and colours). */
function byHighlight(ctx: FilterContext, highlight: Uint8Array): Test {
  const { kind, article } = ctx.columns;
  const passes = new Uint8Array(ctx.columns.articleIds.length);
  for (let n = 0; n < highlight.length; n++) {
    if (highlight[n] === 1 && kind[n] === HIGHLIGHT) passes[article[n]!] = 1;
  }
  return (n) => {
    const k = kind[n];
    return k === HIGHLIGHT ? highlight[n] === 1 : k === ARTICLE && passes[article[n]!] === 1;
  };
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
  const tagged = new Uint8Array(ctx.columns.kind.length);
  for (const tagId of family) for (const n of ctx.taggedWith(tagId)) tagged[n] = 1;
  return byHighlight(ctx, tagged);
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
  const codes = new Uint8Array(256);
  for (const c of colors) codes[HighlightColor.options.indexOf(c)] = 1;
  const { colour } = ctx.columns;
  const coloured = new Uint8Array(colour.length);
  for (let n = 0; n < colour.length; n++) coloured[n] = codes[colour[n]!]!;
  return byHighlight(ctx, coloured);
}

function outletFilter(value: string, ctx: FilterContext): Test {
  const wanted = terms(value);
  if (wanted.length === 0) throw new QueryError(`outlet:${value} names no outlet.`);
  const { outlets, articleOutlet, articleIds } = ctx.columns;
  const matching = outlets.map((outlet) => containsRun(terms(outlet), wanted, true));
  const passes = new Uint8Array(articleIds.length);
  for (let a = 0; a < passes.length; a++) {
    const o = articleOutlet[a]!;
    passes[a] = o >= 0 && matching[o] ? 1 : 0;
  }
  // A notebook note has no article number, so no outlet.
  return byArticle(ctx, passes);
}

/**
 * The grades a value names on a six-step scale (A–F or 1–6, best first), as codes 1–6: one
 * step (`B`), a list (`A,B`), or a comparison with the best first (`<=B` is A or B, `>=4` is 4
 * to 6).
 */
function scaleSteps(value: string, steps: readonly string[], field: string): Set<number> {
  const wanted = new Set<number>();
  for (const part of value.split(',')) {
    const match = /^(<=|>=|<|>)?\s*(\S+)$/.exec(part.trim());
    const step = match ? steps.indexOf(match[2]!.toUpperCase()) + 1 : 0;
    if (!match || step === 0) {
      throw new QueryError(
        `${field}:${value} is not on the scale ${steps[0]}–${steps.at(-1)}: write one step, a list (${field}:${steps[0]},${steps[1]}) or a comparison (${field}:<=${steps[1]}).`,
      );
    }
    const [from, to] = {
      '<=': [1, step],
      '<': [1, step - 1],
      '>=': [step, 6],
      '>': [step + 1, 6],
      '': [step, step],
    }[match[1] ?? '']!;
    for (let s = from!; s <= to!; s++) wanted.add(s);
  }
  return wanted;
}

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];
const DIGITS = ['1', '2', '3', '4', '5', '6'];

/**
 * reliability: (the source's, so its article and everything in it), credibility: (a quote's)
 * and grade: (a quote's pair, as in grade:B2).
 */
function gradeFilter(
  field: 'grade' | 'reliability' | 'credibility',
  value: string,
  ctx: FilterContext,
): Test {
  const { articleReliability, credibility, article, kind } = ctx.columns;
  if (field === 'reliability') {
    const wanted = scaleSteps(value, LETTERS, field);
    const passes = new Uint8Array(ctx.columns.articleIds.length);
    for (let a = 0; a < passes.length; a++) passes[a] = wanted.has(articleReliability[a]!) ? 1 : 0;
    return byArticle(ctx, passes);
  }
  let test: (reliability: number, credibility: number) => boolean;
  if (field === 'credibility') {
    const wanted = scaleSteps(value, DIGITS, field);
    test = (_, c) => wanted.has(c);
  } else {
    const pairs = new Set<number>();
    for (const part of value.split(',')) {
      const match = /^([A-Fa-f])([1-6])$/.exec(part.trim());
      if (!match) {
        throw new QueryError(
          `grade:${value} is not a grade: a letter A–F for the source and a number 1–6 for the information, as in grade:B2.`,
        );
      }
      pairs.add(LETTERS.indexOf(match[1]!.toUpperCase()) * 10 + Number(match[2]) + 10);
    }
    test = (r, c) => pairs.has(r * 10 + c);
  }
  const graded = new Uint8Array(kind.length);
  for (let n = 0; n < kind.length; n++) {
    if (kind[n] !== HIGHLIGHT) continue;
    graded[n] = test(articleReliability[article[n]!] ?? 0, credibility[n]!) ? 1 : 0;
  }
  return byHighlight(ctx, graded);
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
