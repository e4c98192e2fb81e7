// The codebook shared by the tag pickers, the codebook panel and the tag filters: one cached
// list, fetched again after any change so every count and chip agrees.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Tag, TagSummary } from '../../../shared/model';
import { call } from '../api/client';
import { invalidateNotebook, quotationsKey, searchKey, tagsKey, tagsQuery } from '../api/queries';
import { useQueryErrorNotice } from '../api/use-query-error';
import { useNotices } from '../notices/notice-context';

interface TagsValue {
  tags: readonly TagSummary[];
  byId: ReadonlyMap<string, TagSummary>;
  /** Fetches the codebook again (counts change whenever a highlight is tagged). */
  reload: () => Promise<void>;
  /** Creates a tag; reports the error and returns null when the host refuses. */
  create: (name: string) => Promise<Tag | null>;
  /** Called after a merge or delete changed highlights in articles, so open views refetch them. */
  retagged: () => void;
}

const TagsContext = createContext<TagsValue | null>(null);
const NO_TAGS: TagSummary[] = [];

export function TagsProvider({ children }: { children: ReactNode }) {
  const { reportError } = useNotices();
  const queryClient = useQueryClient();
  const { data, error } = useQuery(tagsQuery());
  useQueryErrorNotice(error, 'Loading the codebook');
  const tags = data ?? NO_TAGS;

  // A renamed or recoloured tag shows in found quotations too.
  const reload = useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: tagsKey }),
        queryClient.invalidateQueries({ queryKey: searchKey }),
        queryClient.invalidateQueries({ queryKey: quotationsKey }),
      ]).then(() => undefined),
    [queryClient],
  );

  const create = useCallback(
    async (name: string) => {
      try {
        const tag = await call('tags.create', { name });
        await reload();
        return tag;
      } catch (error) {
        reportError(`Creating the tag “${name}”`, error);
        return null;
      }
    },
    [reload, reportError],
  );

  const retagged = useCallback(() => void invalidateNotebook(queryClient), [queryClient]);

  const value = useMemo<TagsValue>(
    () => ({ tags, byId: new Map(tags.map((t) => [t.id, t])), reload, create, retagged }),
    [tags, reload, create, retagged],
  );
  return <TagsContext.Provider value={value}>{children}</TagsContext.Provider>;
}

export function useTags(): TagsValue {
  const value = useContext(TagsContext);
  if (!value) throw new Error('useTags needs a TagsProvider above it.');
  return value;
}
