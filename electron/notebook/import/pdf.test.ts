// PDF extraction on documents built here with pdf-lib: running headers, page numbers,
// hyphenation, headings, two columns, metadata, and the files that must be refused.
import { PDFDocument, PDFString, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { assemble } from './extracted';
import { ImportError } from './import-error';
import { extractPdf } from './pdf';

const BODY = 11;
const LEADING = 14;

/** Draws lines top-down from `y`, returning the next free y. */
function draw(page: PDFPage, font: PDFFont, lines: string[], x: number, y: number, size = BODY) {
  for (const line of lines) {
    page.drawText(line, { x, y, size, font });
    y -= size === BODY ? LEADING : size * 1.3;
  }
  return y;
}

/** Greedy word wrap at a width, the way a typesetter without hyphenation would. */
function wrap(font: PDFFont, text: string, width: number, size = BODY): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  return line ? [...lines, line] : lines;
}

const P1 =
  'The provincial government announced a new plan for the northern districts on Monday, promising roads, clinics and schools within three years of the first budget.';
const P2 =
  'Officials said the money would come from federal transfers and a new levy on construction, though critics doubted that either source would last.';
const P3 =
  'Residents of the valley have heard such promises before. A similar scheme launched a decade ago left half-built bridges across the river and a hospital without staff.';

async function report(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Northern Districts Plan');
  doc.setAuthor('Amina Khan');
  doc.setCreationDate(new Date('2024-06-25T10:00:00Z'));
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const pages = [0, 1, 2].map(() => doc.addPage([612, 792]));
  pages.forEach((page, i) => {
    page.drawText('Quarterly Review of Development Spending', { x: 72, y: 750, size: 9, font });
    page.drawText(String(i + 1), { x: 300, y: 40, size: 9, font });
  });
  const [one, two, three] = pages as [PDFPage, PDFPage, PDFPage];
  let y = draw(one, bold, ['Northern Districts Plan'], 72, 690, 22);
  y -= 10;
  // P1 breaks "budget" with a hyphen at a line end; P2 follows after a blank line.
  y = draw(
    one,
    font,
    [
      'The provincial government announced a new plan for the northern districts on',
      'Monday, promising roads, clinics and schools within three years of the first bud-',
      'get.',
    ],
    72,
    y,
  );
  y -= LEADING;
  y = draw(one, font, wrap(font, P2, 460), 72, y);
  y -= LEADING;
  y = draw(one, bold, ['Earlier promises'], 72, y, 16);
  // P3 starts at the foot of page 1 and ends at the top of page 2.
  const p3 = wrap(font, P3, 460);
  draw(one, font, p3.slice(0, 2), 72, 130);
  y = draw(two, font, p3.slice(2), 72, 700);
  y -= LEADING;
  draw(two, font, ['• Roads to every district centre', '• Two clinics in each tehsil'], 72, y);
  // Page 3: two columns, each a paragraph of its own.
  const left = `Left column text. ${P1}`;
  const right = `Right column text. ${P2}`;
  draw(three, font, wrap(font, left, 220), 72, 700);
  draw(three, font, wrap(font, right, 220), 320, 700);
  return doc.save();
}

/** A one-page PDF created on `created` whose first lines are `lines`. */
async function dated(lines: string[], created: Date): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(created);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  let y = draw(
    page,
    await doc.embedFont(StandardFonts.HelveticaBold),
    ['Ceasefire review'],
    72,
    700,
    20,
  );
  y = draw(page, font, lines, 72, y - 10);
  draw(page, font, wrap(font, P2, 460), 72, y - LEADING);
  return doc.save();
}

describe('the date of a PDF', () => {
  it('prefers the date the document states to the file’s creation date', async () => {
    const result = await extractPdf(
      await dated(['Date: 15 July 2024'], new Date('2025-02-01T09:00:00Z')),
      'review.pdf',
    );
    expect(result.publishedAt).toBe('2024-07-15');
    expect(result.publishedAtSource).toBe('date-line');
  });

  it('takes the creation date over an "Updated" line, and says it came from the file', async () => {
    const result = await extractPdf(
      await dated(['Updated 3 March 2025'], new Date('2024-07-15T09:00:00Z')),
      'review.pdf',
    );
    expect(result.publishedAt).toBe('2024-07-15');
    expect(result.publishedAtSource).toBe('file');
  });
});

