// Follows what the desktop host pushes: a change made elsewhere (menu import) invalidates what it
// touched in the query cache; the menu's Export opens the export dialog.
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { subscribe } from './api/client';
import { invalidateNotebook } from './api/queries';

interface Handlers {
  onMenuExport: () => void;
}

export function useHostEvents(handlers: Handlers): void {
  const queryClient = useQueryClient();
  // Subscribed once; the latest handlers are read through a ref so no event is missed while re-subscribing.
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const offChanged = subscribe(
      'notebook.changed',
      ({ articleId }) => void invalidateNotebook(queryClient, articleId),
    );
    const offExport = subscribe('menu.export', () => latest.current.onMenuExport());
    return () => {
      offChanged();
      offExport();
    };
  }, [queryClient]);
}
