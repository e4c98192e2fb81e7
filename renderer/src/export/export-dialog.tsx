// The Export dialog: choose what (scope, filters, order) and how (format), see the Markdown of
// exactly that scope before saving, then save it through the host (save dialog or download).
import { useMemo, useState } from 'react';
import '../styles/export.css';
import type { ExportFormat } from '../../../shared/contract';
import type { ArticleSummary } from '../../../shared/model';
import { saveExport } from '../api/client';
import { messageOf } from '../api/api-error';
import { MarkdownPreview } from '../notes/markdown-preview';
import { flushAllSaves } from '../notes/use-debounced-save';
import { useNotices } from '../notices/notice-context';
import { ExportActions } from './export-actions';
import { Modal } from '../versions/modal';
import {
  FORMATS,
  choicesFor,
  countsOf,
  describeCounts,
  formatLabel,
  scopeOf,
  scopeProblem,
  suggestedName,
  withoutFrontMatter,
  type ExportChoices,
} from './export-choices';
import { ExportScopeFields } from './export-scope-fields';
import { useExportPreview, type Preview } from './use-export-preview';

interface Props {
  /** The open article, for "This article". */
  article: { id: string; title: string } | null;
  articles: readonly ArticleSummary[];
  onClose: () => void;
}

export function ExportDialog({ article, articles, onClose }: Props) {
  const { inform } = useNotices();
  const [choices, setChoices] = useState<ExportChoices>(() => ({
    scope: article ? 'article' : 'notebook',
    articleId: article?.id ?? null,
    chosenIds: article ? [article.id] : [],
    tagIds: [],
    colors: [],
    from: '',
    to: '',
    order: 'library',
  }));
  const [format, setFormat] = useState<ExportFormat>('markdown');
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  // A bundle is the whole notebook: it is shown and sent that scope, the analyst's kept aside.
  const shown = useMemo(() => choicesFor(choices, format), [choices, format]);
  const problem = scopeProblem(shown);
  const scope = useMemo(() => (problem ? null : scopeOf(shown)), [shown, problem]);
  const preview = useExportPreview(scope, problem);

  const change = (changes: Partial<ExportChoices>) => {
    setSaveError(null);
    setChoices((c) => ({ ...c, ...changes }));
  };

  const save = async () => {
    if (!scope) return;
    setSaving(true);
    setSaveError(null);
    try {
      await flushAllSaves();
      const result = await saveExport({ format, ...scope });
      if (!result.saved) return; // the analyst cancelled the save dialog
      const where = result.path
        ? `Exported to ${result.path}`
        : `Exported ${result.fileName ?? 'the file'} to your downloads.`;
      const left = result.skipped ?? [];
      inform(
        left.length
          ? `${where} ${left.length} article${left.length === 1 ? ' was' : 's were'} left out: ` +
              left.map((s) => `“${s.title}” (${s.reason})`).join('; ')
          : where,
      );
      onClose();
    } catch (error) {
      setSaveError(`Exporting as ${formatLabel(format)} failed: ${messageOf(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title="Export" onClose={onClose} wide>
      <div className="export-dialog" data-testid="export-dialog">
        <div className="export-dialog__form">
          <ExportScopeFields
            choices={shown}
            onChange={change}
            articles={articles}
            articleTitle={article?.title ?? null}
            wholeNotebookOnly={format === 'bundle'}
          />
          <fieldset className="export-field">
            <legend>Format</legend>
            <div className="export-formats">
              {FORMATS.map((f) => (
                <label key={f.format} className="export-choice" title={f.hint}>
                  <input
                    type="radio"
                    name="export-format"
                    value={f.format}
                    aria-describedby={format === f.format ? 'export-format-hint' : undefined}
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
            <p className="export-field__hint" id="export-format-hint">
              {FORMATS.find((f) => f.format === format)?.hint}
            </p>
            {format === 'bundle' && (
              <p className="export-field__hint">
                A bundle is a backup of the whole notebook, so the scope above is the whole
                notebook. Import it on another machine to restore or merge it.
              </p>
            )}
          </fieldset>
        </div>
        <PreviewPane preview={preview} format={format} />
      </div>
      <ExportActions
        error={saveError}
        saving={saving}
        disabled={scope === null}
        onCancel={onClose}
        onSave={() => void save()}
      />
    </Modal>
  );
}

function PreviewPane({ preview, format }: { preview: Preview; format: ExportFormat }) {
  const counts = preview.state === 'ready' ? countsOf(preview.markdown) : null;
  const wholeNotebook = format === 'bundle';
  return (
    <section className="export-preview" data-testid="export-preview">
      <header className="export-preview__header">
        <h3 className="export-preview__title">Preview</h3>
        <span className="export-preview__counts" data-testid="export-counts" aria-live="polite">
          {preview.state === 'loading'
            ? 'Preparing…'
            : counts
              ? describeCounts(counts)
              : preview.state === 'ready'
                ? ''
                : '—'}
        </span>
      </header>
      {preview.state === 'ready' && (
        <p className="export-field__hint" data-testid="export-file-name">
          Saved as <span dir="auto">{suggestedName(preview.fileName, format)}</span>
        </p>
      )}
      {/* A stop for the keyboard, so the arrows and Page keys scroll a long preview. */}
      <div className="export-preview__body" role="region" aria-label="Preview" tabIndex={0}>
        {wholeNotebook && (
          <p className="export-field__hint" data-testid="export-preview-bundle">
            The bundle holds the whole notebook: every article below, with its highlights, notes and
            tags.
          </p>
        )}
        {preview.state === 'ready' ? (
          preview.markdown.trim() ? (
            <MarkdownPreview source={withoutFrontMatter(preview.markdown)} gfm />
          ) : (
            <p className="pane__empty">Nothing matches: the export would be empty.</p>
          )
        ) : preview.state === 'loading' ? (
          <p className="pane__empty">Preparing the preview…</p>
        ) : preview.state === 'blocked' ? (
          <p className="pane__empty">{preview.message}</p>
        ) : (
          <p className="export-dialog__error" role="alert">
            The preview could not be made: {preview.message}
          </p>
        )}
      </div>
    </section>
  );
}
