// How many highlights a tag counts: those carrying it or any tag below it, each highlight once
// (one carrying `Actors` and `Actors/TTP` counts once for `Actors`). Every count shown uses this.
import { isWithinTag } from './tag-paths';

/** How many highlights carry exactly this set of tags (ids sorted, none twice). */
export interface TagSetCount {
  tagIds: readonly string[];
  highlights: number;
}

/** What an article's summary says of its tags: the sets, or (written before sets) the counts. */
export interface TaggedArticle {
  tagSets?: readonly TagSetCount[];
  tagCounts?: Readonly<Record<string, number>>;
}

/** The distinct sets of tags on `highlights` (untagged ones left out), each with how many carry it. */
export function tagSetsOf(
  highlights: Iterable<{ tagIds: readonly string[] }>,
): Array<{ tagIds: string[]; highlights: number }> {
  const sets = new Map<string, { tagIds: string[]; highlights: number }>();
  for (const { tagIds } of highlights) {
    if (tagIds.length === 0) continue;
    const ids = [...new Set(tagIds)].sort();
    const key = JSON.stringify(ids);
    const set = sets.get(key);
    if (set) set.highlights++;
    else sets.set(key, { tagIds: ids, highlights: 1 });
  }
  return [...sets.values()];
}

/**
 * For each of `paths` (tags, or groups that are only a prefix of tags), the highlights carrying
 * a tag at or below it, each highlight once however many of those tags it carries.
 */
export function tagFamilyCounts(
  tags: readonly { id: string; name: string }[],
  articles: Iterable<TaggedArticle>,
  paths: readonly string[] = tags.map((t) => t.name),
): Map<string, number> {
  // Which of the paths each tag lies within, worked out once per tag rather than per highlight.
  const within = new Map<string, number[]>();
  for (const tag of tags) {
    const at = paths.flatMap((path, i) => (isWithinTag(tag.name, path) ? [i] : []));
    if (at.length) within.set(tag.id, at);
  }
  const totals = paths.map(() => 0);
  // The set last counted for each path, so a set with two tags in one family adds once.
  const countedFor = paths.map(() => -1);
  let setNo = 0;
  for (const article of articles) {
    for (const { tagIds, highlights } of setsOf(article)) {
      setNo++;
      for (const id of tagIds) {
        for (const i of within.get(id) ?? []) {
          if (countedFor[i] === setNo) continue;
          countedFor[i] = setNo;
          totals[i]! += highlights;
        }
      }
    }
  }
  return new Map(paths.map((path, i) => [path, totals[i]!]));
}

function setsOf(article: TaggedArticle): readonly TagSetCount[] {
  if (article.tagSets) return article.tagSets;
  // A summary written before sets were kept (the notebook fills them in at open): each tag apart.
  return Object.entries(article.tagCounts ?? {}).map(([id, n]) => ({
    tagIds: [id],
    highlights: n,
  }));
}
