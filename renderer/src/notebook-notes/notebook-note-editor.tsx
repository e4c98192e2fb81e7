// One notebook note open: its title, its Markdown body saved as typed, and the live preview in
// which quoted highlights link back to their articles. Highlight cards quote into it.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Note } from '../../../shared/model';
import { highlightRef } from '../../../shared/note-refs';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import { useDebouncedSave, type SaveOptions, type SaveStatus } from '../notes/use-debounced-save';
import { BriefDialog } from '../brief/brief-dialog';
import { NotePreview } from './note-preview';
import type { QuoteTarget } from './quote-target';

interface Props {
  note: Note;
  stamp: unknown;
  onSaved: (note: Note) => void;
  onBack: () => void;
  onDelete: () => void;
  onOpenHighlight: (articleId: string, highlightId: string) => void;
  onQuoteTarget: (target: QuoteTarget | null) => void;
}

const STATUS_TEXT: Record<SaveStatus, string> = {
  idle: '',
  pending: 'Saving…',
  saving: 'Saving…',
  saved: 'Saved',
  failed: 'Not saved',
};

export function NotebookNoteEditor(props: Props) {
  const { note, onSaved, onQuoteTarget } = props;
  const { reportError } = useNotices();
  const { id } = note;
  // Title and body live here: a reply from an earlier save must not undo newer typing.
  const [title, setTitle] = useState(note.title);
  const [body, setBody] = useState(note.body);
  const [confirming, setConfirming] = useState(false);
  const [exporting, setExporting] = useState(false);
  const textarea = useRef<HTMLTextAreaElement | null>(null);

  const saveBody = useCallback(
    async (value: string, { unloading }: SaveOptions) => {
      try {
        onSaved(await call('notes.update', { id, body: value }, { unloading }));
      } catch (error) {
        reportError('Saving the notebook note', error);
        throw error;
      }
    },
    [id, onSaved, reportError],
  );
  const { status, schedule, flush } = useDebouncedSave(saveBody);

  const saveTitle = async () => {
    const next = title.trim() || 'Untitled note';
    setTitle(next);
    if (next === note.title) return;
    try {
      onSaved(await call('notes.update', { id, title: next }));
    } catch (error) {
      reportError('Renaming the notebook note', error);
    }
  };

  // Quoting puts the reference where the cursor is (or at the end), on a line of its own.
  const bodyNow = useRef(body);
  useEffect(() => {
    bodyNow.current = body;
  }, [body]);
  const insert = useCallback(
    (highlightId: string) => {
      const element = textarea.current;
      const current = bodyNow.current;
      const at =
        element && document.activeElement === element ? element.selectionEnd : current.length;
      const before = current.slice(0, at);
      const after = current.slice(at).replace(/^\n+/, '');
      const lead =
        before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
      const next = `${before}${lead}${highlightRef(highlightId)}\n\n${after}`;
      bodyNow.current = next;
      setBody(next);
      schedule(next);
    },
    [schedule],
  );

  const shownTitle = note.title;
  useEffect(() => {
    onQuoteTarget({ title: shownTitle, insert });
    return () => onQuoteTarget(null);
  }, [onQuoteTarget, shownTitle, insert]);

  return (
    <div className="notebook-note" data-testid="notebook-note">
      {exporting && <BriefDialog note={{ id, title }} onClose={() => setExporting(false)} />}
      <div className="notebook-note__bar">
        <button type="button" className="link-button" onClick={props.onBack}>
          ← All notes
        </button>
        <span className={`save-status save-status--${status}`} role="status">
          {STATUS_TEXT[status]}
        </span>
        <button
          type="button"
          className="button button--small"
          onClick={() => setExporting(true)}
          title="Write this note out as a brief: every quote in its exact words, with its citation"
        >
          Export as brief…
        </button>
        {confirming ? (
          <span className="notebook-note__confirm">
            <button
              type="button"
              className="button button--small button--danger"
              onClick={props.onDelete}
            >
              Delete note
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setConfirming(false)}
            >
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            className="button button--small"
            onClick={() => setConfirming(true)}
          >
            Delete…
          </button>
        )}
      </div>
      <input
        className="notebook-note__title"
        aria-label="Note title"
        value={title}
        dir="auto"
        onChange={(e) => setTitle(e.target.value)}
        onBlur={() => void saveTitle()}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
      <textarea
        ref={textarea}
        className="notebook-note__body"
        aria-label="Note body"
        placeholder="Your assessment (Markdown). Quote a highlight with “Quote in note” on its card."
        value={body}
        dir="auto"
        onChange={(e) => {
          setBody(e.target.value);
          schedule(e.target.value);
        }}
        onBlur={() => void flush()}
      />
      <h4 className="section-label">Preview</h4>
      {body.trim() ? (
        <NotePreview body={body} stamp={props.stamp} onOpenHighlight={props.onOpenHighlight} />
      ) : (
        <p className="muted notebook-note__empty">Nothing written yet.</p>
      )}
    </div>
  );
}
