// ACH matrices as CSV: one row per piece of evidence (its words, its citation as the brief's
// note gives it, grade, relevance, weight, diagnostic, one column per hypothesis) and one of
// weighted inconsistency per matrix; a spreadsheet can re-score them.
import { csvCell } from '../csv';
import type { ExportFile } from '../model';
import { matrixParts, type BriefModel } from './brief-model';
import { briefFileName } from './brief-text';

const row = (cells: string[]) => `${cells.map(csvCell).join(',')}\r\n`;

export function renderMatrixCsv(brief: BriefModel): ExportFile {
  return {
    fileName: briefFileName(brief, 'csv'),
    mimeType: 'text/csv',
    encoding: 'utf8',
    chunks: (async function* () {
      yield `\ufeff${matrixCsv(brief)}`;
    })(),
  };
}

export function matrixCsv(brief: BriefModel): string {
  const matrices = matrixParts(brief);
  const most = Math.max(0, ...matrices.map((m) => m.hypotheses.length));
  const head = [
    'Question',
    'Evidence',
    'Kind',
    'Words',
    'Citation',
    'Grade',
    'Relevance',
    'Weight',
    'Diagnostic',
    ...Array.from({ length: most }, (_, i) => `H${i + 1}`),
  ];
  let out = row(head);
  for (const m of matrices) {
    const pad = (cells: string[]) => [...cells, ...Array(most - cells.length).fill('')];
    out += row([
      m.question,
      'Hypothesis',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      ...pad(m.hypotheses.map((h) => h.title)),
    ]);
    for (const r of m.rows) {
      out += row([
        m.question,
        r.label,
        r.kind,
        r.words,
        r.quote?.footnote ?? '',
        r.grade ?? '',
        r.relevance,
        r.weight.toFixed(3),
        r.diagnostic ? 'yes' : 'no',
        ...pad(r.ratings),
      ]);
    }
    out += row([
      m.question,
      'Weighted inconsistency',
      '',
      '',
      '',
      '',
      '',
      '',
      '',
      ...pad(m.hypotheses.map((h) => h.inconsistency.toFixed(3))),
    ]);
  }
  return out;
}
