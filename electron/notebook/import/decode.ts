// Turns a text source's bytes into a string: byte-order mark, declared charset, UTF-8, or
// Windows-1252, in that order; the result is NFC with `\n` line ends, as the store keeps it.
import iconv from 'iconv-lite';
import { startsLikeHtml } from './sniff';

export interface DecodedText {
  text: string;
  /** The encoding used, by its WHATWG-style name (`utf-8`, `utf-16le`, `windows-1252`, ...). */
  encoding: string;
}

export interface DecodeOptions {
  fileName: string;
  /** An HTTP `Content-Type` such as `text/html; charset=iso-8859-1`. */
  contentType?: string;
}

export function decodeText(bytes: Uint8Array, options: DecodeOptions): DecodedText {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { encoding, skip } = chooseEncoding(buf, options);
  const body = buf.subarray(skip);
  let text: string;
  if (encoding === 'utf-8') text = body.toString('utf8');
  else text = iconv.decode(body, encoding, { stripBOM: false });
  text = text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
  return { text, encoding };
}

function chooseEncoding(buf: Buffer, options: DecodeOptions): { encoding: string; skip: number } {
  // A byte-order mark is the strongest evidence there is; browsers let it override headers.
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return { encoding: 'utf-8', skip: 3 };
  if (buf[0] === 0xff && buf[1] === 0xfe) return { encoding: 'utf-16le', skip: 2 };
  if (buf[0] === 0xfe && buf[1] === 0xff) return { encoding: 'utf-16be', skip: 2 };

  const fromHeader = supported(charsetParam(options.contentType));
  if (fromHeader) return { encoding: fromHeader, skip: 0 };
  if (isHtml(buf, options)) {
    const fromMeta = supported(metaCharset(buf));
    // A page cannot describe itself in UTF-16 from inside an ASCII-readable <meta>, so the
    // HTML standard reads such a declaration as UTF-8.
    if (fromMeta) return { encoding: fromMeta.startsWith('utf-16') ? 'utf-8' : fromMeta, skip: 0 };
  }
  return { encoding: looksLikeUtf8(buf) ? 'utf-8' : 'windows-1252', skip: 0 };
}

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
 * Valid UTF-8, or UTF-8 with a few stray bytes (a pasted fragment in another encoding): many
 * well-formed multi-byte sequences and few errors read better as UTF-8 than as Windows-1252.
 */
function looksLikeUtf8(buf: Buffer): boolean {
  let multi = 0;
  let errors = 0;
  for (let i = 0; i < buf.length;) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len =
      b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= buf.length;
    for (let k = 1; ok && k < len; k++) ok = (buf[i + k]! & 0xc0) === 0x80;
    if (ok && len === 3) {
      const cp = ((b & 0x0f) << 12) | ((buf[i + 1]! & 0x3f) << 6);
      ok = cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff);
    }
    if (ok && len === 4) {
      const cp = ((b & 0x07) << 18) | ((buf[i + 1]! & 0x3f) << 12);
      ok = cp >= 0x10000 && cp <= 0x10ffff;
    }
    if (ok) {
      multi++;
      i += len;
    } else {
      errors++;
      i++;
    }
  }
  return errors === 0 || multi >= errors * 4;
}
