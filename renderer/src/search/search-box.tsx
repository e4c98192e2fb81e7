// The search field at the top of the library: results as you type in a panel under it, moved
// through with the arrow keys, a hit opened with Enter or a click; Ctrl/Cmd+K or `/` focus it.
import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { createPortal } from 'react-dom';
import type { SearchHit } from '../../../shared/search';
import { layoutResults } from './result-layout';
import { SearchResults } from './search-results';
import { useDebouncedValue } from './use-debounced-value';
import { searchOptions, useSearchResults } from './use-search-results';
import { useSearchShortcuts } from './use-search-shortcuts';
import './search.css';

interface Props {
  /** Opens a hit; `query` is the query it answers, to find its words again where it opens. */
  onOpen: (hit: SearchHit, query: string) => void;
}

/** Long enough to skip the searches between keystrokes, short enough to feel immediate. */
const TYPING_PAUSE_MS = 120;

export function SearchBox({ onOpen }: Props) {
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const query = useDebouncedValue(text.trim(), TYPING_PAUSE_MS);
  const state = useSearchResults(query);
  const layout = useMemo(() => layoutResults(state.hits), [state.hits]);

  // A new answer starts at its first hit.
  const [active, setActive] = useState({ option: 0, for: state.query });
  if (active.for !== state.query) setActive({ option: 0, for: state.query });
  const activeOption = Math.min(active.option, layout.options.length - 1);

  const inputRef = useRef<HTMLInputElement>(null);
  const fieldRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const listId = `${id}-results`;
  const optionId = useCallback((option: number) => `${id}-hit-${option}`, [id]);

  useSearchShortcuts(() => {
    const input = inputRef.current;
    if (!input) return;
    input.focus();
    input.select();
    if (input.value.trim()) setOpen(true);
  });

  const shown = open && text.trim() !== '' && query !== '';
  const place = usePanelPlace(fieldRef, shown);

  // The shown hits answer the words in the box (not an earlier query, nor one refused).
  const answered = !state.stale && !state.pending && state.query === text.trim();
  const openHit = (hit: SearchHit, answering = state.query) => {
    setOpen(false);
    // The article takes the keyboard next (its find bar steps through the matches).
    inputRef.current?.blur();
    onOpen(hit, answering);
  };

  // Enter typed faster than the search: open the first hit once the answer is in, if the box
  // still holds those words. A refused query shows its problem under the box through `state`.
  const queryClient = useQueryClient();
  const openFirstWhenAnswered = (typed: string) => {
    queryClient.ensureInfiniteQueryData(searchOptions(typed)).then(
      (data) => {
        if (inputRef.current?.value.trim() !== typed) return;
        const first = layoutResults(data.pages.flatMap((page) => page.hits)).options[0];
        if (first) openHit(first, typed);
      },
      () => {},
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = layout.options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!shown) {
        setOpen(true);
        return;
      }
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      const next = Math.min(count - 1, Math.max(0, activeOption + step));
      setActive({ option: next, for: state.query });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      setOpen(true);
      const hit = layout.options[activeOption];
      if (answered && shown && hit) openHit(hit);
      else if (text.trim()) openFirstWhenAnswered(text.trim());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // Escape steps back: the panel first, then the words, then out of the box.
      if (shown) setOpen(false);
      else if (text) setText('');
      else event.currentTarget.blur();
    }
  };

  const problem = text.trim() && query ? state.problem : null;
  return (
    <div className="search" ref={fieldRef} data-testid="search">
      <div className="search__field">
        <svg className="search__icon" width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path
            d="M10.5 10.5 14 14"
            stroke="currentColor"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
        <input
          ref={inputRef}
          type="search"
          role="combobox"
          aria-label="Search"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={
            shown && layout.options.length > 0 ? optionId(activeOption) : undefined
          }
          aria-describedby={problem ? `${id}-problem` : undefined}
          aria-invalid={problem ? true : undefined}
          placeholder="Search sources, quotes and notes (Ctrl+K)"
          dir="auto"
          spellCheck={false}
          autoComplete="off"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onClick={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
      </div>
      {problem && (
        <p className="search__problem" id={`${id}-problem`} role="status">
          {problem}
        </p>
      )}
      {shown &&
        createPortal(
          <SearchResults
            listId={listId}
            optionId={optionId}
            state={state}
            layout={layout}
            active={activeOption}
            onActive={(option) => setActive({ option, for: state.query })}
            onOpen={openHit}
            style={place}
          />,
          document.body,
        )}
    </div>
  );
}

/** The field's side padding in search.css. */
const FIELD_INSET = 12;

/** Where the panel goes: under the field, at least wide enough to read a snippet, on screen. */
function usePanelPlace(fieldRef: RefObject<HTMLDivElement | null>, shown: boolean): CSSProperties {
  const [place, setPlace] = useState<CSSProperties>({});
  useLayoutEffect(() => {
    const field = fieldRef.current;
    if (!shown || !field) return;
    const measure = () => {
      const box = field.getBoundingClientRect();
      // Lined up with the input (inside the field's padding), below any problem it states.
      const left = Math.max(8, box.left + FIELD_INSET);
      const top = box.bottom + 4;
      const width = Math.min(
        Math.max(box.width - 2 * FIELD_INSET, 460),
        window.innerWidth - left - 12,
      );
      const maxHeight = Math.max(160, Math.min(560, window.innerHeight - top - 16));
      setPlace({ left, top, width, maxHeight });
    };
    measure();
    // The pane can be resized while the panel is open.
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(field);
    window.addEventListener('resize', measure);
    return () => {
      observer?.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [fieldRef, shown]);
  return place;
}
