// The codebook shared by the tag pickers, the codebook panel and the tag filters: one list,
// reloaded after any change so every count and chip agrees.
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Tag, TagSummary } from '../../../shared/model';
import { call } from '../api/client';
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

export function TagsProvider({
  children,
  onRetagged,
}: {
  children: ReactNode;
  onRetagged: () => void;
}) {
  const { reportError } = useNotices();
  const [tags, setTags] = useState<TagSummary[]>([]);

  const reload = useCallback(async () => {
    try {
      setTags(await call('tags.list', {}));
    } catch (error) {
      reportError('Loading the codebook', error);
    }
  }, [reportError]);

  useEffect(() => {
    let live = true;
    call('tags.list', {})
      .then((list) => live && setTags(list))
      .catch((error: unknown) => live && reportError('Loading the codebook', error));
    return () => {
      live = false;
    };
  }, [reportError]);

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

  const value = useMemo<TagsValue>(
    () => ({
      tags,
      byId: new Map(tags.map((t) => [t.id, t])),
      reload,
      create,
      retagged: onRetagged,
    }),
    [tags, reload, create, onRetagged],
  );
  return <TagsContext.Provider value={value}>{children}</TagsContext.Provider>;
}

export function useTags(): TagsValue {
  const value = useContext(TagsContext);
  if (!value) throw new Error('useTags needs a TagsProvider above it.');
  return value;
}
