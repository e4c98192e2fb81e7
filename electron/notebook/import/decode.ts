// Turns a text source's bytes into a string: byte-order mark, BOM-less UTF-16, declared
// charset, UTF-8, or Windows-1252, in that order; the result is NFC with `\n` line ends, as the
// store keeps it, with a warning when some of the bytes could not be read cleanly.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { quoted } from './import-error';
import { startsLikeHtml, utf16WithoutBom } from './sniff';

export interface DecodedText {
  text: string;
  /** The encoding used, by its WHATWG-style name (`utf-8`, `utf-16le`, `windows-1252`, ...). */
  encoding: string;
  /** Sentences naming the file, for the analyst: set only when something may read wrongly. */
  warnings?: string[];
}

export interface DecodeOptions {
  fileName: string;
  /** An HTTP `Content-Type` such as `text/html; charset=iso-8859-1`. */
  contentType?: string;
}

interface Choice {
  encoding: string;
  skip: number;
  warning?: string;
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { encoding, skip, warning } = chooseEncoding(buf, options);
  const body = buf.subarray(skip);
  let text: string;
  if (encoding === 'utf-8') text = body.toString('utf8');
  else text = iconv.decode(body, encoding, { stripBOM: false });
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  return warning ? { text, encoding, warnings: [warning] } : { text, encoding };
}

function chooseEncoding(buf: Buffer, options: DecodeOptions): Choice {
  const { fileName } = options;
  // A byte-order mark is the strongest evidence there is; browsers let it override headers.
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return declaredUtf8(buf, 3, fileName);
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };
  // Next to a BOM, nothing is as telling as NUL bytes in every other place, and no 8-bit or
  // UTF-8 declaration can be right about text that has them.
  const utf16 = utf16WithoutBom(buf);
  if (utf16) return { encoding: utf16, skip: 0 };

  const fromHeader = supported(charsetParam(options.contentType));
  if (fromHeader === 'utf-8') return declaredUtf8(buf, 0, fileName);
  if (fromHeader) return { encoding: fromHeader, skip: 0 };
  if (isHtml(buf, options)) {
    const fromMeta = supported(metaCharset(buf));
    // A page cannot describe itself in UTF-16 from inside an ASCII-readable <meta>, so the
    // HTML standard reads such a declaration as UTF-8.
    if (fromMeta === 'utf-8' || fromMeta?.startsWith('utf-16'))
      return declaredUtf8(buf, 0, fileName);
    if (fromMeta) return { encoding: fromMeta, skip: 0 };
  }
  return undeclared(buf, fileName);
}

/** Declared UTF-8 is read as UTF-8, as a browser would, and the analyst told of bad bytes. */
function declaredUtf8(buf: Buffer, skip: number, fileName: string): Choice {
  const body = buf.subarray(skip);
  if (isUtf8(body)) return { encoding: 'utf-8', skip };
  return { encoding: 'utf-8', skip, warning: replaced(fileName, scanUtf8(body).invalid) };
}

/**
 * Undeclared 8-bit text is UTF-8 when it is valid UTF-8 and Windows-1252 when it holds no
 * UTF-8 sequence at all. Bytes with both (a damaged file, or one pasted together from two
 * encodings) are read the way that garbles fewer characters: as UTF-8 each invalid sequence
 * becomes one "\uFFFD"; as Windows-1252 each valid sequence becomes two to four wrong letters.
 */
function undeclared(buf: Buffer, fileName: string): Choice {
  // Node's native check answers the common case, valid UTF-8, before the counting below.
  if (isUtf8(buf)) return { encoding: 'utf-8', skip: 0 };
  const { multibyte, invalid } = scanUtf8(buf);
  if (multibyte >= invalid) {
    return { encoding: 'utf-8', skip: 0, warning: replaced(fileName, invalid) };
  }
  // Windows-1252 text can hold a UTF-8-shaped pair by chance ("ß" before a closing quote is
  // DF 93), so only more than the odd one means part of the file really is UTF-8.
  if (multibyte * 10 < invalid) return { encoding: 'windows-1252', skip: 0 };
  return {
    encoding: 'windows-1252',
    skip: 0,
    warning:
      `${quoted(fileName)} mixes text encodings: it was read as Windows-1252, and ` +
      `${counted(multibyte, 'character', 'looks', 'look')} like UTF-8 may read wrongly.`,
  };
}

