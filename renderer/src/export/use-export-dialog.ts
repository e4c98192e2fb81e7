// Whether the export dialog is open; the notes header button and the desktop menu open it.
import { useCallback, useState } from 'react';

export function useExportDialog() {
  const [open, setOpen] = useState(false);
  const show = useCallback(() => setOpen(true), []);
  const close = useCallback(() => setOpen(false), []);
  return { open, show, close };
}
