// "Quote in note" over the selected quotations: each goes into the chosen notebook note (or a
// new one) as a quote of its own at the note's end, in table order, once; one undo step puts
// the note back; the bar then says what was added, with a way to the note.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Note } from '../../../shared/model';
import { messageOf } from '../api/api-error';
import { call } from '../api/client';
import { invalidateNotebook, notebookNotesQuery } from '../api/queries';
import { useArticleEditing } from '../layout/article-editing';
import { appendQuotes } from '../notebook-notes/markdown-edits';
import { requestNote } from '../notebook-notes/note-request';
import type { Command } from '../undo/command-stack';
import { PopoverButton } from './popover-button';
import { countLabel } from './quotation-format';

interface Props {
  /** The highlights to quote, or how to make them when a note is chosen (a timeline event). */
  ids: readonly string[] | (() => Promise<readonly string[]>);
  disabled: boolean;
}

type Outcome = { text: string; noteId?: string; failed?: boolean };

const titleOf = (note: Pick<Note, 'title'>) => note.title.trim() || 'Untitled note';

export function QuoteInNoteMenu({ ids, disabled }: Props) {
  const queryClient = useQueryClient();
  // Fetched again when the bar appears: a note made elsewhere (a script, another window) shows.
  const notes = useQuery({ ...notebookNotesQuery(), refetchOnMount: 'always' }).data ?? [];
  const { undo } = useArticleEditing();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  // The note changed, and with it what search finds in it.
  const refresh = () => invalidateNotebook(queryClient);
  const setBody = async (id: string, body: string) => {
    await call('notes.update', { id, body });
    await refresh();
  };

  const quoteIn = async (chosen: Note | 'new') => {
    setBusy(true);
    setOutcome(null);
    try {
      const note =
        chosen === 'new' ? await call('notes.create', { title: 'Quotations', body: '' }) : chosen;
      // The note as it is now, not as the menu last saw it.
      const current = (await call('notes.list', {})).find((n) => n.id === note.id) ?? note;
      const next = appendQuotes(current.body, typeof ids === 'function' ? await ids() : ids);
      const name = titleOf(current);
      if (next.added.length) {
        await setBody(current.id, next.body);
        const command: Command = {
          label: `quotes added to “${name}”`,
          undo: () => setBody(current.id, current.body),
          redo: () => setBody(current.id, next.body),
        };
        undo.record(command);
      } else await refresh();
      const already = next.already.length
        ? `; ${countLabel(next.already.length)} already there`
        : '';
      setOutcome({
        text: next.added.length
          ? `Quoted ${countLabel(next.added.length)} in “${name}”${already}.`
          : `Nothing added: “${name}” quotes ${next.already.length === 1 ? 'it' : 'them all'} already.`,
        noteId: current.id,
      });
    } catch (error) {
      setOutcome({ text: `Could not quote them in the note: ${messageOf(error)}`, failed: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <PopoverButton
        label="Quote in note"
        title="Quote in a notebook note"
        kind="menu"
        disabled={disabled || busy}
        width={280}
      >
        {(close) => (
          <>
            {notes.map((note) => (
              <button
                key={note.id}
                type="button"
                role="menuitem"
                className="menu__item"
                onClick={() => {
                  close();
                  void quoteIn(note);
                }}
              >
                <span className="menu__label" dir="auto">
                  {titleOf(note)}
                </span>
              </button>
            ))}
            <button
              type="button"
              role="menuitem"
              className="menu__item"
              onClick={() => {
                close();
                void quoteIn('new');
              }}
            >
              <span className="menu__label">New note…</span>
              <span className="menu__hint">“Quotations”</span>
            </button>
          </>
        )}
      </PopoverButton>
      {outcome && (
        <p
          className={`quotations-bulk__status${outcome.failed ? ' is-failed' : ''}`}
          role={outcome.failed ? 'alert' : 'status'}
          data-testid="quote-in-note-status"
        >
          {outcome.text}
          {outcome.noteId && (
            <button
              type="button"
              className="link-button quotations-bulk__undo"
              onClick={() => requestNote(outcome.noteId!)}
            >
              Open note
            </button>
          )}
        </p>
      )}
    </>
  );
}
