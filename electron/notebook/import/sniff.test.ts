// Which extractor reads a source, and the refusals that name the file and the reason.
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-error';
import { MAX_SOURCE_BYTES, sniffSource, startsLikeHtml } from './sniff';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

function refusal(data: Uint8Array, fileName: string, contentType?: string): string {
  try {
    sniffSource(data, fileName, contentType);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).fileName).toBe(fileName);
    return (error as Error).message;
  }
  throw new Error(`${fileName} was not refused`);
}

/** A zip's local header naming one entry: all the sniffer looks at. */
const zipNaming = (name: string) =>
  new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8(`....${name}....`)]);

describe('sniffSource', () => {
  it('recognises formats by content before name', () => {
    expect(sniffSource(utf8('%PDF-1.7\n...'), 'report.txt')).toBe('pdf');
    expect(sniffSource(utf8('garbage\n%PDF-1.4\n'), 'x')).toBe('pdf');
    expect(sniffSource(zipNaming('word/document.xml'), 'report.zip')).toBe('docx');
    expect(sniffSource(utf8('<!DOCTYPE html><html><body>x'), 'page.txt')).toBe('html');
    expect(
      sniffSource(utf8('\n  <!-- saved from url=(0042)https://x/ -->\n<html lang="en">'), 'p'),
    ).toBe('html');
    expect(
      sniffSource(utf8('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'), 'p'),
    ).toBe('html');
    expect(sniffSource(utf8('\uFEFF<head><title>t</title>'), 'p')).toBe('html');
  });

  it('falls back to the extension and content type', () => {
    expect(sniffSource(utf8('# Title\n\ntext'), 'notes.md')).toBe('markdown');
    expect(sniffSource(utf8('# Title'), 'notes.MARKDOWN')).toBe('markdown');
    expect(sniffSource(utf8('<p>fragment</p>'), 'frag.htm')).toBe('html');
    expect(sniffSource(utf8('<p>fragment</p>'), 'download', 'text/html; charset=utf-8')).toBe(
      'html',
    );
    expect(sniffSource(utf8('# T'), 'download', 'text/markdown')).toBe('markdown');
    expect(sniffSource(utf8('Some copied text\nwith lines'), 'clip.txt')).toBe('text');
    expect(sniffSource(utf8('No extension at all'), 'README')).toBe('text');
  });

  it('does not take prose mentioning <html> for a web page', () => {
    expect(sniffSource(utf8('# Using the <html> element\n'), 'guide.md')).toBe('markdown');
    expect(startsLikeHtml('Notes about <html> tags')).toBe(false);
  });

  it('reads UTF-16 text with a byte-order mark, NUL bytes and all', () => {
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from('<html><body>سلام', 'utf16le')]);
    expect(sniffSource(le, 'page.txt')).toBe('html');
    const be = Buffer.from('Plain words', 'utf16le').swap16();
    expect(sniffSource(new Uint8Array([0xfe, 0xff, ...be]), 'note.txt')).toBe('text');
  });

  it('refuses empty and oversize files', () => {
    expect(refusal(new Uint8Array(0), 'x.txt')).toBe('“x.txt” is empty.');
    const huge = new Uint8Array(MAX_SOURCE_BYTES + 1);
    expect(refusal(huge, 'x')).toMatch(/^“x” is larger than 50 MB/);
    expect(MAX_SOURCE_BYTES).toBe(50 * 1024 * 1024);
  });

  it('refuses binary data', () => {
    expect(refusal(bytes(0x41, 0x00, 0x42, 0x43), 'report.bin')).toBe(
      '“report.bin” is not a document Dossier can read: it looks like binary data.',
    );
    const noisy = new Uint8Array(1000).map((_, i) => (i % 10 === 0 ? 0x01 : 0x61));
    expect(refusal(noisy, 'noise.txt')).toMatch(/binary data/);
  });

  it('accepts text with the control characters real files carry', () => {
    expect(sniffSource(utf8('Page one\fPage two\r\n\ttabbed\x1a'), 'old.txt')).toBe('text');
  });

  it('names the formats it refuses', () => {
    const ole = bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0);
    expect(refusal(ole, 'memo.doc')).toBe(
      '“memo.doc” is not a document Dossier can read: it is a legacy Word (.doc) file; save it as .docx or PDF first.',
    );
    const locked = new Uint8Array([...ole, ...Buffer.from('EncryptionInfo', 'utf16le')]);
    expect(refusal(locked, 'secret.docx')).toMatch(/^“secret\.docx” .*protected by a password/);
    expect(refusal(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), 'scan.png')).toMatch(
      /^“scan\.png” is not a document Dossier can read: it is an image \(PNG\)/,
    );
    expect(refusal(bytes(0xff, 0xd8, 0xff, 0xe0), 'photo.jpg')).toMatch(/image \(JPEG\)/);
    expect(refusal(utf8('{\\rtf1\\ansi hello}'), 'memo.rtf')).toMatch(/RTF document/);
    expect(refusal(bytes(0x1f, 0x8b, 8, 0), 'a.gz')).toMatch(/gzip/);
  });

  it('refuses zips that are not Word documents', () => {
    expect(refusal(zipNaming('xl/workbook.xml'), 'data.xlsx')).toMatch(/Excel workbook/);
    expect(refusal(zipNaming('ppt/presentation.xml'), 'deck.pptx')).toMatch(/PowerPoint/);
    expect(refusal(zipNaming('photos/a.jpg'), 'photos.zip')).toBe(
      '“photos.zip” is not a document Dossier can read: it is a zip archive, not a Word document.',
    );
  });

  it('refuses text wearing a PDF or DOCX name instead of importing garbage', () => {
    expect(refusal(utf8('hello'), 'report.pdf')).toBe(
      '“report.pdf” could not be read as a PDF: it does not start with a PDF header.',
    );
    expect(refusal(utf8('hello'), 'memo.docx')).toMatch(
      /^“memo\.docx” could not be read as a Word document/,
    );
  });
});
