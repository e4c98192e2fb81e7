// A brief as a printable A4 PDF: the notes' headings, paragraphs and lists with each quote
// written out and its note number after it ([1]), a quote alone in its paragraph set as a block
// quote, then the notes, what was left out and the sources. Real text, in the Noto fonts.
import type { DrawnChart } from '../chart-render';
import { isRightToLeft } from '../docx-provenance';
import type { ExportFile } from '../model';
import { openPdf, pageFooters } from '../pdf-document';
import { writeParagraph, type Frame, type StyledText } from '../pdf-text';
import { briefBlocks, type BriefBlock } from './brief-blocks';
import { writeMatrixPdf } from './brief-matrix-pdf';
import { type BriefModel } from './brief-model';
import { briefFileName, sectionOptions, type SectionOptions } from './brief-text';

const MARGIN = 56;

export function renderBriefPdf(brief: BriefModel): ExportFile {
  return {
    fileName: briefFileName(brief, 'pdf'),
    mimeType: 'application/pdf',
    encoding: 'base64',
    chunks: (async function* () {
      yield await briefPdf(brief);
    })(),
  };
}

async function briefPdf(brief: BriefModel): Promise<Uint8Array> {
  const { doc, finish } = openPdf(brief.title, brief.generatedAt);
  const width = doc.page.width - MARGIN * 2;
  const body: Frame = { x: MARGIN, width, size: 10.5 };
  writeParagraph(doc, [{ text: brief.title, bold: true }], { ...body, size: 22 }, false);
  doc.moveDown(0.4);
  writeBriefNotes(doc, brief, body, { level: 1 });
  if (brief.sources.length) {
    pdfHeading(doc, 'Sources', { ...body, size: 13 });
    for (const source of brief.sources) {
      writeParagraph(
        doc,
        [{ text: source }],
        { ...body, x: MARGIN + 12, width: width - 12 },
        false,
      );
      doc.moveDown(0.2);
    }
  }
  pageFooters(doc, brief.title);
  return finish();
}

/** Heading sizes by level: a note's title, and the lists after the notes. */
const SIZES = [
  [15, 13],
  [14, 12],
  [13, 11],
] as const;

/**
 * The notes written into a PDF being made: each note (headed at `level` when there are several,
 * or always with `headed`), the numbered notes citing the quotes, then what was left out.
 */
export function writeBriefNotes(
  doc: PDFKit.PDFDocument,
  brief: BriefModel,
  body: Frame,
  options: SectionOptions,
): void {
  const { level, headed, leftOutLabel, notes } = sectionOptions(brief, options);
  const [noteSize, listSize] = SIZES[Math.min(Math.max(level, 1), 3) - 1]!;
  for (const note of notes) {
    if (headed) pdfHeading(doc, note.title, { ...body, size: noteSize });
    for (const block of briefBlocks(note.parts)) writeBlock(doc, block, body);
  }
  if (brief.quotes.length) {
    pdfHeading(doc, 'Notes', { ...body, size: listSize });
    for (const q of brief.quotes) {
      writeParagraph(doc, [{ text: `${q.note}. ${q.footnote}` }], { ...body, size: 9.5 }, false);
      doc.moveDown(0.2);
    }
  }
  if (brief.leftOut.length) {
    pdfHeading(doc, leftOutLabel, { ...body, size: listSize });
    for (const line of brief.leftOut) {
      writeParagraph(doc, [{ text: `• ${line}` }], body, isRightToLeft(line));
    }
  }
}

/** A bold heading, on a new page when too little of this one is left for it and a line. */
function pdfHeading(doc: PDFKit.PDFDocument, text: string, frame: Frame): void {
  if (doc.y + frame.size * 4 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.6);
  writeParagraph(doc, [{ text, bold: true }], frame, isRightToLeft(text));
  doc.moveDown(0.2);
}

/** A chart as a picture across the text's width, on the next page when it does not fit here. */
function writeChartPdf(doc: PDFKit.PDFDocument, chart: DrawnChart, body: Frame): void {
  const height = (body.width * chart.height) / chart.width;
  if (doc.y + height + body.size * 3 > doc.page.height - doc.page.margins.bottom) doc.addPage();
  doc.moveDown(0.4);
  doc.image(Buffer.from(chart.png()), body.x, doc.y, { width: body.width });
  doc.y += height + 4;
  writeParagraph(
    doc,
    [{ text: chart.title, italic: true }],
    { ...body, size: body.size - 1 },
    false,
  );
  doc.moveDown(0.4);
}

function writeBlock(doc: PDFKit.PDFDocument, block: BriefBlock, body: Frame): void {
  if (block.kind === 'matrix') return writeMatrixPdf(doc, block.matrix, body);
  if (block.kind === 'chart') return writeChartPdf(doc, block.chart, body);
  if (block.kind === 'quote') {
    const { words, note, rtl } = block.quote;
    doc.moveDown(0.3);
    writeParagraph(
      doc,
      [{ text: words, italic: true }, { text: ` [${note}]` }],
      { ...body, x: body.x + 18, width: body.width - 36 },
      rtl,
    );
    doc.moveDown(0.4);
    return;
  }
  const { block: note, pieces } = block;
  const spans: StyledText[] = pieces.flatMap((piece): StyledText[] => {
    if ('span' in piece) return [piece.span];
    const part = piece.quote;
    if (part.kind !== 'quote') return [{ text: part.mark, italic: true }];
    // The quote is isolated: an Urdu quote in an English sentence reads as one unit.
    return [
      { text: '“' },
      { text: part.quote.words, isolate: true },
      { text: `” [${part.quote.note}]` },
    ];
  });
  if (note.bullet) spans.unshift({ text: `${note.bullet} ` });
  const text = spans.map((s) => s.text).join('');
  // A note's own headings step down from a title's 15 pt, never below the body's size.
  const size =
    note.kind === 'heading' ? Math.max(body.size + 0.5, 16 - (note.level ?? 3)) : body.size;
  const indent = note.bullet ? 12 * ((note.depth ?? 0) + 1) : note.kind === 'quote' ? 18 : 0;
  if (note.kind === 'heading') doc.moveDown(0.4);
  writeParagraph(
    doc,
    note.kind === 'heading' ? spans.map((s) => ({ ...s, bold: true })) : spans,
    { ...body, size, x: body.x + indent, width: body.width - indent },
    isRightToLeft(text),
  );
  doc.moveDown(0.3);
}
