// "Export as brief": a notebook note written out as the deliverable, in Markdown, Word, PDF or
// HTML, with Chicago notes or APA citations. The preview is the brief itself (its HTML, shown
// in a frame that runs nothing), so what is seen is what is written, left-out quotes included.
import { useEffect, useState } from 'react';
import '../styles/export.css';
import type { BriefStyle, ExportFormat } from '../../../shared/contract';
import { call, saveExport } from '../api/client';
import { messageOf } from '../api/api-error';
import { flushAllSaves } from '../notes/use-debounced-save';
import { useNotices } from '../notices/notice-context';
import { ExportActions, PreviewPending } from '../export/export-actions';
import { Modal } from '../versions/modal';

const FORMATS: Array<{ format: ExportFormat; label: string }> = [
  { format: 'docx', label: 'Word' },
  { format: 'pdf', label: 'PDF' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'html', label: 'HTML' },
];

const STYLES: Array<{ style: BriefStyle; label: string; hint: string }> = [
  {
    style: 'chicago-notes',
    label: 'Chicago notes',
    hint: 'A full footnote the first time a source is cited, a short one after.',
  },
  { style: 'apa', label: 'APA', hint: 'Author and year in each note, a reference list.' },
];

type Preview =
  { state: 'loading' } | { state: 'ready'; html: string } | { state: 'failed'; message: string };

/** The brief as HTML, made again when the style changes; an older answer never wins. */
function useBriefPreview(noteId: string, style: BriefStyle): Preview {
  const [answer, setAnswer] = useState<{ key: string; preview: Preview } | null>(null);
  const key = `${noteId}|${style}`;
  useEffect(() => {
    let live = true;
    flushAllSaves()
      .then(() =>
        call('export.render', { format: 'html', noteIds: [noteId], citationStyle: style }),
      )
      .then(
        (file) => live && setAnswer({ key, preview: { state: 'ready', html: file.data } }),
        (error: unknown) =>
          live && setAnswer({ key, preview: { state: 'failed', message: messageOf(error) } }),
      );
    return () => {
      live = false;
    };
  }, [key, noteId, style]);
  return answer?.key === key ? answer.preview : { state: 'loading' };
}

/** How many quotes the brief writes out and how many it had to leave out, from its HTML. */
function countsOf(html: string): string {
  const quotes = html.match(/<li id="note-\d+">/g)?.length ?? 0;
  const left = html.match(/<section class="left-out">[\s\S]*?<\/section>/)?.[0];
  const leftOut = left?.match(/<li[\s>]/g)?.length ?? 0;
  return (
    `${quotes} quote${quotes === 1 ? '' : 's'} cited` +
    (leftOut ? `, ${leftOut} left out (listed at the end)` : '')
  );
}

export function BriefDialog({
  note,
  onClose,
}: {
  note: { id: string; title: string };
  onClose: () => void;
}) {
  const { inform } = useNotices();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [style, setStyle] = useState<BriefStyle>('chicago-notes');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const preview = useBriefPreview(note.id, style);

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      await flushAllSaves();
      const result = await saveExport({ format, noteIds: [note.id], citationStyle: style });
      if (!result.saved) return;
      inform(
        result.path
          ? `The brief was saved to ${result.path}`
          : `The brief ${result.fileName ?? ''} was saved to your downloads.`,
      );
      onClose();
    } catch (error) {
      setSaveError(`The brief could not be written: ${messageOf(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      title={`Export “${note.title.trim() || 'Untitled note'}” as a brief`}
      onClose={onClose}
      wide
    >
      <div className="export-dialog" data-testid="brief-dialog">
        <div className="export-dialog__form">
          <fieldset className="export-field">
            <legend>Format</legend>
            <div className="export-formats">
              {FORMATS.map((f) => (
                <label key={f.format} className="export-choice">
                  <input
                    type="radio"
                    name="brief-format"
                    value={f.format}
                    checked={format === f.format}
                    onChange={() => setFormat(f.format)}
                  />
                  {f.label}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset className="export-field">
            <legend>Citations</legend>
            <div className="export-formats">
              {STYLES.map((s) => (
                <label key={s.style} className="export-choice" title={s.hint}>
                  <input
                    type="radio"
                    name="brief-style"
                    value={s.style}
                    checked={style === s.style}
                    onChange={() => setStyle(s.style)}
                  />
                  {s.label}
                </label>
              ))}
            </div>
            <p className="export-field__hint">{STYLES.find((s) => s.style === style)?.hint}</p>
          </fieldset>
        </div>
        <section className="export-preview" aria-label="Preview" data-testid="brief-preview">
          <header className="export-preview__header">
            <h3 className="export-preview__title">Preview</h3>
            <span className="export-preview__counts" data-testid="brief-counts" aria-live="polite">
              {preview.state === 'ready'
                ? countsOf(preview.html)
                : preview.state === 'loading'
                  ? 'Preparing…'
                  : '—'}
            </span>
          </header>
          <div className="export-preview__body export-preview__body--frame">
            {preview.state === 'ready' ? (
              <iframe
                className="brief-preview"
                title="The brief as it will be written"
                sandbox=""
                srcDoc={preview.html}
              />
            ) : (
              <PreviewPending failed={preview.state === 'failed' ? preview.message : undefined} />
            )}
          </div>
        </section>
      </div>
      <ExportActions
        error={saveError}
        saving={saving}
        disabled={preview.state !== 'ready'}
        onCancel={onClose}
        onSave={() => void save()}
        busyLabel="Writing…"
      />
    </Modal>
  );
}
