// Which tag narrows the library and the notes pane. Kept by id when the path is a real tag, so
// a rename carries the filter along; a group that is only a prefix is kept by its path.
import type { ArticleSummary, TagSummary } from '../../../shared/model';
import { familyIds } from './tag-tree';

export interface TagFilter {
  path: string;
  tagId?: string;
}

export interface ResolvedFilter {
  path: string;
  tagId?: string;
  color: string;
  /** The tag and every tag below it. */
  ids: Set<string>;
}

const GROUP_COLOR = '#8a8f98';

/** The filter as it stands in today's codebook, or null when its tag is gone. */
export function resolveFilter(
  filter: TagFilter | null,
  tags: readonly TagSummary[],
): ResolvedFilter | null {
  if (!filter) return null;
  const tag = filter.tagId ? tags.find((t) => t.id === filter.tagId) : undefined;
  if (filter.tagId && !tag) return null;
  const path = tag?.name ?? filter.path;
  const ids = familyIds(tags, path);
  if (ids.size === 0) return null;
  return { path, tagId: tag?.id, color: tag?.color ?? GROUP_COLOR, ids };
}

/** Articles holding the tag or a tag below it, from the counts the summaries carry. */
export function articleHasAny(article: ArticleSummary, ids: ReadonlySet<string>): boolean {
  return Object.keys(article.tagCounts ?? {}).some((id) => ids.has(id));
}
