// A highlight's tags: chips with remove, and a combobox that completes codebook paths or, for
// a path not yet in the codebook, creates it on Enter (e.g. `Actors/Afghan Taliban`).
import { useId, useState, type KeyboardEvent } from 'react';
import type { Highlight } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import { TagChip } from './tag-chip';
import { matchTags, normalisePath, validPath } from './tag-tree';
import { useTags } from './tags-context';
import './codebook.css';

interface Props {
  highlight: Highlight;
  onChanged: (highlight: Highlight) => void;
}

type Option =
  { kind: 'tag'; id: string; name: string; color: string } | { kind: 'create'; name: string };

export function TagPicker({ highlight, onChanged }: Props) {
  const { tags, byId, reload, create } = useTags();
  const { reportError } = useNotices();
  const [typed, setTyped] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const { id, tagIds } = highlight;

  const path = normalisePath(typed);
  const exact = tags.find((t) => t.name.toLocaleLowerCase() === path.toLocaleLowerCase());
  const options: Option[] = matchTags(
    tags.filter((t) => !tagIds.includes(t.id)),
    typed,
  ).map((t) => ({ kind: 'tag', id: t.id, name: t.name, color: t.color }));
  if (typed.trim() && !exact && validPath(path)) options.push({ kind: 'create', name: path });
  if (exact && !tagIds.includes(exact.id)) {
    // The exact path goes first, so Enter picks what was typed.
    const at = options.findIndex((o) => o.kind === 'tag' && o.id === exact.id);
    if (at > 0) options.unshift(...options.splice(at, 1));
  }
  const shown = open && (typed.trim() !== '' || options.length > 0);
  const current = Math.min(active, options.length - 1);

  const setTags = async (next: string[]) => {
    setBusy(true);
    try {
      onChanged(await call('highlights.update', { id, tagIds: next }));
      await reload();
    } catch (error) {
      reportError('Tagging the highlight', error);
    } finally {
      setBusy(false);
    }
  };

  const choose = async (option: Option) => {
    setTyped('');
    setActive(0);
    setOpen(false);
    let tagId = option.kind === 'tag' ? option.id : null;
    if (option.kind === 'create') tagId = (await create(option.name))?.id ?? null;
    if (tagId && !tagIds.includes(tagId)) await setTags([...tagIds, tagId]);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const option = options[current];
      if (option && (typed.trim() || open)) void choose(option);
    } else if (event.key === 'Escape') {
      if (shown || typed) {
        event.preventDefault();
        event.stopPropagation();
        setTyped('');
        setOpen(false);
      }
    } else if (event.key === 'Backspace' && typed === '' && tagIds.length > 0) {
      void setTags(tagIds.slice(0, -1));
    }
  };

  return (
    <div className="tag-picker" data-testid="tag-picker">
      {tagIds.map((tagId) => {
        const tag = byId.get(tagId);
        return tag ? (
          <TagChip
            key={tagId}
            name={tag.name}
            color={tag.color}
            onRemove={() => void setTags(tagIds.filter((t) => t !== tagId))}
          />
        ) : null;
      })}
      <div className="tag-picker__field">
        <input
          className="tag-picker__input"
          role="combobox"
          aria-label="Add a tag"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={shown && options.length ? `${listId}-${current}` : undefined}
          placeholder={tagIds.length ? '+ tag' : 'Add a tag…'}
          value={typed}
          readOnly={busy}
          onChange={(e) => {
            setTyped(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={onKeyDown}
        />
        {shown && options.length > 0 && (
          <ul className="tag-picker__options" role="listbox" id={listId} aria-label="Tags">
            {options.map((option, i) => (
              <li
                key={option.kind === 'tag' ? option.id : 'create'}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === current}
                className={`tag-picker__option${i === current ? ' is-active' : ''}`}
                // Chosen on mousedown, before the input's blur closes the list.
                onMouseDown={(e) => {
                  e.preventDefault();
                  void choose(option);
                }}
              >
                {option.kind === 'tag' ? (
                  <TagChip name={option.name} color={option.color} />
                ) : (
                  <span className="tag-picker__create">
                    Create <strong dir="auto">{option.name}</strong>
                  </span>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
