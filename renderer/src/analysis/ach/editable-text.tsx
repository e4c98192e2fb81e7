// Text shown as a heading or label that becomes a box on click (or Enter), saved on Enter or
// leaving it, put back on Escape.
import { useState } from 'react';

interface Props {
  value: string;
  label: string;
  onSave: (value: string) => void;
  className?: string;
  as?: 'h3' | 'span';
}

export function EditableText({ value, label, onSave, className, as: Tag = 'span' }: Props) {
  const [editing, setEditing] = useState<string | null>(null);
  if (editing === null) {
    return (
      <Tag className={className} dir="auto">
        <button
          type="button"
          className="editable-text"
          title={`Edit ${label.toLowerCase()}`}
          aria-label={`${label}: ${value}. Edit`}
          onClick={() => setEditing(value)}
        >
          {value}
        </button>
      </Tag>
    );
  }
  const done = (save: boolean) => {
    const next = editing.trim();
    setEditing(null);
    if (save && next && next !== value) onSave(next);
  };
  return (
    <input
      className={`input editable-text__input ${className ?? ''}`}
      aria-label={label}
      value={editing}
      autoFocus
      dir="auto"
      onChange={(e) => setEditing(e.target.value)}
      onBlur={() => done(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') done(true);
        if (e.key === 'Escape') done(false);
      }}
    />
  );
}
