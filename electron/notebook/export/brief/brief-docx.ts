// A brief as a Word file: the notes' headings, paragraphs and lists, each quote written out
// (a quote alone in its paragraph as a Quote-styled paragraph) with a real Word footnote citing
// it, what was left out said, and the sources list at the end.
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { a4WithPageNumbers, WORD_STYLES } from '../docx';
import { isRightToLeft } from '../docx-provenance';
import type { ExportFile } from '../model';
import { briefBlocks, type BriefBlock, type BriefPiece } from './brief-blocks';
import { LEFT_OUT_MARK, type BriefModel } from './brief-model';
import { briefFileName } from './brief-text';

export function renderBriefDocx(brief: BriefModel): ExportFile {
  return {
    fileName: briefFileName(brief, 'docx'),
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    encoding: 'base64',
    chunks: (async function* () {
      yield new Uint8Array(await Packer.toBuffer(briefDocument(brief)));
    })(),
  };
}

export function briefDocument(brief: BriefModel): Document {
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(brief.title)] }),
  ];
  for (const note of brief.notes) {
    if (brief.notes.length > 1) body.push(heading(note.title));
    body.push(...briefBlocks(note.parts).map(paragraph));
  }
  if (brief.leftOut.length) {
    body.push(heading('Left out of this brief'));
    for (const line of brief.leftOut) body.push(bullet(line));
  }
  if (brief.sources.length) {
    body.push(heading('Sources'));
    for (const source of brief.sources) body.push(bullet(source));
  }
  const footnotes = Object.fromEntries(
    brief.quotes.map((q) => [
      q.note,
      { children: [new Paragraph({ children: [new TextRun(q.footnote)] })] },
    ]),
  );
  return new Document({
    creator: 'Dossier',
    title: brief.title,
    description: `A brief written by Dossier on ${brief.generatedAt.toISOString().slice(0, 10)}`,
    styles: WORD_STYLES,
    footnotes,
    sections: [{ ...a4WithPageNumbers(), children: body }],
  });
}

const heading = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(text)] });

const bullet = (text: string) =>
  new Paragraph({
    bullet: { level: 0 },
    children: [new TextRun({ text, rightToLeft: isRightToLeft(text) })],
  });

function paragraph(block: BriefBlock): Paragraph {
  if (block.kind === 'quote') {
    const { words, note, rtl } = block.quote;
    return new Paragraph({
      style: 'Quote',
      bidirectional: rtl,
      children: [new TextRun({ text: words, rightToLeft: rtl }), new FootnoteReferenceRun(note)],
    });
  }
  const { block: note, pieces } = block;
  const text = note.spans.map((s) => s.text).join('');
  const left = note.bullet ? 360 * ((note.depth ?? 0) + 1) : 0;
  return new Paragraph({
    style: note.kind === 'quote' ? 'Quote' : undefined,
    heading: note.kind === 'heading' ? HeadingLevel.HEADING_2 : undefined,
    bidirectional: isRightToLeft(text),
    indent: note.bullet ? { left, hanging: 360 } : undefined,
    children: [
      ...(note.bullet ? [new TextRun({ text: `${note.bullet}\t` })] : []),
      ...pieces.flatMap(runs),
    ],
  });
}

function runs(piece: BriefPiece): ParagraphChild[] {
  if ('span' in piece) {
    const { text, bold, italic } = piece.span;
    return [new TextRun({ text, bold, italics: italic, rightToLeft: isRightToLeft(text) })];
  }
  const part = piece.quote;
  if (part.kind === 'missing') return [new TextRun({ text: LEFT_OUT_MARK, italics: true })];
  return [
    new TextRun({ text: `“${part.quote.words}”`, rightToLeft: part.quote.rtl }),
    new FootnoteReferenceRun(part.quote.note),
  ];
}
