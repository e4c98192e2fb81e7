// CSV export read back with csv-parse: a BOM, CRLF rows, every field intact through quoting,
// and formula-like cells turned into text.
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvCell, renderCsv } from './csv';
import { exportFixture, QUOTES, render, RICH_NOTE, type ExportFixture } from './export-fixture';
import { highlightOver, onlyHighlights } from './paragraph-range.test-support';

let fixture: ExportFixture;
beforeAll(async () => {
  fixture = await exportFixture();
});
afterAll(() => fixture.close());

describe('csv export', () => {
  it('writes one row per highlight with its provenance, read back intact', async () => {
    const out = await render(renderCsv, await fixture.model());
    expect(out.mimeType).toBe('text/csv');
    expect(out.fileName).toMatch(/\.csv$/);
    expect(out.data.startsWith('\ufeffArticle title,')).toBe(true);
    expect(out.data.endsWith('\r\n')).toBe(true);
    // Every line break outside a quoted field is CRLF.
    expect(out.data.replace(/"(?:[^"]|"")*"/g, '')).not.toMatch(/[^\r]\n/);
    const [header, ...rows] = parse(out.data, { bom: true, relaxColumnCount: false }) as string[][];
    expect(header).toEqual([...CSV_COLUMNS]);
    const records = rows.map((row) => Object.fromEntries(row.map((v, i) => [header![i], v])));
    expect(records.map((r) => r.Quote)).toEqual([
      QUOTES.commas,
      QUOTES.urdu,
      `'${QUOTES.formula}`,
      QUOTES.hostile,
      QUOTES.lines,
      QUOTES.traders,
    ]);
    const { commas, urdu } = fixture.highlights;
    const [first, second] = fixture.articles;
    expect(records[0]).toEqual({
      'Article title': 'Talks on hold in Kabul',
      Outlet: 'Dawn, "Pakistan"',
      Author: 'A. Reporter',
      'Published date': '2024-06-25',
      'Date source': 'entered by hand',
      URL: 'https://www.dawn.com/news/123?x=1&y=2',
      'Captured date': first!.capturedAt,
      Paragraph: '1',
      Quote: QUOTES.commas,
      Note: RICH_NOTE,
      Tags: 'Actors/TTP;Place names',
      Colour: 'yellow',
      'Colour meaning': 'Key claim',
      Orphan: 'no',
      'Highlight id': commas.id,
      'Article id': first!.id,
      Created: commas.createdAt,
      Updated: commas.updatedAt,
      'Paragraph end': '1',
      'Words before': '',
      'Words changed in version': '',
      'Source reliability': '',
      'Information credibility': '',
      Grade: '',
      'Corroborated by': '',
    });
    expect(records[1]).toMatchObject({
      Quote: QUOTES.urdu,
      Note: 'اردو نوٹ 🙂',
      'Highlight id': urdu.id,
    });
    expect(records[2]).toMatchObject({ Note: "'=1+1", Tags: "'=cmd", Colour: 'orange' });
    // `here.\n\n-2+3` runs from paragraph 3 into 4.
    expect(records[4]).toMatchObject({
      Quote: QUOTES.lines,
      Paragraph: '3–4',
      'Paragraph end': '4',
      Colour: 'purple',
    });
    expect(records[5]).toMatchObject({
      'Article title': 'Border crossing reopens',
      Outlet: 'Express Tribune',
      'Article id': second!.id,
      Paragraph: '1',
    });
  });

  it('gives a quote ending at its paragraph end that paragraph alone', async () => {
    const model = await fixture.model();
    const quote = highlightOver(model.articles[0]!, 'typed into the form by someone.', 'end');
    const out = await render(renderCsv, onlyHighlights(model, 0, [quote]));
    const [header, row] = parse(out.data, { bom: true }) as string[][];
    const record = Object.fromEntries(row!.map((v, i) => [header![i], v]));
    expect(record).toMatchObject({ Paragraph: '2', 'Paragraph end': '2' });
  });

  it('neutralises formula-like cells and quotes what RFC 4180 requires', () => {
    expect(['=1', '+1', '-1', '@x', '\tx', '\rx', 'a=1', ''].map(csvCell)).toEqual([
      "'=1",
      "'+1",
      "'-1",
      "'@x",
      "'\tx",
      `"'\rx"`,
      'a=1',
      '',
    ]);
    expect(csvCell('a,"b"\nc')).toBe('"a,""b""\nc"');
    const row = ['=SUM(A1:A2)', 'x,"y"', 'line\r\nbreak', '😀 اردو'].map(csvCell).join(',');
    expect(parse(`${row}\r\n`)).toEqual([["'=SUM(A1:A2)", 'x,"y"', 'line\r\nbreak', '😀 اردو']]);
  });
});
