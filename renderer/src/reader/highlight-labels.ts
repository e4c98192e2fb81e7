// What a highlight mark says about itself on hover and to a screen reader: each covering
// highlight's colour meaning and tags, innermost first, so nested highlights can be told apart.
import type { ColorMeanings, HighlightColor } from '../../../shared/model';

export interface LabelledHighlight {
  color: HighlightColor;
  tagIds: readonly string[];
}

/** The meaning and tags of one highlight: "Evidence (green), tags Actors/TTP, Places". */
export function describeHighlight(
  highlight: LabelledHighlight,
  meanings: ColorMeanings,
  tagName: (id: string) => string | undefined,
): string {
  const tags = highlight.tagIds.map(tagName).filter((name): name is string => !!name);
  const what = `${meanings[highlight.color]} (${highlight.color})`;
  return tags.length ? `${what}, tags ${tags.join(', ')}` : `${what}, no tags`;
}

/**
 * The hover text for words under `covering` (outermost first, as segments list them): the
 * innermost highlight first, then each one it lies inside.
 */
export function describeCovering(
  covering: readonly LabelledHighlight[],
  meanings: ColorMeanings,
  tagName: (id: string) => string | undefined,
): string {
  const inward = [...covering].reverse();
  return inward
    .map(
      (h, i) => `${i === 0 ? 'Highlight' : 'Inside'}: ${describeHighlight(h, meanings, tagName)}`,
    )
    .join('\n');
}

/**
 * The screen reader's description of one mark: its own highlight, the highlights it lies
 * inside, and what the keys do.
 */
export function markDescription(
  own: LabelledHighlight,
  outer: readonly LabelledHighlight[],
  meanings: ColorMeanings,
  tagName: (id: string) => string | undefined,
): string {
  const inside = outer.length
    ? `; inside ${outer.map((h) => describeHighlight(h, meanings, tagName)).join('; inside ')}`
    : '';
  return `Highlight: ${describeHighlight(own, meanings, tagName)}${inside}. N edits its note, 1 to 6 recolour, Delete removes`;
}
