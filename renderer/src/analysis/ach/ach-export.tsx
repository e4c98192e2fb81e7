// Exports one matrix: Word or PDF tables, a Markdown table or CSV, every quote cited; or copies
// the reference that sets it in a brief from a notebook note.
import { useState } from 'react';
import type { AchMatrix } from '../../../../shared/ach';
import type { ExportFormat } from '../../../../shared/contract';
import { achRef } from '../../../../shared/note-refs';
import { saveExport } from '../../api/client';
import { useNotices } from '../../notices/notice-context';

const FORMATS: Array<{ format: ExportFormat; label: string }> = [
  { format: 'docx', label: 'Word' },
  { format: 'pdf', label: 'PDF' },
  { format: 'markdown', label: 'Markdown' },
  { format: 'csv', label: 'CSV' },
];

export function AchExport({ matrix }: { matrix: AchMatrix }) {
  const { inform, reportError } = useNotices();
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    try {
      const result = await saveExport({ format, achIds: [matrix.id] });
      if (result.saved) {
        inform(
          result.path
            ? `The matrix was saved to ${result.path}`
            : `The matrix ${result.fileName ?? ''} was saved to your downloads.`,
        );
      }
    } catch (error) {
      reportError('Exporting the matrix', error);
    } finally {
      setBusy(false);
    }
  };
  const copyRef = async () => {
    try {
      await navigator.clipboard.writeText(achRef(matrix.id));
      inform(
        `Copied ${achRef(matrix.id)}: paste it alone in a paragraph of a notebook note, and the brief sets the matrix there as a table.`,
      );
    } catch (error) {
      reportError('Copying the matrix for a note', error);
    }
  };
  return (
    <span className="ach-export" role="group" aria-label="Export the matrix">
      <select
        aria-label="Export format"
        value={format}
        onChange={(e) => setFormat(e.target.value as ExportFormat)}
      >
        {FORMATS.map((f) => (
          <option key={f.format} value={f.format}>
            {f.label}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={() => void save()} disabled={busy}>
        {busy ? 'Exporting…' : 'Export'}
      </button>
      <button type="button" className="button" onClick={() => void copyRef()}>
        Copy for a note
      </button>
    </span>
  );
}
