// The encodings matrix: every way a text source arrives must decode to the exact characters.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode';

const SAMPLE = 'Café “quoted” – €5 … naïve ‘single’ — Œuvre ™';
const URDU = 'سوات میں سیلاب: “پانی” €';

const decode = (bytes: Uint8Array | Buffer, fileName = 'a.txt', contentType?: string) =>
  decodeText(new Uint8Array(bytes), { fileName, contentType });

describe('decodeText', () => {
  it('reads UTF-8 with a BOM and strips the BOM', () => {
    const result = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(URDU)]));
    expect(result).toEqual({ text: URDU, encoding: 'utf-8' });
  });

  it('reads UTF-8 without a BOM', () => {
    expect(decode(Buffer.from(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-8' });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(URDU, 'utf16le')]);
    expect(decode(le)).toEqual({ text: URDU, encoding: 'utf-16le' });
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(URDU, 'utf16le').swap16()]);
    expect(decode(be)).toEqual({ text: URDU, encoding: 'utf-16be' });
  });

  it('reads Windows-1252 bytes 0x80-0x9F as the characters Windows meant', () => {
    // “quoted” – €5 … ‘single’ — Œuvre ™, byte by byte.
    const bytes = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35];
    const result = decode(Buffer.from([...bytes, 0x20, 0x85, 0x20, 0x91, 0x92, 0x97, 0x8c, 0x99]));
    expect(result.encoding).toBe('windows-1252');
    expect(result.text).toBe(
      'Café \u201Cq\u201D \u2013 \u20AC5 \u2026 \u2018\u2019\u2014\u0152\u2122',
    );
    expect(decode(iconv.encode(SAMPLE, 'windows-1252')).text).toBe(SAMPLE);
  });

  it('reads Latin-1 (ISO-8859-1) text', () => {
    const text = 'Señora Müller à Genève, ½ £ ©';
    expect(decode(Buffer.from(text, 'latin1'))).toEqual({ text, encoding: 'windows-1252' });
  });

  it('honours a charset in the content type', () => {
    const cyrillic = 'Пешавар';
    expect(
      decode(iconv.encode(cyrillic, 'koi8-r'), 'page', 'text/plain; charset="KOI8-R"'),
    ).toEqual({
      text: cyrillic,
      encoding: 'koi8-r',
    });
    // Browsers read a Latin-1 label as Windows-1252, where 0x93/0x94 are curly quotes.
    const result = decode(Buffer.from([0x93, 0x61, 0x94]), 'p', 'text/html; charset=ISO-8859-1');
    expect(result).toEqual({ text: '\u201Ca\u201D', encoding: 'windows-1252' });
  });

  it('honours <meta charset> and http-equiv in an HTML page', () => {
    const arabic = '<html><head><meta charset="windows-1256"></head><body>بيشاور</body></html>';
    const bytes = iconv.encode(arabic, 'windows-1256');
    expect(decode(bytes, 'page.html')).toEqual({ text: arabic, encoding: 'windows-1256' });

    const page = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head><body>€</body></html>`;
    const decoded = decode(iconv.encode(page, 'iso-8859-15'), 'saved.htm');
    expect(decoded.encoding).toBe('iso-8859-15');
    expect(decoded.text).toContain('<body>€</body>');
  });

  it('lets a BOM and a content type outrank <meta>', () => {
    const page = '<html><head><meta charset="windows-1252"></head><body>“x”</body></html>';
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page)]);
    expect(decode(withBom, 'p.html').text).toBe(page);
    expect(decode(Buffer.from(page), 'p.html', 'text/html; charset=utf-8').text).toBe(page);
  });

  it('ignores a charset it does not know and a <meta> in plain text', () => {
    expect(decode(Buffer.from(SAMPLE), 'p', 'text/plain; charset=x-klingon')).toEqual({
      text: SAMPLE,
      encoding: 'utf-8',
    });
    expect(decode(Buffer.from(`notes <meta charset="koi8-r"> ${SAMPLE}`)).encoding).toBe('utf-8');
  });

  it('keeps mostly-UTF-8 text as UTF-8 despite a stray byte', () => {
    const bytes = Buffer.concat([Buffer.from(`${URDU} ${URDU} `), Buffer.from([0x93])]);
    const result = decode(bytes);
    expect(result.encoding).toBe('utf-8');
    expect(result.text.startsWith(URDU)).toBe(true);
  });

  it('returns NFC text with \\n line ends', () => {
    const decomposed = 'Cafe\u0301\r\nline two\rline three\n';
    const result = decode(Buffer.from(decomposed));
    expect(result.text).toBe('Café\nline two\nline three\n');
    expect(result.text.normalize('NFC')).toBe(result.text);
  });

  it('round-trips any text through UTF-8 and UTF-16 with a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const expected = text
          .replace(/^\uFEFF/, '')
          .replace(/\r\n?/g, '\n')
          .normalize('NFC');
        expect(decode(Buffer.from(text)).text).toBe(expected);
        const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
        expect(decode(le).text).toBe(expected);
      }),
    );
  });
});
