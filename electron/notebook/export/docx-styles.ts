// The look every Word file Dossier writes shares (exports and briefs): Noto fonts, Naskh for
// right-to-left text, quotes set apart, A4 pages numbered at the foot.
import { AlignmentType, BorderStyle, Footer, PageNumber, Paragraph, TextRun } from 'docx';

const FONT = 'Noto Sans';
const RTL_FONT = 'Noto Naskh Arabic';

/** The Word styles every export shares: Noto fonts (Naskh for right-to-left), quotes set apart. */
export const WORD_STYLES = {
  default: {
    document: {
      run: {
        font: { ascii: FONT, hAnsi: FONT, cs: RTL_FONT },
        size: 22,
        language: { value: 'en-GB', bidirectional: 'ur-PK' },
      },
      paragraph: { spacing: { after: 120 } },
    },
  },
  paragraphStyles: [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { italics: true, color: '333333' },
      paragraph: {
        indent: { left: 567, right: 567 },
        spacing: { before: 240, after: 60 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: '9AA5B1', space: 8 } },
      },
    },
    {
      id: 'Attribution',
      name: 'Quote attribution',
      basedOn: 'Normal',
      run: { size: 18, color: '5F6B7A' },
      paragraph: { indent: { left: 567 }, spacing: { after: 80 } },
    },
  ],
};

/** An A4 section with the page number centred in its footer (made afresh for each document). */
export const a4WithPageNumbers = () => ({
  properties: { page: { size: { width: 11906, height: 16838 } } },
  footers: {
    default: new Footer({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
        }),
      ],
    }),
  },
});
