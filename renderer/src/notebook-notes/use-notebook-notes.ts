// The notebook's free notes from the query cache: listed newest first, created, renamed and
// deleted through the host, each answer put in the cache at once.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { Note } from '../../../shared/model';
import { call } from '../api/client';
import { notebookNotesKey, notebookNotesQuery, searchKey } from '../api/queries';
import { useQueryErrorNotice } from '../api/use-query-error';
import { useNotices } from '../notices/notice-context';

const newestFirst = (a: Note, b: Note) => b.updatedAt.localeCompare(a.updatedAt);
const NONE: Note[] = [];

export function useNotebookNotes() {
  const { reportError } = useNotices();
  const queryClient = useQueryClient();
  const { data, error } = useQuery(notebookNotesQuery());
  useQueryErrorNotice(error, 'Loading the notebook notes');
  const notes = useMemo(
    () => (data ? [...data].sort(newestFirst) : error ? NONE : null),
    [data, error],
  );

  // Notebook notes are searched too.
  const changedList = useCallback(
    (change: (list: Note[]) => Note[]) => {
      queryClient.setQueryData<Note[]>(notebookNotesKey, (list) => (list ? change(list) : list));
      void queryClient.invalidateQueries({ queryKey: searchKey });
    },
    [queryClient],
  );

  /** Puts the host's answer in place (after a save). */
  const replace = useCallback(
    (note: Note) => changedList((list) => [note, ...list.filter((n) => n.id !== note.id)]),
    [changedList],
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
        changedList((list) => list.filter((n) => n.id !== id));
        return true;
      } catch (error) {
        reportError('Deleting the notebook note', error);
        return false;
      }
    },
    [changedList, reportError],
  );

  return { notes, replace, create, remove };
}
