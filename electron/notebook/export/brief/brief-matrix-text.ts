// An ACH matrix in a Markdown brief (a GitHub table, each quote's note mark after its words) and
// in an HTML brief (a table with a caption), the findings after it.
import { escapeHtml } from '../html-note';
import type { BriefMatrix, BriefMatrixRow } from './brief-matrix';

const cell = (text: string) =>
  text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const score = (h: BriefMatrix['hypotheses'][number]) =>
  `${h.inconsistency.toFixed(2)} (#${h.rank})`;

function evidenceWords(row: BriefMatrixRow): string {
  if (row.kind === 'argument') return `${row.label} (argument) ${row.words}`;
  if (row.kind === 'gone') return `${row.label} “${row.words}” (quote no longer in the notebook)`;
  return `${row.label} “${row.words}”`;
}

export function matrixMarkdown(matrix: BriefMatrix): string {
  const head = [
    'Evidence',
    'Grade',
    'Relevance',
    'Weight',
    ...matrix.hypotheses.map((h) => `${h.label}: ${h.title}`),
    'Diagnostic',
  ];
  const lines = [
    `**Competing hypotheses: ${cell(matrix.question)}**`,
    '',
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map(() => ' --- ').join('|')}|`,
  ];
  for (const row of matrix.rows) {
    const mark = row.quote ? `[^${row.quote.note}]` : '';
    lines.push(
      `| ${[
        cell(evidenceWords(row)) + mark,
        row.grade ?? '',
        row.relevance,
        row.weight.toFixed(2),
        ...row.ratings,
        row.diagnostic ? 'yes' : 'no',
      ].join(' | ')} |`,
    );
  }
  lines.push(
    `| ${['**Weighted inconsistency**', '', '', '', ...matrix.hypotheses.map(score), ''].join(' | ')} |`,
  );
  if (matrix.findings.length) lines.push('', matrix.findings.join(' '));
  return `${lines.join('\n')}\n\n`;
}

export function matrixHtml(matrix: BriefMatrix): string {
  const th = (text: string, scope = 'col') =>
    `<th scope="${scope}" dir="auto">${escapeHtml(text)}</th>`;
  const out = [
    '<table class="ach">',
    `<caption dir="auto">Competing hypotheses: ${escapeHtml(matrix.question)}</caption>`,
    '<thead><tr>',
    th('Evidence'),
    th('Grade'),
    th('Relevance'),
    th('Weight'),
    ...matrix.hypotheses.map((h) => th(`${h.label}: ${h.title}`)),
    th('Diagnostic'),
    '</tr></thead><tbody>',
  ];
  for (const row of matrix.rows) {
    const sup = row.quote
      ? `<sup class="fn"><a href="#note-${row.quote.note}" id="ref-${row.quote.note}">${row.quote.note}</a></sup>`
      : '';
    out.push(
      `<tr${row.diagnostic ? '' : ' class="flat"'}>`,
      `<th scope="row" dir="auto">${escapeHtml(evidenceWords(row))}${sup}</th>`,
      `<td>${escapeHtml(row.grade ?? '')}</td><td>${row.relevance}</td><td>${row.weight.toFixed(2)}</td>`,
      ...row.ratings.map((r) => `<td class="rating rating-${r || 'none'}">${r}</td>`),
      `<td>${row.diagnostic ? 'yes' : 'no'}</td></tr>`,
    );
  }
  out.push(
    '</tbody><tfoot><tr><th scope="row" colspan="4">Weighted inconsistency</th>',
    ...matrix.hypotheses.map((h) => `<td>${score(h)}</td>`),
    '<td></td></tr></tfoot></table>',
  );
  if (matrix.findings.length)
    out.push(`<p class="ach-findings">${escapeHtml(matrix.findings.join(' '))}</p>`);
  return out.join('\n');
}

/** CSS for the HTML brief's matrices. */
export const MATRIX_CSS = `
table.ach { border-collapse: collapse; margin: 1em 0; font-size: 0.86em; width: 100%; }
table.ach caption { text-align: start; font-weight: bold; margin-bottom: 0.4em; }
table.ach th, table.ach td { border: 1px solid #ccc; padding: 0.3em 0.45em; vertical-align: top; }
table.ach thead th { background: #f1efe8; }
table.ach td.rating { text-align: center; font-weight: bold; }
table.ach td.rating-CC, table.ach td.rating-C { background: #e6f3e8; }
table.ach td.rating-I, table.ach td.rating-II { background: #f8e3e1; }
table.ach tr.flat th, table.ach tr.flat td { color: #666; }
.ach-findings { font-size: 0.92em; }
`;
