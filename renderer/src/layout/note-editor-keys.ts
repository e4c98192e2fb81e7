// Keys for the note editors: a note's text box keeps its own text while the analyst types, so
// only a change made behind it (an undo or redo that restored another text) may remount it.
import { createContext, useContext } from 'react';
import type { ArticleDetail } from '../../../shared/model';

/** The key for the editor of one highlight's note. */
export type NoteEditorKey = (highlightId: string) => string;

export const NoteEditorKeyContext = createContext<NoteEditorKey>((id) => id);

export function useNoteEditorKey(): NoteEditorKey {
  return useContext(NoteEditorKeyContext);
}

/** The highlights whose note text differs between two snapshots of the cached articles. */
export function notesChanged(
  before: ReadonlyArray<readonly [unknown, ArticleDetail | undefined]>,
  after: ReadonlyArray<readonly [unknown, ArticleDetail | undefined]>,
): string[] {
  const was = new Map<string, string>();
  for (const [, article] of before)
    for (const h of article?.highlights ?? []) was.set(h.id, h.note);
  const changed: string[] = [];
  for (const [, article] of after)
    for (const h of article?.highlights ?? []) {
      const note = was.get(h.id);
      if (note !== undefined && note !== h.note) changed.push(h.id);
    }
  return changed;
}
