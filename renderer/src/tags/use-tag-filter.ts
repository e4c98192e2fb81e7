// The tag filter resolved against today's codebook (current path, colour, the tags below it).
import { useMemo } from 'react';
import { resolveFilter, type ResolvedFilter, type TagFilter } from './tag-filter';
import { useTags } from './tags-context';

export function useTagFilter(filter: TagFilter | null | undefined): ResolvedFilter | null {
  const { tags } = useTags();
  return useMemo(() => resolveFilter(filter ?? null, tags), [filter, tags]);
}
