// "Edit text…": correct the article's text in a plain text box and store it as a new version;
// then tell what happened to the highlights.
import { useState } from 'react';
import type { RevisionOutcome } from '../../../shared/contract';
import type { ArticleDetail } from '../../../shared/model';
import { call } from '../api/client';
import { useNotices } from '../notices/notice-context';
import { Modal } from './modal';

export function EditTextDialog({
  article,
  onClose,
  onRevised,
}: {
  article: Pick<ArticleDetail, 'id' | 'text' | 'lang'>;
  onClose: () => void;
  onRevised: (outcome: RevisionOutcome) => void;
}) {
  const { reportError } = useNotices();
  const [text, setText] = useState(article.text);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<RevisionOutcome | null>(null);

  const save = async () => {
    setSaving(true);
    try {
      const result = await call('articles.revise', { id: article.id, text });
      setOutcome(result);
      onRevised(result);
    } catch (error) {
      reportError('Saving the new text', error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title="Edit text" onClose={onClose} wide>
      {outcome ? (
        <div className="edit-text__outcome" role="status" data-testid="revision-outcome">
          <p>
            Saved as version {outcome.version}. {describeOutcome(outcome)}
          </p>
          {outcome.orphaned.length > 0 && (
            <p className="muted">
              Orphans keep their quote and note; find them under Orphans in the notes pane to
              re-attach them.
            </p>
          )}
          <div className="modal__actions">
            <button type="button" className="button button--primary" onClick={onClose}>
              Done
            </button>
          </div>
        </div>
      ) : (
        <form
          className="edit-text"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <p className="muted">
            Correct the text; the earlier version is kept, and every highlight is found again on the
            new text.
          </p>
          <textarea
            className="edit-text__input"
            aria-label="Article text"
            value={text}
            dir="auto"
            lang={article.lang}
            onChange={(event) => setText(event.target.value)}
          />
          <div className="modal__actions">
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button
              type="submit"
              className="button button--primary"
              disabled={saving || text.trim() === '' || text === article.text}
            >
              {saving ? 'Saving…' : 'Save as new version'}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}

export function describeOutcome({ anchored, moved, orphaned }: RevisionOutcome): string {
  const n = (count: number, one: string, many = `${one}s`) =>
    `${count} ${count === 1 ? one : many}`;
  return `${n(anchored.length, 'highlight')} kept, ${moved.length} moved, ${orphaned.length} orphaned.`;
}
