// What a merge or delete would touch, in words, told before the analyst confirms it.
import type { Output } from '../../../shared/contract';

type Impact = Output<'tags.impact'>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const used = (highlights: number, articles: number) =>
  highlights === 0
    ? 'Not used on any highlight'
    : `Used on ${plural(highlights, 'highlight')} in ${plural(articles, 'article')}`;

/** The tag with the tags below it, counted once per highlight. */
export function usageText({ highlights, articles }: Impact): string {
  return used(highlights, articles);
}

export function deleteImpactText(impact: Impact): string {
  const below = impact.descendants.length ? `; also deletes ${impact.descendants.join(', ')}` : '';
  return `${usageText(impact)}${below}.`;
}

/** The source's own highlights move to the target, and the tags below it move under the target. */
export function mergeImpactText(impact: Impact, source: string, target: string): string {
  const own = `${used(impact.ownHighlights, impact.ownArticles)}. Its highlights will carry ${target} instead, and ${source} goes`;
  const below = impact.descendants.length
    ? `; ${impact.descendants.join(', ')} move${impact.descendants.length === 1 ? 's' : ''} under ${target}`
    : '';
  return `${own}${below}.`;
}
