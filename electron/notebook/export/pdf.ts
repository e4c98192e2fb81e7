// PDF export: a printable A4 brief with the Word export's content and order, set in Noto
// fonts embedded from the installed TTFs (Arabic script and emoji in their own fonts), real
// selectable text, and page numbers in the footer. Made in Node, so every host can make it.
import PDFDocument from 'pdfkit';
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { noteBlocks } from './docx-note';
import {
  attribution,
  generatedOn,
  isRightToLeft,
  provenanceFacts,
  sourceLine,
} from './docx-provenance';
import {
  exportFileName,
  skippedHeading,
  skippedLines,
  type ExportDocument,
  type ExportRenderer,
  type ExportVocabulary,
} from './model';
import { FONT_FILES, type FontName } from './pdf-fonts';
import { measurable, writeParagraph, type Frame, type StyledText } from './pdf-text';

const MARGIN = 56;
const QUOTE_INDENT = 18;
const GREY = '#5f6b7a';

export const renderPdf: ExportRenderer = (model) => ({
  fileName: exportFileName(model, 'pdf'),
  mimeType: 'application/pdf',
  encoding: 'base64',
  chunks: pdf(model),
});

/** The pages are kept until the end (the footers count them); articles are read one at a time. */
async function* pdf(model: ExportDocument): AsyncGenerator<Uint8Array> {
  const { doc, finish } = openPdf('Dossier notes', model.generatedAt);
  const width = doc.page.width - MARGIN * 2;
  const body: Frame = { x: MARGIN, width, size: 10.5 };
  heading(doc, 'Dossier notes', 22, 0);
  writeParagraph(doc, [{ text: `Generated ${generatedOn(model)}`, color: GREY }], body, false);
  const sources: Source[] = [];
  for await (const article of model.articles) {
    renderArticle(doc, article, model, body);
    sources.push({ line: sourceLine({ ...article, url: undefined }), url: article.url });
  }
  renderSources(doc, sources, body);
  renderSkipped(doc, model, body);
  pageFooters(doc, 'Dossier notes');
  yield await finish();
}

/** An A4 document in the Noto fonts, collected in memory (pages kept for the footers). */
export function openPdf(
  title: string,
  createdAt: Date,
): { doc: PDFKit.PDFDocument; finish: () => Promise<Uint8Array> } {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN + 14, left: MARGIN, right: MARGIN },
    bufferPages: true,
    lang: 'en',
    displayTitle: true,
    info: { Title: title, Creator: 'Dossier', CreationDate: createdAt },
  });
  for (const [name, file] of Object.entries(FONT_FILES)) doc.registerFont(name as FontName, file);
  // Selected by name only: pdfkit then keeps each font open. A font first opened by its path
  // (the constructor's `font`) is read from disk again on every later selection by name.
  doc.font('sans');
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  return {
    doc,
    finish: async () => {
      doc.end();
      await done;
      return Buffer.concat(chunks);
    },
  };
}

/** What the closing sources list keeps of an article once its quotes are laid out. */
interface Source {
  line: string;
  url: string | undefined;
}

function renderArticle(
  doc: PDFKit.PDFDocument,
  article: ArticleDetail,
  model: ExportVocabulary,
  body: Frame,
) {
  keepWithNext(doc, 90);
  doc.moveDown(0.8);
  writeParagraph(
    doc,
    [{ text: article.title, bold: true }],
    { ...body, size: 16, lineGap: 1 },
    isRightToLeft(article.title),
  );
  doc.moveDown(0.2);
  for (const fact of provenanceFacts(article)) {
    writeParagraph(
      doc,
      [
        { text: `${fact.label}: `, bold: true, color: GREY },
        { text: fact.value, link: fact.link, color: GREY },
      ],
      { ...body, size: 9 },
      false,
    );
  }
  if (article.note.body.trim()) {
    heading(doc, 'Article note', 12);
    renderNote(doc, article.note.body, body);
  }
  const anchored = article.highlights.filter((h) => !h.orphan);
  const orphans = article.highlights.filter((h) => h.orphan);
  heading(doc, `Highlights (${anchored.length})`, 12);
  if (!anchored.length)
    writeParagraph(doc, [{ text: 'No highlights.', italic: true }], body, false);
  for (const h of anchored) renderHighlight(doc, article, h, model, body);
  if (orphans.length) {
    heading(doc, `No longer in the current text (${orphans.length})`, 12);
    for (const h of orphans) renderHighlight(doc, article, h, model, body);
  }
}

