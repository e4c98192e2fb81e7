// The notebook's free notes: listed newest first, created, renamed and deleted through the host.
import { useCallback, useEffect, useState } from 'react';
import type { Note } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';

const newestFirst = (a: Note, b: Note) => b.updatedAt.localeCompare(a.updatedAt);

export function useNotebookNotes() {
  const { reportError } = useNotices();
  const [notes, setNotes] = useState<Note[] | null>(null);

  useEffect(() => {
    let live = true;
    call('notes.list', {})
      .then((list) => live && setNotes([...list].sort(newestFirst)))
      .catch((error: unknown) => {
        if (!live) return;
        reportError('Loading the notebook notes', error);
        setNotes([]);
      });
    return () => {
      live = false;
    };
  }, [reportError]);

  /** Puts the host's answer in place (after a save), keeping the list in order. */
  const replace = useCallback(
    (note: Note) =>
      setNotes((list) =>
        list ? [note, ...list.filter((n) => n.id !== note.id)].sort(newestFirst) : list,
      ),
    [],
  );

  const create = useCallback(async () => {
    try {
      const note = await call('notes.create', { title: 'Untitled note', body: '' });
      replace(note);
      return note;
    } catch (error) {
      reportError('Creating a notebook note', error);
      return null;
    }
  }, [replace, reportError]);

  const remove = useCallback(
    async (id: string) => {
      try {
        await call('notes.delete', { id });
        setNotes((list) => list?.filter((n) => n.id !== id) ?? list);
        return true;
      } catch (error) {
        reportError('Deleting the notebook note', error);
        return false;
      }
    },
    [reportError],
  );

  return { notes, replace, create, remove };
}
