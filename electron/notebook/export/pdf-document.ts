// The PDF every export and brief is written into: A4, the Noto fonts registered, pages kept in
// memory until the end so each footer can say `page n of N`.
import PDFDocument from 'pdfkit';
import { FONT_FILES, type FontName } from './pdf-fonts';

export const MARGIN = 56;
export const GREY = '#5f6b7a';

/** The longest footer label: a long title is cut, so the footer stays one line. */
const FOOTER_LABEL_CHARS = 70;

export const contentWidth = (doc: PDFKit.PDFDocument) => doc.page.width - MARGIN * 2;

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

/** `label · page n of N` at the foot of every page. */
export function pageFooters(doc: PDFKit.PDFDocument, label: string) {
  const chars = Array.from(label.replace(/\s+/g, ' '));
  const shown =
    chars.length > FOOTER_LABEL_CHARS ? `${chars.slice(0, FOOTER_LABEL_CHARS).join('')}…` : label;
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not start a new page
    doc
      .font('sans')
      .fontSize(8)
      .fillColor(GREY)
      .text(`${shown} · page ${i + 1} of ${count}`, MARGIN, doc.page.height - MARGIN + 6, {
        width: contentWidth(doc),
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}
