// Turns the bytes of any source into an Extracted article: sniff the kind, decode text,
// then hand it to that kind's extractor. Pure and synchronous in spirit; runs in a worker.
import { decodeText } from './decode';
import type { Extracted } from './extracted';
import { ImportError } from './import-error';
import { sniffSource } from './sniff';
import { extractWebText } from './web-text';

// The heavy parsers (PDF.js, mammoth, a DOM with Readability) load only for their own kind,
// so a worker reading a text file starts in a fraction of the time.

export type SourceKind = ReturnType<typeof sniffSource>;

export interface SourceInput {
  bytes: Uint8Array;
  fileName: string;
  contentType?: string;
  /** Where the bytes were fetched from, for URL imports. */
  url?: string;
}

export interface ExtractedSource extends Extracted {
  kind: SourceKind;
  /** How a text source's bytes were decoded; null for PDF and Word files. */
  encoding: string | null;
  /**
   * Sentences naming the file about what may read wrongly in it (bytes that were not valid
   * UTF-8, say), for a notice; absent when there is nothing to say.
   */
  warnings?: string[];
}

export async function extractSource(input: SourceInput): Promise<ExtractedSource> {
  const { bytes, fileName, contentType, url } = input;
  const kind = sniffSource(bytes, fileName, contentType);
  // PDF and Word files carry their own encodings; every other kind is text to decode first.
  const decoded =
    kind === 'pdf' || kind === 'docx' ? null : decodeText(bytes, { fileName, contentType });
  const text = decoded?.text ?? '';
  const extracted = await byKind(kind);
  const result: ExtractedSource = { ...extracted, kind, encoding: decoded?.encoding ?? null };
  if (decoded?.warnings) result.warnings = decoded.warnings;
  // A fetched page keeps the address it came from: its own canonical link could name any site.
  if (url) result.url = url;
  if (!result.blocks.some((b) => !b.removed && b.text.trim())) {
    throw new ImportError(fileName, `“${fileName}” has no article text to import.`);
  }
  return result;

  async function byKind(k: SourceKind): Promise<Extracted> {
    // Exhaustive over SourceKind: the compiler checks every kind has an extractor.
    switch (k) {
      case 'pdf':
        return (await import('./pdf')).extractPdf(bytes, fileName);
      case 'docx':
        return (await import('./docx')).extractDocx(bytes, fileName);
      case 'html': {
        const { extractHtml } = await import('./html');
        return extractHtml(text, { url, fileName });
      }
      case 'markdown':
        return (await import('./markdown')).extractMarkdown(text);
      case 'text':
        return extractWebText(text);
    }
  }
}
