// The "Notebook notes" view beside the library's articles: the list of free notes, or the
// one open, with create, rename (its title) and delete.
import { useMemo, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model';
import { formatTimestamp } from './format-updated';
import { NotebookNoteEditor } from './notebook-note-editor';
import { backlinksTo } from './note-links';
import { linkTargets } from './note-preview';
import { useNoteRequest } from './note-request';
import type { QuoteTarget } from './quote-target';
import { useNotebookNotes } from './use-notebook-notes';
import './notebook-notes.css';

interface Props {
  /** Changes whenever highlights may have changed, so quotes are fetched again. */
  stamp: unknown;
  onOpenHighlight: (articleId: string, highlightId: string) => void;
  onQuoteTarget: (target: QuoteTarget | null) => void;
  /** The library's articles, which `[[Title]]` links may name. */
  articles?: readonly ArticleSummary[] | null;
  onOpenArticle?: (articleId: string) => void;
}

export function NotebookNotesPanel(props: Props) {
  const { stamp, onOpenHighlight, onQuoteTarget, articles, onOpenArticle } = props;
  const { notes, replace, create, remove } = useNotebookNotes();
  const [openId, setOpenId] = useState<string | null>(null);
  const links = useMemo(
    () =>
      linkTargets(notes ?? [], articles ?? [], (target) =>
        target.kind === 'note' ? setOpenId(target.id) : onOpenArticle?.(target.id),
      ),
    [notes, articles, onOpenArticle],
  );
  // A note asked for elsewhere (a search hit) opens here.
  const noteRequest = useNoteRequest();
  const [requested, setRequested] = useState(noteRequest?.nonce);
  if (noteRequest && noteRequest.nonce !== requested) {
    setRequested(noteRequest.nonce);
    setOpenId(noteRequest.noteId);
  }
  const open = notes?.find((n) => n.id === openId);

  if (open) {
    return (
      <NotebookNoteEditor
        key={open.id}
        note={open}
        stamp={stamp}
        onSaved={replace}
        onBack={() => setOpenId(null)}
        onDelete={() => void remove(open.id).then((done) => done && setOpenId(null))}
        onOpenHighlight={onOpenHighlight}
        onQuoteTarget={onQuoteTarget}
        links={links}
        backlinks={backlinksTo(open, notes ?? [])}
        onOpenNote={setOpenId}
      />
    );
  }

  return (
    <div className="notebook-notes" data-testid="notebook-notes">
      <div className="notebook-notes__bar">
        <button
          type="button"
          className="button button--small button--primary"
          onClick={() => void create().then((note) => note && setOpenId(note.id))}
        >
          New note
        </button>
      </div>
      {notes === null ? (
        <p className="pane__empty">Loading…</p>
      ) : notes.length === 0 ? (
        <p className="pane__empty">
          No notebook notes yet. Write a working assessment and quote highlights in it.
        </p>
      ) : (
        <ul className="notebook-notes__list" aria-label="Notebook notes">
          {notes.map((note) => (
            <li key={note.id}>
              <button
                type="button"
                className="notebook-notes__item"
                onClick={() => setOpenId(note.id)}
              >
                <span className="notebook-notes__title" dir="auto">
                  {note.title || 'Untitled note'}
                </span>
                <time className="notebook-notes__updated" dateTime={note.updatedAt}>
                  {formatTimestamp(note.updatedAt)}
                </time>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