describe('extractPdf', () => {
  it('rebuilds paragraphs, headings and reading order, dropping headers and page numbers', async () => {
    const result = await extractPdf(await report(), 'report.pdf');
    const { text } = assemble(result.blocks);
    const kept = result.blocks.filter((b) => !b.removed);

    expect(result.title).toBe('Northern Districts Plan');
    expect(result.byline).toBe('Amina Khan');
    expect(result.publishedAt).toBe('2024-06-25');
    // The file's creation date, from its properties: said so, and held uncertain.
    expect(result.publishedAtSource).toBe('file');
    expect(result.publishedAtUncertain).toBe(true);
    expect(result.dir).toBe('ltr');

    expect(kept.map((b) => b.kind)).toEqual([
      'paragraph',
      'paragraph',
      'heading',
      'paragraph',
      'list-item',
      'list-item',
      'paragraph',
      'paragraph',
    ]);
    expect(kept[0]!.text).toBe(P1);
    expect(kept[1]!.text).toBe(P2);
    expect(kept[2]!.text).toBe('Earlier promises');
    // Continued across the page break, past the removed header and page number.
    expect(kept[3]!.text).toBe(P3);
    expect(kept[4]!.text).toBe('Roads to every district centre');
    expect(kept[6]!.text).toBe(`Left column text. ${P1}`);
    expect(kept[7]!.text).toBe(`Right column text. ${P2}`);
    expect(text).not.toContain('Quarterly Review');
    expect(text).not.toMatch(/\bbud-/);

    const removed = result.blocks.filter((b) => b.removed);
    expect(removed.filter((b) => b.removed === 'running header')).toHaveLength(3);
    expect(removed.filter((b) => b.removed === 'page number').map((b) => b.text)).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(removed.find((b) => b.removed === 'title')?.text).toBe('Northern Districts Plan');
  });

  it('keeps a hyphen the document uses elsewhere', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    draw(
      page,
      font,
      ['A half-built bridge stands next to another half-', 'built bridge on the river.'],
      72,
      700,
    );
    const result = await extractPdf(await doc.save(), 'bridge.pdf');
    expect(assemble(result.blocks).text).toBe(
      'A half-built bridge stands next to another half-built bridge on the river.',
    );
  });

  it('takes the title from the largest first-page line when the metadata has no real one', async () => {
    const doc = await PDFDocument.create();
    doc.setTitle('Microsoft Word - floods_v3_final.docx');
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([612, 792]);
    draw(page, font, ['Floods in Swat'], 72, 700, 24);
    draw(page, font, ['The river rose overnight.'], 72, 660);
    const result = await extractPdf(await doc.save(), 'floods.pdf');
    expect(result.title).toBe('Floods in Swat');
    expect(assemble(result.blocks).text).toBe('The river rose overnight.');
  });

  it('refuses a PDF without a text layer, saying it needs OCR', async () => {
    const doc = await PDFDocument.create();
    doc.addPage([612, 792]).drawRectangle({ x: 50, y: 50, width: 500, height: 700 });
    const bytes = await doc.save();
    await expect(extractPdf(bytes, 'scan.pdf')).rejects.toThrow(ImportError);
    await expect(extractPdf(bytes, 'scan.pdf')).rejects.toThrow(
      /^“scan\.pdf” has no text to extract: .*OCR/,
    );
  });

  it('refuses a damaged PDF naming the file', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.7\nthis is not a real PDF body at all\n%%EOF\n');
    await expect(extractPdf(bytes, 'broken.pdf')).rejects.toThrow(
      /^“broken\.pdf” could not be read as a PDF: /,
    );
  });

  it('refuses a password-protected PDF', async () => {
    await expect(extractPdf(await encrypted(), 'secret.pdf')).rejects.toThrow(
      '“secret.pdf” could not be read as a PDF: it is encrypted and needs a password to open.',
    );
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = await report();
    const copy = bytes.slice();
    await extractPdf(bytes, 'report.pdf');
    expect(bytes).toEqual(copy);
  });
});

/**
 * A PDF whose /Encrypt dictionary (standard handler, RC4 40-bit) has a user-password hash
 * the empty password cannot match: readers must ask for a password.
 */
async function encrypted(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage().drawText('Secret', { x: 72, y: 700, size: 12, font });
  const hash = PDFString.of('0123456789abcdef0123456789abcdef'.replace(/./g, 'x'));
  const encrypt = doc.context.obj({ Filter: 'Standard', V: 1, R: 2, O: hash, U: hash, P: -4 });
  doc.context.trailerInfo.Encrypt = doc.context.register(encrypt);
  doc.context.trailerInfo.ID = doc.context.obj([PDFString.of('id'), PDFString.of('id')]);
  return doc.save({ useObjectStreams: false });
}
