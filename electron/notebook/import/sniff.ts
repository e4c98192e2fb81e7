// Decides which extractor reads a source, by its bytes first and its name or content type
// second, and refuses what Dossier cannot read (empty, too large, binary, other formats).
import { MAX_IMPORT_BYTES } from '../../../shared/source-files';
import { ImportError, notReadable, quoted } from './import-error';

export type SourceKind = 'pdf' | 'docx' | 'html' | 'markdown' | 'text';

/** The largest source Dossier imports (one limit for every host): the worker holds it in memory. */
export const MAX_SOURCE_BYTES = MAX_IMPORT_BYTES;

/** How much of the start is inspected; enough for a saved page's doctype after comments. */
const SAMPLE_BYTES = 64 * 1024;

export function sniffSource(bytes: Uint8Array, fileName: string, contentType?: string): SourceKind {
  if (bytes.length === 0) throw new ImportError(fileName, `${quoted(fileName)} is empty.`);
  if (bytes.length > MAX_SOURCE_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1);
    throw new ImportError(
      fileName,
      `${quoted(fileName)} is larger than 50 MB (it is ${mb} MB), the most Dossier imports from one file.`,
    );
  }

  // The PDF specification lets a header follow some junk; readers look in the first 1 KB.
  if (indexOfAscii(bytes, '%PDF-', 1024) >= 0) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
    return sniffZip(bytes, fileName);
  }
  const foreign = foreignFormat(bytes, fileName);
  if (foreign) throw notReadable(fileName, foreign);

  const sample = textSample(bytes);
  if (sample === null) throw notReadable(fileName, 'it looks like binary data');

  const ext = extension(fileName);
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (startsLikeHtml(sample)) return 'html';
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (['htm', 'html', 'xhtml', 'shtml'].includes(ext)) return 'html';
  if (['md', 'markdown', 'mdown', 'mkd', 'mkdn'].includes(ext)) return 'markdown';
  // Text that claims to be a PDF or a Word file is a damaged or mislabelled file, not an
  // article: importing it as text would store garbage under a trusted-looking name.
  if (ext === 'pdf' || type === 'application/pdf') {
    throw new ImportError(
      fileName,
      `${quoted(fileName)} could not be read as a PDF: it does not start with a PDF header.`,
    );
  }
  if (ext === 'docx') {
    throw new ImportError(
      fileName,
      `${quoted(fileName)} could not be read as a Word document: it is not a DOCX package.`,
    );
  }
  return 'text';
}

/** True when markup opens the text (after a BOM, blank space, comments and an XML prolog). */
export function startsLikeHtml(text: string): boolean {
  const head = text
    .slice(0, 4096)
    .replace(/^\uFEFF/, '')
    .replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*\?>)*/i, '');
  return /^<(?:!doctype\s+html|html|head|body)(?=[\s>/])/i.test(head);
}

function sniffZip(bytes: Uint8Array, fileName: string): SourceKind {
  // Entry names sit uncompressed in the local headers and the central directory, so a byte
  // search finds them without inflating anything; docx.ts validates the package properly.
  const has = (name: string) => indexOfAscii(bytes, name, bytes.length) >= 0;
  if (has('word/document.xml')) return 'docx';
  if (has('xl/workbook.xml')) throw notReadable(fileName, 'it is an Excel workbook');
  if (has('ppt/presentation.xml')) throw notReadable(fileName, 'it is a PowerPoint presentation');
  if (has('application/vnd.oasis.opendocument')) {
    throw notReadable(fileName, 'it is an OpenDocument file; save it as .docx or PDF first');
  }
  if (has('application/epub+zip')) throw notReadable(fileName, 'it is an EPUB e-book');
  throw notReadable(fileName, 'it is a zip archive, not a Word document');
}

/** Names well-known binary formats so the refusal says what the file is. */
function foreignFormat(bytes: Uint8Array, fileName: string): string | null {
  const ext = extension(fileName);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // Office saves a password-protected .docx inside an OLE container with this stream.
    const encrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
      Buffer.from('EncryptionInfo', 'utf16le'),
    );
    if (encrypted)
      return 'it is protected by a password; remove the password in Word and import it again';
    return ext === 'doc'
      ? 'it is a legacy Word (.doc) file; save it as .docx or PDF first'
      : 'it is a legacy Microsoft Office file; save it as .docx or PDF first';
  }
  if (indexOfAscii(bytes, '{\\rtf', 8) === 0) {
    return 'it is an RTF document; save it as .docx or PDF first';
  }
  const image = imageFormat(bytes);
  if (image) return `it is an image (${image}), and Dossier reads text only`;
  if (startsWith(bytes, [0x1f, 0x8b])) return 'it is a compressed (gzip) archive';
  if (indexOfAscii(bytes, 'Rar!', 4) === 0 || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) {
    return 'it is a compressed archive';
  }
  return null;
}

