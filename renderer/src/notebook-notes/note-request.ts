// Asks for a notebook note to be shown (from a search hit): the library switches to its
// Notebook notes tab and the panel opens that note. One request at a time, newest wins.
import { useSyncExternalStore } from 'react';

export interface NoteRequest {
  noteId: string;
  /** A new request for the same note opens it again (after the user went back to the list). */
  nonce: number;
}

let latest: NoteRequest | null = null;
const listeners = new Set<() => void>();

/** Shows the notebook note `noteId` in the library's Notebook notes tab. */
export function requestNote(noteId: string): void {
  latest = { noteId, nonce: (latest?.nonce ?? 0) + 1 };
  for (const listener of listeners) listener();
}

/** The latest request, or null before any. */
export function useNoteRequest(): NoteRequest | null {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => latest,
  );
}
