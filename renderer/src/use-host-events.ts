// Follows what the desktop host pushes: changes made elsewhere (menu import) and the menu's Export.
import { useEffect, useRef } from 'react';
import { subscribe } from './api/client';

interface Handlers {
  onNotebookChanged: (articleId: string | undefined) => void;
  onMenuExport: () => void;
}

export function useHostEvents(handlers: Handlers): void {
  // Subscribed once; the latest handlers are read through a ref so no event is missed while re-subscribing.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const offChanged = subscribe('notebook.changed', ({ articleId }) =>
      latest.current.onNotebookChanged(articleId),
    );
    const offExport = subscribe('menu.export', () => latest.current.onMenuExport());
    return () => {
      offChanged();
      offExport();
    };
  }, []);
}
