// The library's title/source filter. Each article's searchable words are folded once per list,
// so a keystroke costs one pass of `includes` over ready strings, not a rebuild of each string.
import { useMemo } from 'react';
import type { ArticleSummary } from '../../../shared/model';

const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Case and accents set aside, so "kabul" finds "Kābul" and "KABUL". Locale-independent, so the
 * typed words and the titles fold alike; plain ASCII (most titles) skips the normalisation.
 */
export function foldForFilter(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .toLowerCase();
}

/** Each article's filterable words (title, source, byline, file name), folded. */
export function foldArticles(articles: readonly ArticleSummary[]): string[] {
  return articles.map((a) =>
    foldForFilter(`${a.title} ${a.source ?? ''} ${a.byline ?? ''} ${a.fileName ?? ''}`),
  );
}

/**
 * The articles whose folded words hold `needle` (already folded) and, when `tagged` is given,
 * whose id it holds; the same array back when nothing filters.
 */
export function filterArticles(
  articles: readonly ArticleSummary[],
  folded: readonly string[],
  needle: string,
  tagged: ReadonlySet<string> | null,
): readonly ArticleSummary[] {
  if (!needle && !tagged) return articles;
  return articles.filter(
    (a, i) => (!tagged || tagged.has(a.id)) && (!needle || folded[i]!.includes(needle)),
  );
}

/** `tagged`: the ids a tag filter lets through, or null when no tag filters. */
export function useArticleFilter(
  articles: readonly ArticleSummary[] | null,
  typed: string,
  tagged: ReadonlySet<string> | null,
): { shown: readonly ArticleSummary[]; needle: string } {
  const folded = useMemo(() => foldArticles(articles ?? []), [articles]);
  const needle = foldForFilter(typed.trim());
  const shown = useMemo(
    () => filterArticles(articles ?? [], folded, needle, tagged),
    [articles, folded, needle, tagged],
  );
  return { shown, needle };
}
