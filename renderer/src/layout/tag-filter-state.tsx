// The tag chosen in the codebook: it filters both the library and the open article's notes.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { TagFilter } from '../tags/tag-filter';

interface TagFilterState {
  tagFilter: TagFilter | null;
  setTagFilter: (filter: TagFilter | null) => void;
}

const Context = createContext<TagFilterState | null>(null);

export function TagFilterProvider({ children }: { children: ReactNode }) {
  const [tagFilter, setTagFilter] = useState<TagFilter | null>(null);
  const value = useMemo(() => ({ tagFilter, setTagFilter }), [tagFilter]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useTagFilterState(): TagFilterState {
  const value = useContext(Context);
  if (!value) throw new Error('This view needs a TagFilterProvider above it.');
  return value;
}
