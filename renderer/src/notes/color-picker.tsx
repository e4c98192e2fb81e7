// Six highlight colors as a radio group; arrow keys move between them.
import type { KeyboardEvent } from 'react';
import { HighlightColor } from '../../../shared/model';
import { colorName, useColorMeanings } from '../settings/color-meanings';

const COLORS = HighlightColor.options;

interface Props {
  value: HighlightColor;
  onChange: (color: HighlightColor) => void;
}

export function ColorPicker({ value, onChange }: Props) {
  const { meanings } = useColorMeanings();
  const onKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const step =
      event.key === 'ArrowRight' || event.key === 'ArrowDown'
        ? 1
        : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
          ? -1
          : 0;
    if (!step) return;
    event.preventDefault();
    const next = COLORS[(COLORS.indexOf(value) + step + COLORS.length) % COLORS.length]!;
    onChange(next);
    const group = event.currentTarget;
    requestAnimationFrame(() =>
      group.querySelector<HTMLElement>(`[data-color="${next}"]`)?.focus(),
    );
  };
  return (
    <div className="color-picker" role="radiogroup" aria-label="Color" onKeyDown={onKey}>
      {COLORS.map((color) => (
        <button
          key={color}
          type="button"
          role="radio"
          aria-checked={color === value}
          aria-label={`${colorName(color)}: ${meanings[color]}`}
          title={`${meanings[color]} (key ${COLORS.indexOf(color) + 1})`}
          data-color={color}
          tabIndex={color === value ? 0 : -1}
          className={`swatch swatch--${color}`}
          onClick={() => color !== value && onChange(color)}
        />
      ))}
    </div>
  );
}