function renderHighlight(
  doc: PDFKit.PDFDocument,
  article: ArticleDetail,
  highlight: Highlight,
  model: ExportVocabulary,
  body: Frame,
) {
  const quote: Frame = {
    ...body,
    x: body.x + QUOTE_INDENT,
    width: body.width - QUOTE_INDENT * 2,
    size: 11,
    color: '#222222',
  };
  const rtl = isRightToLeft(highlight.quote.exact);
  // Short quotes are kept on one page so the bar beside them is not cut.
  keepWithNext(
    doc,
    Math.min(doc.heightOfString(measurable(highlight.quote.exact), quote) + 40, 240),
  );
  doc.moveDown(0.6);
  const top = doc.y;
  let page = pageIndex(doc);
  writeParagraph(doc, [{ text: highlight.quote.exact, italic: true }], quote, rtl);
  if (pageIndex(doc) !== page) page = -1;
  if (page !== -1) {
    doc
      .save()
      .moveTo(body.x + 4, top)
      .lineTo(body.x + 4, doc.y - 2)
      .lineWidth(2.5)
      .strokeColor('#9aa5b1')
      .stroke()
      .restore();
  }
  doc.moveDown(0.2);
  writeParagraph(
    doc,
    [{ text: attribution(article, highlight, model), color: GREY }],
    { ...quote, size: 8.5 },
    false,
  );
  if (highlight.note.trim()) {
    doc.moveDown(0.2);
    renderNote(doc, highlight.note, { ...quote, size: 10, color: '#111111' });
  }
}

function renderNote(doc: PDFKit.PDFDocument, markdown: string, frame: Frame) {
  for (const block of noteBlocks(markdown)) {
    const spans: StyledText[] = block.spans.map((s) => ({
      ...s,
      italic: s.italic || block.kind === 'quote',
    }));
    const rtl = isRightToLeft(spans.map((s) => s.text).join(''));
    const indent = block.bullet ? 14 * ((block.depth ?? 0) + 1) : block.kind === 'quote' ? 12 : 0;
    const at: Frame = {
      ...frame,
      x: frame.x + indent,
      width: frame.width - indent,
      size: block.kind === 'heading' ? frame.size + 1 : frame.size,
    };
    if (block.bullet) {
      const y = doc.y;
      doc.font('sans').fontSize(frame.size).fillColor('#111111');
      doc.text(block.bullet, rtl ? at.x + at.width + 2 : at.x - 12, y, { lineBreak: false });
      doc.y = y;
    }
    writeParagraph(doc, spans, at, rtl);
    doc.moveDown(0.25);
  }
}

function renderSources(doc: PDFKit.PDFDocument, sources: Source[], body: Frame) {
  if (!sources.length) return;
  heading(doc, 'Sources', 16);
  for (const { line, url } of sources) {
    writeParagraph(
      doc,
      [{ text: `• ${line}` }, ...(url ? [{ text: ' · ' }, { text: url, link: url }] : [])],
      { ...body, size: 9.5 },
      false,
    );
    doc.moveDown(0.2);
  }
}

function renderSkipped(doc: PDFKit.PDFDocument, { skipped }: ExportDocument, body: Frame) {
  if (!skipped.length) return;
  heading(doc, skippedHeading(skipped), 14);
  for (const line of skippedLines(skipped)) {
    writeParagraph(doc, [{ text: `• ${line}` }], { ...body, size: 9.5 }, isRightToLeft(line));
    doc.moveDown(0.2);
  }
}

function heading(doc: PDFKit.PDFDocument, text: string, size: number, before = 0.6) {
  keepWithNext(doc, size * 4);
  if (before) doc.moveDown(before);
  writeParagraph(doc, [{ text, bold: true }], { x: MARGIN, width: contentWidth(doc), size }, false);
  doc.moveDown(0.2);
}

/** Starts a new page when less than `height` points are left on this one. */
function keepWithNext(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

function pageIndex(doc: PDFKit.PDFDocument): number {
  const range = doc.bufferedPageRange();
  return range.start + range.count - 1;
}

const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - MARGIN * 2;

/** `Dossier notes · page 2 of 5` at the foot of every page. */
/** `label · page n of N` at the foot of every page. */
export function pageFooters(doc: PDFKit.PDFDocument, label: string) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    doc
      .font('sans')
      .fontSize(8)
      .fillColor(GREY)
      .text(`${label} · page ${i + 1} of ${count}`, MARGIN, doc.page.height - MARGIN + 6, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
