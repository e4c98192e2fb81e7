// One notebook note open: its title, its Markdown body saved as typed, and the live preview in
// which quoted highlights link back to their articles. Highlight cards quote into it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Note } from '../../../shared/model';
import { highlightRef } from '../../../shared/note-refs';
import { droppedHighlight, dropOffset } from './highlight-drag';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import { useDebouncedSave, type SaveOptions, type SaveStatus } from '../notes/use-debounced-save';
import { BriefDialog } from '../brief/brief-dialog';
import { applyStyle, type MarkdownStyle } from './markdown-edits';
import { NotePreview, type LinkTargets } from './note-preview';
import { NoteToolbar } from './note-toolbar';
import { QuotePicker } from './quote-picker';
import type { QuoteTarget } from './quote-target';

interface Props {
  note: Note;
  stamp: unknown;
  onSaved: (note: Note) => void;
  onBack: () => void;
  onDelete: () => void;
  onOpenHighlight: (articleId: string, highlightId: string) => void;
  onQuoteTarget: (target: QuoteTarget | null) => void;
  /** Where `[[Title]]` links lead. */
  links?: LinkTargets;
  /** The notes that link to this one. */
  backlinks?: readonly Note[];
  onOpenNote?: (id: string) => void;
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
  const [wide, setWide] = useState(false);
  const [picking, setPicking] = useState(false);
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
  /** The highlight being dropped into the text box, until the text box has taken it. */
  const dropping = useRef<string | null>(null);
  useEffect(() => {
    bodyNow.current = body;
  }, [body]);
  const insert = useCallback(
    (highlightId: string, atCaret = false, dropAt?: number) => {
      const element = textarea.current;
      const current = bodyNow.current;
      // From a card: where the cursor is while typing, else the end. From the picker: where the
      // cursor was left in the text box. Dropped: where the pointer let go.
      const at =
        dropAt ??
        (element && (atCaret || document.activeElement === element)
          ? element.selectionEnd
          : current.length);
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

  const edit = (next: string, start: number, end: number) => {
    bodyNow.current = next;
    setBody(next);
    schedule(next);
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(start, end);
    });
  };
  const style = (name: MarkdownStyle) => {
    const element = textarea.current;
    if (!element) return;
    const done = applyStyle(name, {
      text: bodyNow.current,
      start: element.selectionStart,
      end: element.selectionEnd,
    });
    edit(done.text, done.start, done.end);
  };
  const pick = (highlightId: string) => {
    insert(highlightId, true);
    setPicking(false);
    requestAnimationFrame(() => textarea.current?.focus());
  };

  const shownTitle = note.title;
  useEffect(() => {
    onQuoteTarget({ title: shownTitle, insert });
    return () => onQuoteTarget(null);
  }, [onQuoteTarget, shownTitle, insert]);

  const editor = (
    <div
      className={`notebook-note${wide ? ' notebook-note--wide' : ''}`}
      data-testid="notebook-note"
    >
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
      <NoteToolbar
        onStyle={style}
        picking={picking}
        onTogglePicker={() => setPicking((on) => !on)}
        wide={wide}
        onToggleWide={() => setWide((on) => !on)}
      />
      {picking && <QuotePicker onPick={pick} onClose={() => setPicking(false)} />}
      <div className="notebook-note__panes">
        <div className="notebook-note__write">
          <textarea
            ref={textarea}
            className="notebook-note__body"
            aria-label="Note body"
            placeholder="Your assessment (Markdown). Quote a highlight with “Quote in note” or Insert quote…; link a note or an article with [[its title]]."
            value={body}
            dir="auto"
            onDrop={(e) => {
              dropping.current = droppedHighlight(e);
            }}
            onChange={(e) => {
              const id = dropping.current;
              dropping.current = null;
              const at = id ? dropOffset(bodyNow.current, e.target.value, id) : -1;
              // A highlight dropped in: set apart as a quote of its own where it landed.
              if (id && at >= 0) return insert(id, false, at);
              setBody(e.target.value);
              schedule(e.target.value);
            }}
            onKeyDown={(e) => {
              if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return;
              const key = e.key.toLowerCase();
              if (key !== 'b' && key !== 'i') return;
              e.preventDefault();
              style(key === 'b' ? 'bold' : 'italic');
            }}
            onBlur={() => void flush()}
          />
        </div>
        <div className="notebook-note__read">
          <h4 className="section-label">Preview</h4>
          {body.trim() ? (
            <NotePreview
              body={body}
              stamp={props.stamp}
              onOpenHighlight={props.onOpenHighlight}
              links={props.links}
            />
          ) : (
            <p className="muted notebook-note__empty">Nothing written yet.</p>
          )}
          {props.backlinks && props.backlinks.length > 0 && (
            <nav className="note-backlinks" aria-label="Notes linking here">
              <h4 className="section-label">Linked from</h4>
              <ul>
                {props.backlinks.map((other) => (
                  <li key={other.id}>
                    <button
                      type="button"
                      className="link-button"
                      dir="auto"
                      onClick={() => props.onOpenNote?.(other.id)}
                    >
                      {other.title || 'Untitled note'}
                    </button>
                  </li>
                ))}
              </ul>
            </nav>
          )}
        </div>
      </div>
    </div>
  );
  if (!wide) return editor;
  return (
    <>
      <div className="notebook-note notebook-note--away">
        <p className="pane__empty">“{title}” is open over the whole window.</p>
        <button type="button" className="button button--small" onClick={() => setWide(false)}>
          Show it here
        </button>
      </div>
      {createPortal(
        <section
          className="note-overlay"
          aria-label={`Notebook note: ${title}`}
          data-testid="note-overlay"
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !picking && !exporting) setWide(false);
          }}
        >
          {editor}
        </section>,
        document.body,
      )}
    </>
  );
}