function imageFormat(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'PNG';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'JPEG';
  if (indexOfAscii(bytes, 'GIF8', 4) === 0) return 'GIF';
  if (indexOfAscii(bytes, 'RIFF', 4) === 0 && indexOfAscii(bytes.subarray(8), 'WEBP', 4) === 0) {
    return 'WebP';
  }
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) {
    return 'TIFF';
  }
  const brand = String.fromCharCode(...bytes.subarray(4, 12));
  if (/^ftyp(?:heic|heix|mif1|avif)/.test(brand)) return 'HEIC/AVIF';
  return null;
}

/**
 * The start of the file as text for the markup test, or null when it is binary. UTF-16, with
 * or without a BOM, legitimately holds NUL bytes, so it is judged on its characters, not on
 * its bytes.
 */
function textSample(bytes: Uint8Array): string | null {
  const head = bytes.subarray(0, SAMPLE_BYTES);
  let text: string;
  const bom = startsWith(head, [0xff, 0xfe])
    ? 'utf-16le'
    : startsWith(head, [0xfe, 0xff])
      ? 'utf-16be'
      : null;
  const utf16 = bom ?? utf16WithoutBom(head);
  if (utf16) {
    text = utf16Units(bom ? head.subarray(2) : head, utf16 === 'utf-16be');
  } else {
    // Latin-1 maps each byte to one char: enough to count control bytes and spot markup.
    const body = startsWith(head, [0xef, 0xbb, 0xbf]) ? head.subarray(3) : head;
    text = Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('latin1');
  }
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return null;
    // Tab, line feed, vertical tab, form feed, carriage return and the DOS end-of-file
    // mark (0x1A) occur in real text files; other C0 controls do not.
    if ((c < 0x20 && !(c >= 0x09 && c <= 0x0d) && c !== 0x1a) || c === 0x7f) controls++;
  }
  if (controls > Math.max(2, text.length * 0.01)) return null;
  return text;
}

/**
 * Tells UTF-16 without a byte-order mark by its NUL bytes. Text in any script has spaces,
 * digits, punctuation or line ends, whose UTF-16 code units have a zero high byte; so in
 * UTF-16 one side of each byte pair is often NUL and the other almost never, while binary data
 * has NULs on both sides or in runs. The sample must then decode to readable characters:
 * no controls, lone surrogates, private-use or unassigned code points beyond one in a hundred.
 */
export function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  const units = length / 2;
  if (units === 0) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  // The high byte comes second in little-endian order.
  const [order, high, low] =
    oddNul >= evenNul
      ? (['utf-16le', oddNul, evenNul] as const)
      : (['utf-16be', evenNul, oddNul] as const);
  // Two NULs at least: a lone one says nothing (a stray byte, a four-byte blob).
  if (high < Math.max(2, units * 0.05) || low * 4 > high) return null;
  const text = utf16Units(bytes.subarray(0, length), order === 'utf-16be');
  let characters = 0;
  for (const _ of text) characters++;
  const unreadable = text.match(UNREADABLE)?.length ?? 0;
  return unreadable <= characters * 0.01 ? order : null;
}

/**
 * Controls other than the whitespace real text holds, surrogates left unpaired, private-use and
 * unassigned code points: what a misread byte stream decodes to, and text does not.
 */
const UNREADABLE = /(?![\t\n\v\f\r])[\p{Cc}\p{Cs}\p{Co}\p{Cn}]/gu;

function utf16Units(bytes: Uint8Array, bigEndian: boolean): string {
  const units = Buffer.from(bytes.subarray(0, bytes.length - (bytes.length % 2)));
  if (bigEndian) units.swap16();
  return units.toString('utf16le');
}

function extension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Index of an ASCII string within the first `limit` bytes, or -1. */
function indexOfAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, limit));
  return buf.indexOf(needle, 0, 'latin1');
}
