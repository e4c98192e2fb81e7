// PDF export: a printable A4 brief with the Word export's content and order, set in Noto
// fonts embedded from the installed TTFs (Arabic script and emoji in their own fonts), real
// selectable text, and page numbers in the footer. Made in Node, so every host can make it.
import type { ArticleDetail, Highlight } from '../../../shared/model';
import { noteBlocks } from './docx-note';
import {
  attribution,
  generatedOn,
  isRightToLeft,
  provenanceFacts,
  sourceLine,
} from './docx-provenance';
import { writeBriefNotes } from './brief/brief-pdf';
import {
  exportFileName,
  NOTES_HEADING,
  skippedHeading,
  skippedLines,
  type ExportDocument,
  type ExportRenderer,
  type ExportVocabulary,
} from './model';
import { contentWidth, GREY, MARGIN, openPdf, pageFooters } from './pdf-document';
import { measurable, writeParagraph, type Frame, type StyledText } from './pdf-text';
import { corroborationLine, wordsChangedLine } from './quote-provenance';

const QUOTE_INDENT = 18;

export const renderPdf: ExportRenderer = (model) => ({
  fileName: exportFileName(model, 'pdf'),
  mimeType: 'application/pdf',
  encoding: 'base64',
  chunks: pdf(model),
});

/** The pages are kept until the end (the footers count them); articles are read one at a time. */
async function* pdf(model: ExportDocument): AsyncGenerator<Uint8Array> {
  const { doc, finish } = openPdf(model.title, model.generatedAt);
  const width = doc.page.width - MARGIN * 2;
  const body: Frame = { x: MARGIN, width, size: 10.5 };
  // An export of one article is headed by the article itself, not by its title twice.
  if (!model.articleTitled) heading(doc, model.title, 22, 0);
  writeParagraph(doc, [{ text: `Generated ${generatedOn(model)}`, color: GREY }], body, false);
  const sources: Source[] = [];
  for await (const article of model.articles) {
    renderArticle(doc, article, model, body);
    sources.push({ line: sourceLine({ ...article, url: undefined }), url: article.url });
  }
  if (model.notebookNotes) {
    heading(doc, `${NOTES_HEADING} (${model.notebookNotes.notes.length})`, 16);
    writeBriefNotes(doc, model.notebookNotes, body, {
      level: 2,
      headed: true,
      leftOutLabel: 'Left out of the notebook notes',
    });
  }
  renderSources(doc, sources, body);
  renderSkipped(doc, model, body);
  pageFooters(doc, model.title);
  yield await finish();
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
    // The bar stands where the quote's lines begin: on the right of a right-to-left quote.
    const bar = rtl ? body.x + body.width - 4 : body.x + 4;
    doc
      .save()
      .moveTo(bar, top)
      .lineTo(bar, doc.y - 2)
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
  const corroborated = corroborationLine(model, highlight);
  if (corroborated) {
    writeParagraph(doc, [{ text: corroborated, color: '#1f5f3a' }], { ...quote, size: 8.5 }, false);
  }
  const changed = wordsChangedLine(highlight);
  if (changed) {
    writeParagraph(
      doc,
      [{ text: changed, italic: true, color: '#8a4b08' }],
      { ...quote, size: 8.5 },
      false,
    );
  }
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
