// An ACH matrix in a PDF brief: a ruled table (evidence down, hypotheses across) drawn row by
// row, the header repeated on each page it runs onto, each quote's note number after its words.
import { writeParagraph, type Frame, type StyledText } from '../pdf-text';
import type { BriefMatrix, BriefMatrixRow } from './brief-matrix';

const SIZE = 8;
const PAD = 3;
const RULE = '#b9b4a8';
const SHADE: Record<string, string> = { CC: '#d5ecd9', C: '#e6f3e8', I: '#f8e3e1', II: '#f0c9c4' };

function evidenceSpans(row: BriefMatrixRow): StyledText[] {
  const spans: StyledText[] = [{ text: `${row.label} `, bold: true }];
  if (row.kind === 'argument') spans.push({ text: `(argument) ${row.words}` });
  else spans.push({ text: '“' }, { text: row.words, isolate: true }, { text: '”' });
  if (row.kind === 'gone') spans.push({ text: ' (quote no longer in the notebook)', italic: true });
  if (row.quote) spans.push({ text: ` [${row.quote.note}]` });
  return spans;
}

export function writeMatrixPdf(doc: PDFKit.PDFDocument, matrix: BriefMatrix, body: Frame): void {
  const n = matrix.hypotheses.length;
  // The evidence gets the room it needs; grade, relevance and diagnostic are narrow.
  const narrow = [34, 54, 38];
  const ratingWidth = Math.max(44, Math.min(90, (body.width * 0.5) / Math.max(n, 1)));
  const evidenceWidth = body.width - narrow.reduce((a, b) => a + b, 0) - ratingWidth * n;
  const widths = [
    evidenceWidth,
    narrow[0]!,
    narrow[1]!,
    ...matrix.hypotheses.map(() => ratingWidth),
    narrow[2]!,
  ];
  const xs = widths.map((_, i) => body.x + widths.slice(0, i).reduce((a, b) => a + b, 0));
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const measure = (cells: StyledText[][]) =>
    Math.max(
      ...cells.map((spans, i) => {
        doc.font(spans.some((s) => s.bold) ? 'sans-bold' : 'sans').fontSize(SIZE);
        const text = spans.map((s) => s.text).join('');
        return doc.heightOfString(text || ' ', { width: widths[i]! - PAD * 2 });
      }),
    ) +
    PAD * 2 +
    2;

  const drawRow = (
    cells: StyledText[][],
    fills: Array<string | undefined>,
    header = false,
  ): void => {
    const height = measure(cells);
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!header) drawRow(headCells, headFills, true);
    }
    const top = doc.y;
    fills.forEach((fill, i) => {
      if (fill) doc.save().rect(xs[i]!, top, widths[i]!, height).fill(fill).restore();
    });
    let lowest = top + height;
    cells.forEach((spans, i) => {
      doc.y = top + PAD;
      // Left to right as the table runs; a quote in Urdu is isolated within its cell.
      writeParagraph(
        doc,
        spans,
        { x: xs[i]! + PAD, width: widths[i]! - PAD * 2, size: SIZE },
        false,
      );
      lowest = Math.max(lowest, doc.y + PAD);
    });
    doc.save().lineWidth(0.5).strokeColor(RULE);
    xs.forEach((x, i) => doc.rect(x, top, widths[i]!, lowest - top).stroke());
    doc.restore();
    doc.y = lowest;
  };

  const headCells: StyledText[][] = [
    'Evidence',
    'Grade',
    'Relevance',
    ...matrix.hypotheses.map((h) => `${h.label}: ${h.title}`),
    'Diag.',
  ].map((text) => [{ text, bold: true }]);
  const headFills = headCells.map(() => '#f1efe8');

  doc.moveDown(0.4);
  writeParagraph(
    doc,
    [{ text: `Competing hypotheses: ${matrix.question}`, bold: true }],
    body,
    false,
  );
  doc.moveDown(0.3);
  drawRow(headCells, headFills, true);
  for (const row of matrix.rows) {
    drawRow(
      [
        evidenceSpans(row),
        [{ text: row.grade ?? '' }],
        [{ text: `${row.relevance} ${row.weight.toFixed(2)}` }],
        ...row.ratings.map((r) => [{ text: r, bold: true }]),
        [{ text: row.diagnostic ? 'yes' : 'no' }],
      ],
      [undefined, undefined, undefined, ...row.ratings.map((r) => SHADE[r]), undefined],
    );
  }
  drawRow(
    [
      [{ text: 'Weighted inconsistency', bold: true }],
      [],
      [],
      ...matrix.hypotheses.map((h) => [
        { text: `${h.inconsistency.toFixed(2)} (#${h.rank})`, bold: true },
      ]),
      [],
    ],
    [],
  );
  if (matrix.findings.length) {
    doc.moveDown(0.4);
    writeParagraph(
      doc,
      [{ text: matrix.findings.join(' ') }],
      { ...body, size: body.size - 1 },
      false,
    );
  }
  doc.x = body.x;
  doc.moveDown(0.4);
}
