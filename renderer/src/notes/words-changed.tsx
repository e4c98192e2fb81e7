// Under a highlight's quote, when a new version of the text changed its words: which version,
// and the words before and after, changed words marked, so the analyst can check the quote.
import { diffWordsWithSpace } from 'diff';
import { useMemo } from 'react';
import type { Highlight } from '../../../shared/model';
import { DiffParts } from '../versions/word-diff';

export function WordsChanged({ highlight }: { highlight: Highlight }) {
  const changed = highlight.wordsChanged;
  const parts = useMemo(
    () => (changed ? diffWordsWithSpace(changed.before, highlight.quote.exact) : []),
    [changed, highlight.quote.exact],
  );
  if (!changed) return null;
  return (
    <details className="words-changed" data-testid="words-changed">
      <summary>Words changed in version {changed.version}</summary>
      <p className="words-changed__diff" dir="auto">
        <DiffParts parts={parts} />
      </p>
      <p className="words-changed__before" dir="auto">
        Before: “{changed.before}”
      </p>
    </details>
  );
}
