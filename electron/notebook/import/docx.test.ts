// DOCX extraction on a document built with the `docx` package, and the zip packages that
// must be refused before (or while) they inflate: bombs, liars, crowds, strangers.
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';
import { Document, FootnoteReferenceRun, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { DEFAULT_COLOR_MEANINGS } from '../../../shared/model';
import { render } from '../export/export-fixture';
import { renderMarkdown } from '../export/markdown';
import { extractDocx } from './docx';
import { MAX_ENTRIES } from './docx-zip';
import { assemble } from './extracted';
import { ImportError } from './import-error';
import { articleFromSource, sourceBlocksOf } from './to-article';

async function report(): Promise<Uint8Array> {
  const doc = new Document({
    creator: 'Amina Khan',
    title: 'Valley Report',
    description: 'A test document',
    styles: {
      // As Word defines them: quote styles exist only when a document uses them.
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', run: { italics: true } },
        { id: 'IntenseQuote', name: 'Intense Quote', basedOn: 'Normal', run: { bold: true } },
      ],
    },
    footnotes: { 1: { children: [new Paragraph('Provincial budget, table 4.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Valley Report', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Background', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({
            children: [
              new TextRun('The plan promises '),
              new TextRun({ text: 'roads', bold: true }),
              new TextRun(' and clinics.'),
              new FootnoteReferenceRun(1),
            ],
          }),
          new Paragraph({
            children: [new TextRun('First line'), new TextRun({ text: 'second line', break: 1 })],
          }),
          new Paragraph({ text: 'Roads to every district', bullet: { level: 0 } }),
          new Paragraph({ text: 'Clinics in each tehsil', bullet: { level: 0 } }),
          new Paragraph({ text: 'Staffed by local nurses', bullet: { level: 1 } }),
          new Paragraph({ text: '“We have heard this before,” one elder said.', style: 'Quote' }),
          new Paragraph({ text: 'Nothing was built.', style: 'IntenseQuote' }),
          new Paragraph({ text: 'Officials disagree.' }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('extractDocx', () => {
  it('reads headings, paragraphs, lists, quotes and core properties', async () => {
    const result = await extractDocx(await report(), 'valley.docx');
    expect(result.title).toBe('Valley Report');
    expect(result.byline).toBe('Amina Khan');
    expect(result.publishedAtSource).toBe(result.publishedAt ? 'file' : null);
    expect(result.dir).toBe('ltr');
    expect(result.blocks[0]).toEqual({ kind: 'heading', text: 'Valley Report', removed: 'title' });
    const kept = result.blocks.filter((b) => !b.removed).map((b) => [b.kind, b.text]);
    expect(kept).toEqual([
      ['heading', 'Background'],
      ['paragraph', 'The plan promises roads and clinics.[1]'],
      ['paragraph', 'First line\nsecond line'],
      ['list-item', 'Roads to every district'],
      ['list-item', 'Clinics in each tehsil'],
      ['list-item', 'Staffed by local nurses'],
      ['quote', '“We have heard this before,” one elder said.'],
      ['quote', 'Nothing was built.'],
      ['paragraph', 'Officials disagree.'],
      ['list-item', '[1] Provincial budget, table 4.'],
    ]);
    expect(assemble(result.blocks).text).not.toContain('↑');
  });

  it("falls back to the file's creation date, and exports say so", async () => {
    const bytes = await report();
    const result = await extractDocx(withCore(bytes, '2024-06-25T10:00:00Z'), 'dated.docx');
    expect(result).toMatchObject({
      publishedAt: '2024-06-25',
      publishedAtSource: 'file',
      publishedAtUncertain: true,
    });
    const { article, note } = articleFromSource(
      { ...result, kind: 'docx', encoding: null },
      { sha256: '0'.repeat(64), fileName: 'dated.docx' },
    );
    const out = await render(renderMarkdown, {
      articles: [{ ...article, sourceBlocks: sourceBlocksOf(article), note, highlights: [] }],
      colorMeanings: DEFAULT_COLOR_MEANINGS,
      tags: [],
      generatedAt: new Date('2024-07-01T00:00:00Z'),
    });
    expect(out.data).toContain("- **Date:** 2024-06-25 (from the file's properties");
    expect(out.data).not.toContain('page metadata');
  });

  it("prefers a date the text states to the file's creation date", async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: 'Flood Briefing', heading: HeadingLevel.TITLE }),
            new Paragraph('Date: 15 July 2024'),
            new Paragraph('Water rose overnight in the lower valley on 3 July 2024.'),
          ],
        },
      ],
    });
    const bytes = withCore(new Uint8Array(await Packer.toBuffer(doc)), '2024-09-01T08:00:00Z');
    const result = await extractDocx(bytes, 'briefing.docx');
    expect(result).toMatchObject({
      publishedAt: '2024-07-15',
      publishedAtSource: 'date-line',
      publishedAtUncertain: false,
    });
  });

  it('refuses an entry that claims a huge size before inflating anything', async () => {
    const bomb = zip([
      {
        name: 'word/document.xml',
        data: Buffer.from('<w:document/>'),
        deflate: true,
        claim: 0xfffffff0,
      },
    ]);
    await expect(extractDocx(bomb, 'bomb.docx')).rejects.toThrow(
      /^“bomb\.docx” could not be read as a Word document: its part “word\/document\.xml” would unpack to \d+ MB/,
    );
  });

  it('refuses a part compressed like a zip bomb', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const bomb = zip([{ name: 'word/document.xml', data: zeros, deflate: true }]);
    await expect(extractDocx(bomb, 'zeros.docx')).rejects.toThrow(/zip bomb/);
  });

  it('stops a part that inflates past the size it declares', async () => {
    const big = Buffer.from(`<w:document>${'x'.repeat(200_000)}</w:document>`);
    const liar = zip([
      { name: '[Content_Types].xml', data: Buffer.from('<Types/>') },
      { name: 'word/document.xml', data: big, deflate: true, claim: 100 },
    ]);
    const error = await extractDocx(liar, 'liar.docx').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(
      /^“liar\.docx” could not be read as a Word document: /,
    );
  });

  it('refuses a package with too many parts', async () => {
    const crowd = zip(
      Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => ({
        name: `word/p${i}.xml`,
        data: Buffer.alloc(0),
      })),
    );
    await expect(extractDocx(crowd, 'crowd.docx')).rejects.toThrow(/more than the 5000/);
  });

  it('refuses a zip that is not a Word document, and bytes that are not a zip', async () => {
    const other = zip([{ name: 'notes.txt', data: Buffer.from('hello') }]);
    await expect(extractDocx(other, 'notes.docx')).rejects.toThrow(
      '“notes.docx” could not be read as a Word document: it has no main document (word/document.xml).',
    );
    await expect(extractDocx(new TextEncoder().encode('plain text'), 'fake.docx')).rejects.toThrow(
      /^“fake\.docx” could not be read as a Word document: it is not a valid zip package/,
    );
  });
});

