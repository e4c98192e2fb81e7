// Mixed Urdu and English lines in the PDF: laid out in the order the bidirectional algorithm
// gives (read back with pdf.js, item by item, by where each stands on the line), and the text
// extracted still reads as written.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { contentWidth, MARGIN, openPdf } from './pdf-document';
import { visualOrder } from './pdf-bidi';
import { writeParagraph, type StyledText } from './pdf-text';

interface Placed {
  str: string;
  x: number;
  y: number;
}

/** One paragraph in a fresh PDF, read back as its text items with their left edges. */
async function layout(spans: StyledText[], rtl: boolean): Promise<Placed[]> {
  const { doc, finish } = openPdf('bidi', new Date('2024-06-25T00:00:00Z'));
  writeParagraph(doc, spans, { x: MARGIN, width: contentWidth(doc), size: 11 }, rtl);
  const data = new Uint8Array(await finish());
  const pdf = await getDocument({ data, isEvalSupported: false, useSystemFonts: false }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  return content.items.flatMap((item) =>
    'str' in item && item.str.trim()
      ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number }]
      : [],
  );
}

const xOf = (items: Placed[], words: string) => {
  const found = items.find((i) => i.str.includes(words));
  if (!found) throw new Error(`“${words}” is not in ${JSON.stringify(items.map((i) => i.str))}`);
  return found.x;
};

describe('the PDF’s bidirectional layout', () => {
  it('sets an Urdu phrase inside an English sentence from the right, as one unit', async () => {
    const items = await layout(
      [
        { text: 'The press says “' },
        { text: 'حکومت نے کہا کہ TTP سے بات نہیں', isolate: true },
        { text: '” [2] in its words.' },
      ],
      false,
    );
    const english = xOf(items, 'The press says');
    const end = xOf(items, 'in its words');
    const tail = xOf(items, 'سے بات نہیں');
    const head = xOf(items, 'حکومت نے کہا کہ');
    const ttp = xOf(items, 'TTP');
    // English from the left; inside the isolated quote, its first words stand rightmost and the
    // English name keeps its place between the two halves.
    expect(english).toBeLessThan(tail);
    expect(tail).toBeLessThan(ttp);
    expect(ttp).toBeLessThan(head);
    expect(head).toBeLessThan(end);
    // Copied text keeps the words in the order written.
    const text = items.map((i) => i.str).join(' ');
    expect(text.indexOf('حکومت نے کہا کہ')).toBeLessThan(text.indexOf('سے بات نہیں'));
  });

  it('right-aligns an Urdu paragraph and keeps an English name and a year left to right', async () => {
    const items = await layout([{ text: 'اسلام آباد میں Express Tribune نے 2024 میں لکھا' }], true);
    const first = xOf(items, 'اسلام آباد میں');
    const name = xOf(items, 'Express Tribune');
    const last = xOf(items, 'میں ل');
    expect(name).toBeLessThan(first);
    expect(last).toBeLessThan(name);
    const year = xOf(items, '2024');
    expect(year).toBeLessThan(name);
    expect(last).toBeLessThan(year);
    const words = items.map((i) => i.str).join(' ');
    expect(words).toContain('Express Tribune');
    expect(words).toContain('2024');
  });

  it('orders levels as rule L2 of the algorithm says', () => {
    // L R R L: the right-to-left pair is reversed in place.
    expect(visualOrder([0, 1, 1, 0])).toEqual([0, 2, 1, 3]);
    // R L-inside-R R: the inner left-to-right pair keeps its order inside the reversal.
    expect(visualOrder([1, 2, 2, 1])).toEqual([3, 1, 2, 0]);
    expect(visualOrder([])).toEqual([]);
  });
});