const replaced = (fileName: string, count: number) =>
  `${quoted(fileName)} is not entirely valid UTF-8: ` +
  `${plural(count, 'character')} could not be read and ${count === 1 ? 'shows' : 'show'} as “\uFFFD”.`;

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
/** `1 character in it that looks`, `4 characters in it that look`. */
const counted = (count: number, noun: string, one: string, many: string) =>
  `${plural(count, noun)} in it that ${count === 1 ? one : many}`;

/** The charset parameter of a content type, unquoted. */
function charsetParam(contentType: string | undefined): string | null {
  const m = /;\s*charset\s*=\s*(?:"([^"]*)"|([^\s;]+))/i.exec(contentType ?? '');
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function isHtml(buf: Buffer, options: DecodeOptions): boolean {
  if (/^\s*(?:text\/html|application\/xhtml\+xml)\b/i.test(options.contentType ?? '')) return true;
  if (/\.(?:x?html?|shtml)$/i.test(options.fileName)) return true;
  return startsLikeHtml(buf.subarray(0, 2048).toString('latin1'));
}

/** `<meta charset=...>` or `<meta http-equiv="Content-Type" content="...; charset=...">` in the first 2 KB. */
function metaCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString('latin1');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct && !/http-equiv/i.test(tag)) return direct[1]!;
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const content = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
      const value = content ? (content[1] ?? content[2] ?? content[3] ?? '') : '';
      const charset = /charset\s*=\s*([\w.:-]+)/i.exec(value);
      if (charset) return charset[1]!;
    }
  }
  return null;
}

/**
 * The encoding iconv-lite will use for a declared label, or null when it knows none. Labels
 * for Latin-1 and ASCII mean Windows-1252 on the web: pages declaring them routinely use
 * 0x80-0x9F for curly quotes and dashes, and every browser decodes them so.
 */
function supported(label: string | null): string | null {
  if (!label) return null;
  const name = label.trim().toLowerCase();
  if (/^(?:iso[-_]?8859[-_]?1|latin-?1|l1|us-ascii|ascii|cp819|ibm819|iso-ir-100)$/.test(name)) {
    return 'windows-1252';
  }
  if (/^(?:utf-?8|unicode-1-1-utf-8)$/.test(name)) return 'utf-8';
  if (/^(?:utf-?16|unicode)$/.test(name)) return 'utf-16le';
  // x-user-defined and replacement are web-only pseudo-encodings; iconv-lite lacks them anyway.
  return iconv.encodingExists(name) ? name : null;
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and the replacement characters a WHATWG UTF-8
 * decoder (Node's, a browser's) would put in for the rest: one per maximal invalid subpart.
 */
export function scanUtf8(buf: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  for (let i = 0; i < buf.length;) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    // The length a lead byte announces, and the range its first continuation byte must be in
    // (narrower after E0, ED, F0 and F4, which would otherwise allow overlong forms,
    // surrogates, or code points past U+10FFFF).
    let length = 0;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) low = 0xa0;
      if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) low = 0x90;
      if (b === 0xf4) high = 0x8f;
    }
    if (length === 0) {
      invalid++;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < i + length && j < buf.length) {
      const c = buf[j]!;
      if (c < low || c > high) break;
      low = 0x80;
      high = 0xbf;
      j++;
    }
    if (j === i + length) multibyte++;
    else invalid++;
    i = j;
  }
  return { multibyte, invalid };
}