interface ZipEntry {
  name: string;
  data: Buffer;
  deflate?: boolean;
  /** The uncompressed size written in the headers, when it should lie. */
  claim?: number;
}

/** A minimal zip writer, so the headers can say what a hostile file would say. */
function zip(entries: ZipEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const body = e.deflate ? deflateRawSync(e.data) : e.data;
    const fields = (h: Buffer, at: number) => {
      h.writeUInt16LE(e.deflate ? 8 : 0, at);
      h.writeUInt32LE(0, at + 2); // time, date
      h.writeUInt32LE(crc32(e.data), at + 6);
      h.writeUInt32LE(body.length, at + 10);
      h.writeUInt32LE(e.claim ?? e.data.length, at + 14);
      h.writeUInt16LE(name.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 8);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** Rebuilds a package with another creation date in docProps/core.xml (docx writes today's). */
function withCore(bytes: Uint8Array, created: string): Uint8Array {
  const entries = readZip(Buffer.from(bytes));
  return zip(
    entries.map((e) =>
      e.name === 'docProps/core.xml'
        ? {
            ...e,
            data: Buffer.from(
              e.data.toString('utf8').replace(/(<dcterms:created[^>]*>)[^<]*/, `$1${created}`),
            ),
          }
        : e,
    ),
  );
}

/** Reads a zip written by docx (JSZip): local headers with sizes, deflate or store. */
function readZip(buf: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  while (buf.readUInt32LE(at) === 0x04034b50) {
    const method = buf.readUInt16LE(at + 8);
    const size = buf.readUInt32LE(at + 18);
    const nameLength = buf.readUInt16LE(at + 26);
    const extra = buf.readUInt16LE(at + 28);
    const name = buf.subarray(at + 30, at + 30 + nameLength).toString();
    const start = at + 30 + nameLength + extra;
    const body = buf.subarray(start, start + size);
    entries.push({
      name,
      data: method === 8 ? inflateRawSync(body) : Buffer.from(body),
      deflate: true,
    });
    at = start + size;
  }
  return entries;
}
