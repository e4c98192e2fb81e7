// A brief as a printable A4 PDF: the notes' headings, paragraphs and lists with each quote
// written out and its note number after it ([1]), a quote alone in its paragraph set as a block
// quote, then the notes, what was left out and the sources. Real text, in the Noto fonts.
import { isRightToLeft } from '../docx-provenance';
import type { ExportFile } from '../model';
import { openPdf, pageFooters } from '../pdf';
import { writeParagraph, type Frame, type StyledText } from '../pdf-text';
import { briefBlocks, type BriefBlock } from './brief-blocks';
import { LEFT_OUT_MARK, type BriefModel } from './brief-model';
import { briefFileName } from './brief-text';

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
  const heading = (text: string, size: number) => {
    if (doc.y + size * 4 > doc.page.height - doc.page.margins.bottom) doc.addPage();
    doc.moveDown(0.6);
    writeParagraph(doc, [{ text, bold: true }], { ...body, size }, isRightToLeft(text));
    doc.moveDown(0.2);
  };

  writeParagraph(doc, [{ text: brief.title, bold: true }], { ...body, size: 22 }, false);
  doc.moveDown(0.4);
  for (const note of brief.notes) {
    if (brief.notes.length > 1) heading(note.title, 15);
    for (const block of briefBlocks(note.parts)) writeBlock(doc, block, body);
  }
  if (brief.quotes.length) {
    heading('Notes', 13);
    for (const q of brief.quotes) {
      writeParagraph(doc, [{ text: `${q.note}. ${q.footnote}` }], { ...body, size: 9.5 }, false);
      doc.moveDown(0.2);
    }
  }
  if (brief.leftOut.length) {
    heading('Left out of this brief', 13);
    for (const line of brief.leftOut) {
      writeParagraph(doc, [{ text: `• ${line}` }], body, isRightToLeft(line));
    }
  }
  if (brief.sources.length) {
    heading('Sources', 13);
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

function writeBlock(doc: PDFKit.PDFDocument, block: BriefBlock, body: Frame): void {
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
  const spans: StyledText[] = pieces.map((piece) => {
    if ('span' in piece) return piece.span;
    const part = piece.quote;
    return part.kind === 'quote'
      ? { text: `“${part.quote.words}” [${part.quote.note}]` }
      : { text: LEFT_OUT_MARK, italic: true };
  });
  if (note.bullet) spans.unshift({ text: `${note.bullet} ` });
  const text = spans.map((s) => s.text).join('');
  const size = note.kind === 'heading' ? 13 : body.size;
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
