// An ACH matrix in a Word brief: a real table (evidence down, hypotheses across), each quote's
// footnote after its words, consistent cells shaded green and inconsistent red, the findings after.
import {
  FootnoteReferenceRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { isRightToLeft } from '../docx-provenance';
import type { BriefMatrix, BriefMatrixRow } from './brief-matrix';

const SHADE: Record<string, string> = { CC: 'D5ECD9', C: 'E6F3E8', I: 'F8E3E1', II: 'F0C9C4' };

const text = (value: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({
    bidirectional: isRightToLeft(value),
    children: [
      new TextRun({ text: value, size: 18, rightToLeft: isRightToLeft(value), ...options }),
    ],
  });

const cell = (children: Paragraph[], fill?: string) =>
  new TableCell({
    children,
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
  });

function evidenceCell(row: BriefMatrixRow): TableCell {
  const runs: ParagraphChild[] = [new TextRun({ text: `${row.label} `, bold: true, size: 18 })];
  if (row.kind === 'argument')
    runs.push(new TextRun({ text: `(argument) ${row.words}`, size: 18 }));
  else {
    const rtl = isRightToLeft(row.words);
    runs.push(new TextRun({ text: `“${row.words}”`, size: 18, rightToLeft: rtl }));
    if (row.kind === 'gone')
      runs.push(
        new TextRun({ text: ' (quote no longer in the notebook)', italics: true, size: 18 }),
      );
  }
  if (row.quote) runs.push(new FootnoteReferenceRun(row.quote.note));
  return cell([new Paragraph({ children: runs })], row.diagnostic ? undefined : 'F3F2EE');
}

export function matrixDocx(matrix: BriefMatrix): Array<Paragraph | Table> {
  const head = new TableRow({
    tableHeader: true,
    children: [
      'Evidence',
      'Grade',
      'Relevance',
      ...matrix.hypotheses.map((h) => `${h.label}: ${h.title}`),
      'Diagnostic',
    ].map((h) => cell([text(h, { bold: true })], 'F1EFE8')),
  });
  const rows = matrix.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          evidenceCell(row),
          cell([text(row.grade ?? '')]),
          cell([text(`${row.relevance} (${row.weight.toFixed(2)})`)]),
          ...row.ratings.map((r) => cell([text(r, { bold: true })], SHADE[r])),
          cell([text(row.diagnostic ? 'yes' : 'no')]),
        ],
      }),
  );
  const total = new TableRow({
    children: [
      cell([text('Weighted inconsistency', { bold: true })]),
      cell([text('')]),
      cell([text('')]),
      ...matrix.hypotheses.map((h) =>
        cell([text(`${h.inconsistency.toFixed(2)} (#${h.rank})`, { bold: true })]),
      ),
      cell([text('')]),
    ],
  });
  return [
    new Paragraph({
      spacing: { before: 160, after: 80 },
      children: [new TextRun({ text: `Competing hypotheses: ${matrix.question}`, bold: true })],
    }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [head, ...rows, total] }),
    ...(matrix.findings.length
      ? [
          new Paragraph({
            spacing: { before: 120 },
            children: [new TextRun(matrix.findings.join(' '))],
          }),
        ]
      : []),
  ];
}
