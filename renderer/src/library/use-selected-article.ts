// Which article is open; remembered across reloads, and never left pointing at a deleted article.
import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';

const STORAGE_KEY = 'dossier.openArticle';

export function useSelectedArticle(articles: readonly ArticleSummary[] | null) {
  const [chosen, setChosen] = useState<string | null>(() => sessionStorage.getItem(STORAGE_KEY));

  // Derived, not stored: until the list is known nothing is open, and a choice that is no
  // longer in the library falls back to the first article.
  let selectedId: string | null = null;
  if (articles) {
    selectedId =
      chosen && articles.some((a) => a.id === chosen) ? chosen : (articles[0]?.id ?? null);
  }

  useEffect(() => {
    if (selectedId) sessionStorage.setItem(STORAGE_KEY, selectedId);
  }, [selectedId]);

  return [selectedId, setChosen] as const;
}
