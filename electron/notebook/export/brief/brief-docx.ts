// A brief as a Word file: the notes' headings, paragraphs and lists, each quote written out
// (a quote alone in its paragraph as a Quote-styled paragraph) with a real Word footnote citing
// it, what was left out said, and the sources list at the end.
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
  type Table,
} from 'docx';
import type { DrawnChart } from '../chart-render';
import { a4WithPageNumbers, WORD_STYLES } from '../docx-styles';
import { isRightToLeft } from '../docx-provenance';
import type { ExportFile } from '../model';
import { briefBlocks, type BriefBlock, type BriefPiece } from './brief-blocks';
import { matrixDocx } from './brief-matrix-docx';
import { type BriefModel } from './brief-model';
import { briefFileName, sectionOptions, type SectionOptions } from './brief-text';

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
  const body: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(brief.title)] }),
    ...briefParagraphs(brief, { level: 1 }),
  ];
  if (brief.sources.length) {
    body.push(heading('Sources'));
    for (const source of brief.sources) body.push(bullet(source));
  }
  return new Document({
    creator: 'Dossier',
    title: brief.title,
    description: `A brief written by Dossier on ${brief.generatedAt.toISOString().slice(0, 10)}`,
    styles: WORD_STYLES,
    footnotes: briefFootnotes(brief),
    sections: [{ ...a4WithPageNumbers(), children: body }],
  });
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

const headingAt = (level: number) => HEADINGS[Math.min(Math.max(level, 1), 6) - 1]!;

/**
 * The notes as Word paragraphs (each note headed at `level` 1–3 when there are several, or
 * always with `headed`), then what was left out; the footnotes they point to are briefFootnotes.
 */
export function briefParagraphs(
  brief: BriefModel,
  options: SectionOptions,
): Array<Paragraph | Table> {
  const { level, headed, leftOutLabel, notes } = sectionOptions(brief, options);
  const at = headingAt(level);
  const body: Array<Paragraph | Table> = [];
  for (const note of notes) {
    if (headed) body.push(heading(note.title, at));
    for (const block of briefBlocks(note.parts)) {
      if (block.kind === 'matrix') body.push(...matrixDocx(block.matrix));
      else if (block.kind === 'chart') body.push(...chartDocx(block.chart));
      else body.push(paragraph(block));
    }
  }
  if (brief.leftOut.length) {
    body.push(heading(leftOutLabel, at));
    for (const line of brief.leftOut) body.push(bullet(line));
  }
  return body;
}

/** One Word footnote per quote, by its number, for the Document's `footnotes`. */
export function briefFootnotes(brief: BriefModel) {
  return Object.fromEntries(
    brief.quotes.map((q) => [
      q.note,
      { children: [new Paragraph({ children: [new TextRun(q.footnote)] })] },
    ]),
  );
}

const heading = (text: string, level: (typeof HEADINGS)[number] = HeadingLevel.HEADING_1) =>
  new Paragraph({
    heading: level,
    bidirectional: isRightToLeft(text),
    children: [new TextRun({ text, rightToLeft: isRightToLeft(text) })],
  });

const bullet = (text: string) =>
  new Paragraph({
    bullet: { level: 0 },
    children: [new TextRun({ text, rightToLeft: isRightToLeft(text) })],
  });

/** A chart as a picture across the text's width (its PNG, twice the drawn size), titled under it. */
function chartDocx(chart: DrawnChart): Paragraph[] {
  const width = 600;
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png(),
          transformation: { width, height: Math.round((width * chart.height) / chart.width) },
          altText: { name: chart.title, title: chart.title, description: chart.title },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: chart.title, italics: true, size: 18 })] }),
  ];
}

function paragraph(block: Exclude<BriefBlock, { kind: 'matrix' | 'chart' }>): Paragraph {
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
    heading: note.kind === 'heading' ? headingAt(note.level ?? 2) : undefined,
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
  if (part.kind === 'missing') return [new TextRun({ text: part.mark, italics: true })];
  const { words, rtl, note } = part.quote;
  if (!rtl) return [new TextRun({ text: `“${words}”` }), new FootnoteReferenceRun(note)];
  // A right-to-left quote inside a sentence is embedded (RLE … PDF, the controls Word and
  // LibreOffice both honour) in a run of its own, the quotation marks outside it: an Urdu
  // quote holding "TTP" reads as one unit from the right, in the sentence's order.
  return [
    new TextRun({ text: '“' }),
    new TextRun({ text: `\u202b${words.replace(/\s*\n\s*/g, ' ')}\u202c`, rightToLeft: true }),
    new TextRun({ text: '”' }),
    new FootnoteReferenceRun(note),
  ];
}
