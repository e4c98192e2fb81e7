// The encodings matrix: every way a text source arrives must decode to the exact characters.
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, scanUtf8 } from './decode';

const SAMPLE = 'Café “quoted” – €5 … naïve ‘single’ — Œuvre ™';
const URDU = 'سوات میں سیلاب: “پانی” €';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures/text', name));
/** The Urdu fixture as the store keeps it: NFC with \n line ends. */
const URDU_ARTICLE = fixture('urdu-article.txt').toString('utf8').replace(/\r\n?/g, '\n');
const ARABIC =
  'أعلنت الحكومة في كابول، يوم الثلاثاء 12 مارس، عن إعادة فتح المعبر (طورخم) أمام الشاحنات.';
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

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

  it('keeps mostly-UTF-8 text as UTF-8 despite a stray byte, and says so', () => {
    const bytes = Buffer.concat([Buffer.from(`${URDU} ${URDU} `), Buffer.from([0x93])]);
    const result = decode(bytes, 'notes.txt');
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe(`${URDU} ${URDU} \uFFFD`);
    expect(result.warnings).toEqual([
      '“notes.txt” is not entirely valid UTF-8: 1 character could not be read and shows as “\uFFFD”.',
    ]);
  });

  it('reads UTF-16 LE and BE without a BOM: Urdu, Arabic and English', () => {
    expect(decode(Buffer.from(URDU_ARTICLE, 'utf16le'))).toEqual({
      text: URDU_ARTICLE,
      encoding: 'utf-16le',
    });
    expect(decode(utf16be(URDU_ARTICLE))).toEqual({ text: URDU_ARTICLE, encoding: 'utf-16be' });
    expect(decode(Buffer.from(ARABIC, 'utf16le'))).toEqual({ text: ARABIC, encoding: 'utf-16le' });
    expect(decode(utf16be(ARABIC))).toEqual({ text: ARABIC, encoding: 'utf-16be' });
    expect(decode(Buffer.from(SAMPLE, 'utf16le'))).toEqual({ text: SAMPLE, encoding: 'utf-16le' });
    expect(decode(utf16be(SAMPLE))).toEqual({ text: SAMPLE, encoding: 'utf-16be' });
  });

  it('trusts the NUL pattern of BOM-less UTF-16 over an 8-bit or UTF-8 label', () => {
    const page = `<html><body><p>${ARABIC}</p></body></html>`;
    const labelled = decode(Buffer.from(page, 'utf16le'), 'p.html', 'text/html; charset=utf-8');
    expect(labelled).toEqual({ text: page, encoding: 'utf-16le' });
  });

  it('reads a real Windows-1252 file without a warning', () => {
    const result = decode(fixture('windows-1252-memo.txt'), 'memo.txt');
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings).toBeUndefined();
    expect(result.text).toContain(
      'Genève, le 3 février 2024\n\nRéunion des bailleurs – compte rendu',
    );
    expect(result.text).toContain('l’aide d’urgence (environ 4,5 millions d’€)');
    expect(result.text).toContain('„großen Verlusten“ — besonders');
    expect(result.text).toContain('Œuvre commune, naïveté des promesses ‘à court terme’ ™.');
  });

  it('reads a short UTF-8 text with a broken sequence as UTF-8, not Windows-1252 garble', () => {
    // One Urdu word and a sequence cut short at the end, as a truncated download leaves it.
    const bytes = Buffer.concat([Buffer.from('Report from سوات '), Buffer.from([0xd8])]);
    const result = decode(bytes, 'cut.txt');
    expect(result.encoding).toBe('utf-8');
    expect(result.text).toBe('Report from سوات \uFFFD');
    expect(result.warnings).toEqual([
      '“cut.txt” is not entirely valid UTF-8: 1 character could not be read and shows as “\uFFFD”.',
    ]);
  });

  it('reads text mixing encodings the way that garbles less, and says so', () => {
    // Mostly Windows-1252 (curly quotes, accents), with two Urdu words pasted in as UTF-8.
    const legacy = iconv.encode('“Café” – naïve résumé ‘quoted’ … déjà vu, señor ', 'windows-1252');
    const bytes = Buffer.concat([legacy, Buffer.from('سوات'), legacy]);
    const result = decode(bytes, 'mixed.txt');
    expect(result.encoding).toBe('windows-1252');
    expect(result.text.startsWith('“Café” – naïve')).toBe(true);
    expect(result.warnings).toEqual([
      '“mixed.txt” mixes text encodings: it was read as Windows-1252, and 4 characters in it that look like UTF-8 may read wrongly.',
    ]);
  });

  it('reads declared UTF-8 as UTF-8 and warns of the bytes that are not', () => {
    const bytes = Buffer.concat([Buffer.from('<p>café'), Buffer.from([0xe9]), Buffer.from('</p>')]);
    const result = decode(bytes, 'page', 'text/html; charset=utf-8');
    expect(result.text).toBe('<p>café\uFFFD</p>');
    expect(result.warnings).toEqual([
      '“page” is not entirely valid UTF-8: 1 character could not be read and shows as “\uFFFD”.',
    ]);
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xff, 0xfe, 0x62])]);
    expect(decode(withBom, 'b.txt').warnings).toEqual([
      '“b.txt” is not entirely valid UTF-8: 2 characters could not be read and show as “\uFFFD”.',
    ]);
  });

  it('counts invalid UTF-8 as a WHATWG decoder replaces it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const decoded = new TextDecoder().decode(bytes);
        const genuine = Buffer.from(bytes).toString('latin1').split('\xEF\xBF\xBD').length - 1;
        const replacements = decoded.split('\uFFFD').length - 1;
        expect(scanUtf8(bytes).invalid).toBe(replacements - genuine);
      }),
    );
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
