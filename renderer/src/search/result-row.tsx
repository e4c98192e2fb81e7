// One hit in the search panel: a source or note by its title with the matching lines, a quote
// by its matching words (of the quote or of its note) with the article it is from.
import type { SearchHit } from '../../../shared/search';
import { Snippet } from './snippet';

interface Props {
  id: string;
  hit: SearchHit;
  active: boolean;
  position: number;
  setSize: number;
  onPoint: () => void;
  onOpen: () => void;
}

export function ResultRow({ id, hit, active, position, setSize, onPoint, onOpen }: Props) {
  const quote = hit.kind === 'highlight';
  return (
    <div
      id={id}
      role="option"
      aria-selected={active}
      aria-posinset={position}
      aria-setsize={setSize}
      data-testid="search-hit"
      data-kind={hit.kind}
      className={`search-hit search-hit--${hit.kind}${active ? ' is-active' : ''}`}
      onMouseMove={active ? undefined : onPoint}
      onClick={onOpen}
    >
      {quote ? (
        <>
          <Snippet className="search-hit__snippet search-hit__snippet--quote" text={hit.snippet} />
          <span className="search-hit__source" dir="auto">
            {hit.title}
          </span>
        </>
      ) : (
        <>
          <span className="search-hit__title" dir="auto">
            {hit.title || 'Untitled note'}
          </span>
          <Snippet className="search-hit__snippet" text={hit.snippet} />
        </>
      )}
    </div>
  );
}
