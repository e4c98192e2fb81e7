// A button that opens a small panel below it (a menu of colours, a tag chooser), drawn over the
// whole window so a narrow pane does not clip it; Escape or a click outside closes it.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface Props {
  label: ReactNode;
  /** The panel's accessible name. */
  title: string;
  /** `menu` for a list of actions; `dialog` for a panel holding a text box. */
  kind: 'menu' | 'dialog';
  disabled?: boolean;
  className?: string;
  width?: number;
  children: (close: () => void) => ReactNode;
}

export function PopoverButton({
  label,
  title,
  kind,
  disabled,
  className,
  width = 240,
  children,
}: Props) {
  const [at, setAt] = useState<{ top: number; left: number } | null>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const panel = useRef<HTMLDivElement | null>(null);
  const close = () => setAt(null);

  const open = () => {
    const box = trigger.current?.getBoundingClientRect();
    if (!box) return;
    const left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
    setAt({ top: box.bottom + 4, left });
  };

  // A choice made in the panel closes it and removes what had the focus: give it to the button.
  const wasOpen = useRef(false);
  useEffect(() => {
    if (at) wasOpen.current = true;
    else if (wasOpen.current) {
      wasOpen.current = false;
      if (!document.activeElement || document.activeElement === document.body) {
        trigger.current?.focus();
      }
    }
  }, [at]);

  useEffect(() => {
    const root = panel.current;
    if (!at || !root) return;
    root.querySelector<HTMLElement>('input, [role^="menuitem"]')?.focus();
    const outside = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Node) || root.contains(target)) return;
      if (trigger.current?.contains(target)) return;
      setAt(null);
    };
    document.addEventListener('mousedown', outside);
    return () => document.removeEventListener('mousedown', outside);
  }, [at]);

  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={className ?? 'button button--small'}
        aria-haspopup={kind}
        aria-expanded={at !== null}
        disabled={disabled}
        onClick={() => (at ? close() : open())}
      >
        {label}
        <svg width="9" height="9" viewBox="0 0 10 10" aria-hidden="true" className="caret">
          <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {at &&
        createPortal(
          <div
            ref={panel}
            className="menu quotations-popover"
            role={kind}
            aria-label={title}
            style={{ top: at.top, left: at.left, width }}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                close();
                trigger.current?.focus();
              } else if (kind === 'menu') moveInMenu(event);
            }}
          >
            {children(close)}
          </div>,
          document.body,
        )}
    </>
  );
}

/** Arrow keys, Home and End move between a menu's items. */
function moveInMenu(event: KeyboardEvent<HTMLDivElement>) {
  const items = [
    ...event.currentTarget.querySelectorAll<HTMLElement>('[role^="menuitem"]:not(:disabled)'),
  ];
  const at = items.indexOf(document.activeElement as HTMLElement);
  const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
  if (step) {
    event.preventDefault();
    items[(at + step + items.length) % items.length]?.focus();
  } else if (event.key === 'Home' || event.key === 'End') {
    event.preventDefault();
    (event.key === 'Home' ? items[0] : items.at(-1))?.focus();
  }
}
