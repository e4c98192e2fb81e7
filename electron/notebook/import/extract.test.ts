// What extractSource says about how it read a text source: the encoding it used, and a
// warning naming the file when some of the bytes could not be read cleanly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assemble } from './extracted';
import { extractSource } from './extract';

const urdu = readFileSync(join(import.meta.dirname, 'fixtures/text/urdu-article.txt'), 'utf8');

describe('extractSource', () => {
  it('reads a BOM-less UTF-16 Urdu article as it reads the same article in UTF-8', async () => {
    const fromUtf8 = await extractSource({ bytes: Buffer.from(urdu), fileName: 'u8.txt' });
    const fromUtf16 = await extractSource({
      bytes: Buffer.from(urdu, 'utf16le').swap16(),
      fileName: 'u16.txt',
    });
    expect(fromUtf16.encoding).toBe('utf-16be');
    expect(fromUtf8.encoding).toBe('utf-8');
    expect(assemble(fromUtf16.blocks).text).toBe(assemble(fromUtf8.blocks).text);
    expect(fromUtf16.title).toBe(fromUtf8.title);
    expect(fromUtf16.warnings).toBeUndefined();
  });

  it('passes on a warning about bytes that are not valid UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from(urdu), Buffer.from([0xc3])]);
    const result = await extractSource({ bytes, fileName: 'cut.txt' });
    expect(result.encoding).toBe('utf-8');
    expect(result.warnings).toEqual([
      '“cut.txt” is not entirely valid UTF-8: 1 character could not be read and shows as “\uFFFD”.',
    ]);
  });
});
