// Ctrl/Cmd+V outside a text field imports what was copied: files as files, a lone web address
// as a page to fetch, any other text as an article.
import { useEffect, useRef } from 'react';
import type { PickedFile } from './supported-files';

interface Handlers {
  onFiles: (files: PickedFile[]) => void;
  onUrl: (url: string) => void;
  onText: (text: string) => void;
}

const LONE_URL = /^https?:\/\/\S+$/i;

export function usePasteImport(handlers: Handlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const paste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || isTextField(event.target) || !event.clipboardData) return;
      const data = event.clipboardData;
      const files = [...data.files];
      if (files.length > 0) {
        event.preventDefault();
        return latest.current.onFiles(files.map((file) => ({ file, path: file.name })));
      }
      const text = data.getData('text/plain');
      if (!text.trim()) return;
      event.preventDefault();
      if (LONE_URL.test(text.trim())) latest.current.onUrl(text.trim());
      else latest.current.onText(text);
    };
    document.addEventListener('paste', paste);
    return () => document.removeEventListener('paste', paste);
  }, []);
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement &&
    !['button', 'checkbox', 'radio', 'file', 'submit', 'reset', 'range', 'color'].includes(
      target.type,
    )
  );
}
