// Under a highlight's note: the quotes of other sources linked as corroborating it (shown from
// either end of the link), each one click from its source, and a search to link another.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { call } from '../api/client';
import { useOpenArticle } from '../layout/article-view';
import { QuotePicker } from '../notebook-notes/quote-picker';
import { useNotices } from '../notices/notice-context';

const key = (id: string) => ['corroborations', id] as const;

export function Corroborations({ highlightId }: { highlightId: string }) {
  const openArticle = useOpenArticle();
  const { reportError } = useNotices();
  const queryClient = useQueryClient();
  const [picking, setPicking] = useState(false);
  const { data: linked = [] } = useQuery({
    queryKey: key(highlightId),
    queryFn: () => call('highlights.corroborations', { id: highlightId }),
  });

  const change = async (
    op: 'highlights.corroborate' | 'highlights.uncorroborate',
    otherId: string,
  ) => {
    try {
      await call(op, { id: highlightId, otherId });
      // Both ends show the link.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: key(highlightId) }),
        queryClient.invalidateQueries({ queryKey: key(otherId) }),
      ]);
    } catch (error) {
      reportError(
        op === 'highlights.corroborate' ? 'Linking the quote' : 'Unlinking the quote',
        error,
      );
    }
  };

  return (
    <div className="corroborations">
      {linked.length > 0 && (
        <p className="corroborations__label" aria-hidden="true">
          Corroborated by
        </p>
      )}
      {linked.length > 0 && (
        <ul className="corroborations__list" aria-label="Corroborated by">
          {linked.map(({ highlight, articleTitle }) => (
            <li key={highlight.id} className="corroborations__item">
              <button
                type="button"
                className="link-button corroborations__quote"
                dir="auto"
                title={`Open “${articleTitle}” at this quote`}
                onClick={() => openArticle(highlight.articleId, { highlightId: highlight.id })}
              >
                “{highlight.quote.exact}”
              </button>
              <span className="corroborations__source" dir="auto">
                {articleTitle}
              </span>
              <button
                type="button"
                className="icon-button corroborations__unlink"
                aria-label={`Unlink the quote from “${articleTitle}”`}
                title="Unlink"
                onClick={() => void change('highlights.uncorroborate', highlight.id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {picking ? (
        <QuotePicker
          label="Find a corroborating quote in another source"
          exclude={new Set([highlightId, ...linked.map((l) => l.highlight.id)])}
          onPick={(otherId) => {
            setPicking(false);
            void change('highlights.corroborate', otherId);
          }}
          onClose={() => setPicking(false)}
        />
      ) : (
        <button
          type="button"
          className="link-button corroborations__add"
          title="Link a quote from another source that confirms this one"
          onClick={() => setPicking(true)}
        >
          {linked.length ? 'Link another corroborating quote…' : 'Corroborated by…'}
        </button>
      )}
    </div>
  );
}
