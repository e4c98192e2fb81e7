// The "Colours" popover: each highlight colour with its meaning, editable in place.
import { useEffect, useRef, useState } from 'react';
import type { ColorMeanings, HighlightColor } from '../../../shared/model';
import { useNotices } from '../notices/notice-context';
import { COLORS, colorName, useColorMeanings } from './color-meanings';

export function ColoursButton() {
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (!wrapper.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  return (
    <div className="popover-anchor" ref={wrapper}>
      <button
        type="button"
        className="button button--small"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((o) => !o)}
        title="What each highlight colour means"
      >
        Colours
      </button>
      {open && <ColoursForm onClose={() => setOpen(false)} />}
    </div>
  );
}

function ColoursForm({ onClose }: { onClose: () => void }) {
  const { meanings, update } = useColorMeanings();
  const { reportError } = useNotices();
  const [draft, setDraft] = useState<ColorMeanings>(meanings);
  const [saving, setSaving] = useState(false);

  const changed = COLORS.filter((c) => draft[c].trim() !== meanings[c]);
  const empty = COLORS.some((c) => draft[c].trim() === '');

  const save = async () => {
    if (changed.length === 0) return onClose();
    setSaving(true);
    try {
      const some: Partial<Record<HighlightColor, string>> = {};
      for (const c of changed) some[c] = draft[c].trim();
      await update(some);
      onClose();
    } catch (error) {
      reportError('Saving the colour meanings', error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="popover colours-form"
      role="dialog"
      aria-label="Colour meanings"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <p className="popover__title">What each colour means</p>
      {COLORS.map((color, i) => (
        <label key={color} className="colours-form__row">
          <span className={`swatch swatch--${color} swatch--static`} aria-hidden="true" />
          <kbd aria-hidden="true">{i + 1}</kbd>
          <span className="visually-hidden">{colorName(color)}</span>
          <input
            className="input"
            value={draft[color]}
            maxLength={60}
            autoFocus={i === 0}
            aria-label={`${colorName(color)} means`}
            onChange={(event) => setDraft((d) => ({ ...d, [color]: event.target.value }))}
          />
        </label>
      ))}
      <div className="popover__actions">
        <button type="button" className="button button--small" onClick={onClose}>
          Cancel
        </button>
        <button
          type="submit"
          className="button button--small button--primary"
          disabled={saving || empty}
        >
          Save
        </button>
      </div>
    </form>
  );
}
