// "Export these": the selected quotations (and only their articles) in a chosen format and order,
// previewed as the Markdown that will be written, then saved the way the Export dialog saves.
import { useMemo, useState } from 'react';
import '../styles/export.css';
import type { ExportFormat, ExportScope } from '../../../shared/contract';
import { messageOf } from '../api/api-error';
import { saveExport } from '../api/client';
import {
  FORMATS,
  countsOf,
  describeCounts,
  formatLabel,
  withoutFrontMatter,
  type OrderChoice,
} from '../export/export-choices';
import { useExportPreview } from '../export/use-export-preview';
import { MarkdownPreview } from '../notes/markdown-preview';
import { flushAllSaves } from '../notes/use-debounced-save';
import { useNotices } from '../notices/notice-context';
import { ExportActions, PreviewPending } from '../export/export-actions';
import { Modal } from '../versions/modal';
import { countLabel } from './quotation-format';

// A bundle is the whole notebook whatever is picked: it has no place here.
const OFFERED = FORMATS.filter((f) => f.format !== 'bundle');
const ORDERS: Array<{ order: OrderChoice; label: string }> = [
  { order: 'library', label: 'Library order' },
  { order: 'title', label: 'Title' },
  { order: 'date', label: 'Date' },
  { order: 'source', label: 'Outlet' },
];

interface Props {
  highlightIds: readonly string[];
  onClose: () => void;
}

export function ExportTheseDialog({ highlightIds, onClose }: Props) {
  const { inform } = useNotices();
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [order, setOrder] = useState<OrderChoice>('library');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const scope = useMemo<ExportScope>(
    () => ({ highlightIds: [...highlightIds], ...(order === 'library' ? {} : { order }) }),
    [highlightIds, order],
  );
  const preview = useExportPreview(scope, null);
  const counts = preview.state === 'ready' ? countsOf(preview.markdown) : null;

  const save = async () => {
    setSaving(true);
    setSaveError(null);
    try {
      await flushAllSaves();
      const result = await saveExport({ format, ...scope });
      if (!result.saved) return;
      inform(
        result.path
          ? `Exported ${countLabel(highlightIds.length)} to ${result.path}`
          : `Exported ${countLabel(highlightIds.length)} as ${result.fileName ?? 'a file'} to your downloads.`,
      );
      onClose();
    } catch (error) {
      setSaveError(`Exporting as ${formatLabel(format)} failed: ${messageOf(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={`Export ${countLabel(highlightIds.length)}`} onClose={onClose} wide>
      <div className="export-dialog" data-testid="export-these-dialog">
        <div className="export-dialog__form">
          <p className="export-field__hint">
            Only the selected quotations, each with its article’s title, outlet, date, URL and
            paragraph, its note, tags and colour meaning.
          </p>
          <fieldset className="export-field">
            <legend>Format</legend>
            <div className="export-formats">
              {OFFERED.map((f) => (
                <label key={f.format} className="export-choice" title={f.hint}>
                  <input
                    type="radio"
                    name="export-these-format"
                    value={f.format}
                    checked={format === f.format}
                    onChange={() => {
                      setSaveError(null);
                      setFormat(f.format);
                    }}
                  />
                  {f.label}
                </label>
              ))}
            </div>
            <p className="export-field__hint">{OFFERED.find((f) => f.format === format)?.hint}</p>
          </fieldset>
          <label className="export-field export-field--inline">
            <span>Articles by</span>
            <select value={order} onChange={(e) => setOrder(e.target.value as OrderChoice)}>
              {ORDERS.map((o) => (
                <option key={o.order} value={o.order}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <section className="export-preview" data-testid="export-preview">
          <header className="export-preview__header">
            <h3 className="export-preview__title">Preview</h3>
            <span className="export-preview__counts" aria-live="polite">
              {preview.state === 'loading' ? 'Preparing…' : counts ? describeCounts(counts) : ''}
            </span>
          </header>
          {/* A stop for the keyboard, so the arrows and Page keys scroll a long preview. */}
          <div className="export-preview__body" role="region" aria-label="Preview" tabIndex={0}>
            {preview.state === 'ready' ? (
              <MarkdownPreview source={withoutFrontMatter(preview.markdown)} gfm />
            ) : (
              <PreviewPending failed={preview.state === 'loading' ? undefined : preview.message} />
            )}
          </div>
        </section>
      </div>
      <ExportActions
        error={saveError}
        saving={saving}
        onCancel={onClose}
        onSave={() => void save()}
      />
    </Modal>
  );
}
