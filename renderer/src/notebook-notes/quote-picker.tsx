// "Insert quote…" in a notebook note: the notebook's search, over quotes only, as you type.
// Arrow keys move through the hits; Enter or a click puts the quote into the note at the cursor.
import { useId, useState, type KeyboardEvent } from 'react';
import { useDebouncedValue } from '../search/use-debounced-value';
import { useSearchResults } from '../search/use-search-results';
import { Snippet } from '../search/snippet';

interface Props {
  onPick: (highlightId: string) => void;
  onClose: () => void;
  /** What the box is for, to a screen reader. */
  label?: string;
  /** Quotes not to offer (the quote itself, those already chosen). */
  exclude?: ReadonlySet<string>;
}

export function QuotePicker({ onPick, onClose, label, exclude }: Props) {
  const [typed, setTyped] = useState('');
  const words = useDebouncedValue(typed.trim(), 150);
  // Every quote when nothing is typed, newest first; else the quotes that match, best first.
  const results = useSearchResults(words ? `kind:quote ${words}` : 'kind:quote');
  const hits = results.hits.filter((h) => h.highlightId && !exclude?.has(h.highlightId));
  const [active, setActive] = useState(0);
  const listId = useId();
  const at = Math.min(active, Math.max(0, hits.length - 1));

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(hits.length - 1, Math.max(0, at + step)));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = hits[at];
      if (hit?.highlightId) onPick(hit.highlightId);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };

  return (
    <div className="quote-picker" data-testid="quote-picker">
      <input
        type="search"
        className="quote-picker__input"
        aria-label={label ?? 'Find a quote to insert'}
        placeholder="Find a quote: words, “a phrase”, tag:…, colour:…"
        value={typed}
        autoFocus
        role="combobox"
        aria-expanded={hits.length > 0}
        aria-controls={listId}
        aria-activedescendant={hits[at] ? `${listId}-${at}` : undefined}
        onChange={(event) => {
          setTyped(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKey}
      />
      {results.problem && <p className="quote-picker__problem">{results.problem}</p>}
      <ul
        id={listId}
        role="listbox"
        aria-label="Quotes"
        className={`quote-picker__list${results.stale ? ' is-stale' : ''}`}
      >
        {hits.slice(0, 30).map((hit, i) => (
          <li
            key={hit.highlightId}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === at}
            className={`quote-picker__hit${i === at ? ' is-active' : ''}`}
            onMouseEnter={() => setActive(i)}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onPick(hit.highlightId!)}
          >
            <Snippet text={hit.snippet} className="quote-picker__snippet" />
            <span className="quote-picker__source" dir="auto">
              {hit.title}
            </span>
          </li>
        ))}
      </ul>
      {!results.pending && hits.length === 0 && !results.problem && (
        <p className="quote-picker__none">{words ? 'No quote matches.' : 'No highlights yet.'}</p>
      )}
    </div>
  );
}
