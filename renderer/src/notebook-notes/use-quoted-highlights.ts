// The highlights a note quotes, fetched by reference with their article's title and paragraph,
// so a quote always shows the highlight's current words.
import { useEffect, useState } from 'react';
import type { Highlight } from '../../../shared/model';
import type { ParagraphRange } from '../../../shared/paragraphs';
import { call } from '../api/client';
import { placeHighlights } from '../reader/highlight-placement';

export interface QuotedHighlight {
  highlight: Highlight;
  articleTitle: string;
  /** 1-based paragraphs the quote runs over; absent when it is no longer in the text. */
  paragraph?: ParagraphRange;
}

/** By highlight id; an id missing once loaded is a highlight no longer in the notebook. */
export type Quotes = ReadonlyMap<string, QuotedHighlight>;

/** `stamp` changes when highlights may have changed elsewhere, to fetch them again. */
export function useQuotedHighlights(ids: readonly string[], stamp: unknown): Quotes | null {
  const key = ids.join(',');
  const [quotes, setQuotes] = useState<{ key: string; map: Quotes } | null>(null);

  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void (async () => {
      const map = new Map<string, QuotedHighlight>();
      try {
        const found = wanted.length ? await call('highlights.get', { ids: wanted }) : [];
        const articleIds = [...new Set(found.map((f) => f.highlight.articleId))];
        const articles = await Promise.all(
          articleIds.map((id) => call('articles.get', { id }).catch(() => null)),
        );
        for (const { highlight, articleTitle } of found) {
          const article = articles.find((a) => a?.id === highlight.articleId);
          const placed = article
            ? placeHighlights({
                text: article.text,
                blocks: article.blocks,
                highlights: [highlight],
              }).placed[0]
            : undefined;
          map.set(highlight.id, { highlight, articleTitle, paragraph: placed?.paragraph });
        }
      } catch {
        // Shown as missing quotes; the note itself is unaffected.
      }
      if (live) setQuotes({ key, map });
    })();
    return () => {
      live = false;
    };
  }, [key, stamp]);

  return quotes?.key === key ? quotes.map : null;
}
