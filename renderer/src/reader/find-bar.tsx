// The find bar over the reader: words to find in the article (in the search language), how many
// matches there are and which one is shown, and buttons to step through them or close it.
import { useId, type KeyboardEvent, type RefObject } from 'react';
import type { Find } from './use-find';
import '../styles/find.css';

interface Props {
  find: Find;
  inputRef: RefObject<HTMLInputElement | null>;
}

export function FindBar({ find, inputRef }: Props) {
  const { matches, current, problem, pending } = find;
  const statusId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      find.step(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // The article's own Escape (letting go of a highlight) is not meant by this one.
      event.stopPropagation();
      find.close();
    }
  };
  const typed = find.text.trim() !== '';
  const status = problem
    ? problem
    : !typed
      ? ''
      : matches.length === 0
        ? pending
          ? 'Finding…'
          : 'No matches'
        : `${current + 1} of ${matches.length}`;

  return (
    <div className="find-bar" role="search" aria-label="Find in the article" data-testid="find-bar">
      <svg className="find-bar__icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
        <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="m10.5 10.5 3 3" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        type="text"
        className="find-bar__input"
        aria-label="Find in the article"
        placeholder="Find in the article"
        value={find.text}
        spellCheck={false}
        aria-invalid={problem ? true : undefined}
        aria-describedby={statusId}
        onChange={(event) => find.setText(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span
        id={statusId}
        className={`find-bar__status${problem ? ' find-bar__status--problem' : ''}${pending ? ' is-pending' : ''}`}
        data-testid="find-status"
        role="status"
        title={problem ?? undefined}
      >
        {status}
      </span>
      <button
        type="button"
        className="find-bar__button"
        aria-label="Previous match"
        title="Previous match (Shift+Enter, Shift+F3)"
        disabled={matches.length === 0}
        onClick={() => find.step(-1)}
      >
        <Chevron up />
      </button>
      <button
        type="button"
        className="find-bar__button"
        aria-label="Next match"
        title="Next match (Enter, F3)"
        disabled={matches.length === 0}
        onClick={() => find.step(1)}
      >
        <Chevron />
      </button>
      <button
        type="button"
        className="find-bar__button"
        aria-label="Close find"
        title="Close (Esc)"
        onClick={find.close}
      >
        <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
          <path
            d="M4 4l8 8M12 4l-8 8"
            stroke="currentColor"
            strokeWidth="1.6"
            strokeLinecap="round"
          />
        </svg>
      </button>
    </div>
  );
}

function Chevron({ up = false }: { up?: boolean }) {
  return (
    <svg width="12" height="12" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d={up ? 'M3.5 10 8 5.5 12.5 10' : 'M3.5 6 8 10.5 12.5 6'}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
