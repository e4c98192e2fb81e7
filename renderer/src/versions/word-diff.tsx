// What changed between two texts, word by word: insertions and deletions marked in place.
import { diffWordsWithSpace, type Change } from 'diff';
import { useMemo } from 'react';

export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = useMemo(() => diffWordsWithSpace(before, after), [before, after]);
  const added = parts.filter((p) => p.added).length;
  const removed = parts.filter((p) => p.removed).length;
  return (
    <>
      <p className="word-diff__summary">
        {added === 0 && removed === 0
          ? 'No differences.'
          : `${added} insertion${added === 1 ? '' : 's'}, ${removed} deletion${removed === 1 ? '' : 's'}`}
      </p>
      <div className="word-diff" data-testid="word-diff" dir="auto">
        <DiffParts parts={parts} />
      </div>
    </>
  );
}

/** A word diff's parts in place: insertions in <ins>, deletions in <del>, the rest as text. */
export function DiffParts({ parts }: { parts: readonly Change[] }) {
  return parts.map((part, i) =>
    part.added ? (
      <ins key={i} className="word-diff__ins">
        {part.value}
      </ins>
    ) : part.removed ? (
      <del key={i} className="word-diff__del">
        {part.value}
      </del>
    ) : (
      <span key={i}>{part.value}</span>
    ),
  );
}
