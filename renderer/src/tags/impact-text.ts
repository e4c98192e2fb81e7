// What a merge or delete would touch, in words, told before the analyst confirms it.
import type { Output } from '../../../shared/contract';

type Impact = Output<'tags.impact'>;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function usageText({ highlights, articles }: Impact): string {
  return highlights === 0
    ? 'Not used on any highlight'
    : `Used on ${plural(highlights, 'highlight')} in ${plural(articles, 'article')}`;
}

export function deleteImpactText(impact: Impact): string {
  const below = impact.descendants.length ? `; also deletes ${impact.descendants.join(', ')}` : '';
  return `${usageText(impact)}${below}.`;
}

/** The source's own highlights move to the target; the tags below it stay where they are. */
export function mergeImpactText(impact: Impact, source: string, target: string): string {
  return `${usageText(impact)}. Its highlights will carry ${target} instead, and ${source} goes.`;
}
