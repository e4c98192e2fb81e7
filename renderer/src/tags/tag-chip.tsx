// A tag as a small coloured chip: the colour as a dot, the full path as text, an optional remove.
import type { CSSProperties } from 'react';

interface Props {
  name: string;
  color: string;
  onRemove?: () => void;
}

export function TagChip({ name, color, onRemove }: Props) {
  return (
    <span className="tag-chip" style={{ '--tag-color': color } as CSSProperties} title={name}>
      <span className="tag-chip__dot" aria-hidden="true" />
      <span className="tag-chip__name" dir="auto">
        {name}
      </span>
      {onRemove && (
        <button
          type="button"
          className="tag-chip__remove"
          aria-label={`Remove tag ${name}`}
          onClick={onRemove}
        >
          ×
        </button>
      )}
    </span>
  );
}

/** The active tag filter: which tag narrows the view, and how to clear it. */
export function TagFilterChip({
  name,
  color,
  onClear,
}: {
  name: string;
  color: string;
  onClear: () => void;
}) {
  return (
    <div className="tag-filter" data-testid="tag-filter">
      <span className="tag-filter__label">Tagged</span>
      <span className="tag-chip" style={{ '--tag-color': color } as CSSProperties}>
        <span className="tag-chip__dot" aria-hidden="true" />
        <span className="tag-chip__name" dir="auto">
          {name}
        </span>
        <button
          type="button"
          className="tag-chip__remove"
          aria-label={`Clear the tag filter ${name}`}
          onClick={onClear}
        >
          ×
        </button>
      </span>
    </div>
  );
}
