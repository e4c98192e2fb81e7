// The library's Import menu: Files…, Folder…, Web address…; the native menu's Import items
// arrive here too (as the `menu.import` event).
import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { ChosenSources } from '../../../shared/contract';
import { chooseSources, isDesktop, subscribe } from '../api/client';
import { Icon } from '../icons';
import { useNotices } from '../notices/notice-context';
import { ACCEPT, type PickedFile } from './supported-files';

interface Props {
  onFiles: (files: PickedFile[]) => void;
  onFolder: (files: PickedFile[]) => void;
  onWebAddress: () => void;
  /** Desktop: what the native open dialog chose. */
  onChosen: (chosen: ChosenSources) => void;
}

type Choice = 'files' | 'folder' | 'url';
const CHOICES: { id: Choice; label: string; hint: string }[] = [
  { id: 'files', label: 'Files…', hint: 'Text, web pages, PDF, Word, Markdown' },
  { id: 'folder', label: 'Folder…', hint: 'Every supported file inside it' },
  { id: 'url', label: 'Web address…', hint: 'Fetch a page and keep its link' },
];

const MENU_WIDTH = 264;

const pasteKey = () => (/Mac|iPhone|iPad/.test(navigator.platform) ? '⌘V' : 'Ctrl+V');

export function ImportMenu({ onFiles, onFolder, onWebAddress, onChosen }: Props) {
  const { reportError } = useNotices();
  const [open, setOpenChoice] = useState<Choice | null>(null);
  const [at, setAt] = useState({ top: 0, left: 0 });
  const menu = useRef<HTMLDivElement | null>(null);
  const trigger = useRef<HTMLButtonElement | null>(null);
  const filesInput = useRef<HTMLInputElement | null>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);

  // The menu is drawn over the whole window (the library pane would clip it), below the button.
  const setOpen = (choice: Choice | null) => {
    const box = trigger.current?.getBoundingClientRect();
    if (choice && box) {
      const left = Math.max(8, Math.min(box.left, window.innerWidth - MENU_WIDTH - 8));
      setAt({ top: box.bottom + 4, left });
    }
    setOpenChoice(choice);
  };

  const choose = (choice: Choice) => {
    setOpen(null);
    if (choice === 'url') return onWebAddress();
    // The desktop app shows its native dialog, which needs no user action in the page (the
    // native menu's Import items arrive without one) and can read whole folders from disk.
    if (isDesktop()) {
      chooseSources(choice).then(
        (chosen) => chosen && onChosen(chosen),
        (error: unknown) => reportError('Choosing files to import', error),
      );
      return;
    }
    const input = choice === 'files' ? filesInput.current : folderInput.current;
    // A file dialog needs a fresh user action. A native-menu request carries none, so the menu
    // opens at that item instead and Enter (a user action) shows the dialog.
    if (navigator.userActivation && !navigator.userActivation.isActive) return setOpen(choice);
    input?.click();
  };

  const latestChoose = useRef(choose);
  useEffect(() => {
    latestChoose.current = choose;
  });
  useEffect(() => subscribe('menu.import', ({ what }) => latestChoose.current(what)), []);

  useMenuFocus(menu, trigger, open, () => setOpenChoice(null));

  const onMenuKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const items = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="menuitem"]')];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const move = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    if (move) {
      event.preventDefault();
      items[(at + move + items.length) % items.length]?.focus();
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault();
      (event.key === 'Home' ? items[0] : items.at(-1))?.focus();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(null);
      trigger.current?.focus();
    } else if (event.key === 'Tab') setOpen(null);
  };

  return (
    <div className="import-menu">
      <button
        ref={trigger}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        onClick={() => setOpen(open ? null : 'files')}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen('files');
          }
        }}
      >
        <Icon name="import" />
        Import
        <svg width="9" height="9" viewBox="0 0 10 10" aria-hidden="true" className="caret">
          <path d="M2 3.5 5 6.5 8 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
      {open &&
        createPortal(
          <div
            ref={menu}
            className="menu"
            role="menu"
            aria-label="Import"
            onKeyDown={onMenuKey}
            style={{ top: at.top, left: at.left, width: MENU_WIDTH }}
          >
            {CHOICES.map((c) => (
              <button
                key={c.id}
                type="button"
                role="menuitem"
                className="menu__item"
                data-choice={c.id}
                onClick={() => choose(c.id)}
              >
                <span className="menu__label">{c.label}</span>
                <span className="menu__hint">{c.hint}</span>
              </button>
            ))}
            <p className="menu__note">
              Or drop files and folders on the window, or paste with <kbd>{pasteKey()}</kbd>.
            </p>
          </div>,
          document.body,
        )}
      <input
        ref={filesInput}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Import files"
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so choosing the same file again still fires a change.
          event.target.value = '';
          if (files.length) onFiles(files.map((file) => ({ file, path: file.name })));
        }}
      />
      <input
        ref={(input) => {
          folderInput.current = input;
          // Not in React's attribute list; it turns the picker into a folder picker.
          input?.setAttribute('webkitdirectory', '');
        }}
        type="file"
        hidden
        aria-label="Import a folder"
        data-testid="import-folder-input"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          if (files.length)
            onFolder(files.map((file) => ({ file, path: file.webkitRelativePath || file.name })));
        }}
      />
    </div>
  );
}

/** Focuses the wanted item when the menu opens, and closes it on a click or focus outside. */
function useMenuFocus(
  menu: RefObject<HTMLDivElement | null>,
  trigger: RefObject<HTMLButtonElement | null>,
  open: Choice | null,
  close: () => void,
) {
  const latestClose = useRef(close);
  useEffect(() => {
    latestClose.current = close;
  });
  useEffect(() => {
    const root = menu.current;
    if (!open || !root) return;
    root.querySelector<HTMLElement>(`[data-choice="${open}"]`)?.focus();
    const outside = (event: Event) => {
      const target = event.target;
      if (!(target instanceof Node) || root.contains(target)) return;
      // The button toggles the menu itself; closing here too would reopen it at once.
      if (trigger.current?.contains(target)) return;
      latestClose.current();
    };
    document.addEventListener('pointerdown', outside, true);
    document.addEventListener('focusin', outside, true);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      document.removeEventListener('focusin', outside, true);
    };
  }, [menu, trigger, open]);
}
