// Choosing one tag for a bulk change: a box that completes codebook paths (arrows and Enter) and,
// when adding, offers to create a path not yet in the codebook.
import { useId, useState, type KeyboardEvent } from 'react';
import type { TagSummary } from '../../../shared/model';
import { TagChip } from '../tags/tag-chip';
import { matchTags, normalisePath, validPath } from '../tags/tag-tree';

type Option = { kind: 'tag'; tag: TagSummary } | { kind: 'create'; name: string };

interface Props {
  /** The tags on offer (for removing: those the selected quotations carry). */
  tags: readonly TagSummary[];
  /** Every tag of the codebook, to tell an existing path from a new one. */
  codebook: readonly TagSummary[];
  /** Given, a path not in the codebook can be created and chosen. */
  onCreate?: (path: string) => void;
  onChoose: (tag: TagSummary) => void;
  label: string;
  empty: string;
}

export function TagChooser({ tags, codebook, onCreate, onChoose, label, empty }: Props) {
  const [typed, setTyped] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const path = normalisePath(typed);
  const exists = codebook.some((t) => t.name.toLocaleLowerCase() === path.toLocaleLowerCase());
  const options: Option[] = (typed.trim() ? matchTags(tags, typed, 12) : tags.slice(0, 50)).map(
    (tag) => ({ kind: 'tag', tag }),
  );
  if (onCreate && typed.trim() && !exists && validPath(path)) {
    options.push({ kind: 'create', name: path });
  }
  const current = Math.min(active, options.length - 1);

  const choose = (option: Option) =>
    option.kind === 'tag' ? onChoose(option.tag) : onCreate?.(option.name);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[current];
      if (option) choose(option);
    }
  };

  return (
    <div className="tag-chooser">
      <input
        type="text"
        className="tag-chooser__input"
        role="combobox"
        aria-label={label}
        aria-expanded={options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={options.length ? `${listId}-${current}` : undefined}
        placeholder="Type a tag path…"
        value={typed}
        onChange={(e) => {
          setTyped(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {options.length > 0 ? (
        <ul className="tag-chooser__options" role="listbox" id={listId} aria-label="Tags">
          {options.map((option, i) => (
            <li
              key={option.kind === 'tag' ? option.tag.id : 'create'}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === current}
              className={`tag-picker__option${i === current ? ' is-active' : ''}`}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(option);
              }}
            >
              {option.kind === 'tag' ? (
                <TagChip name={option.tag.name} color={option.tag.color} />
              ) : (
                <span className="tag-picker__create">
                  Create <strong dir="auto">{option.name}</strong>
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p className="tag-chooser__empty">{typed.trim() ? 'No tag matches.' : empty}</p>
      )}
    </div>
  );
}
