// Turns the bytes of any source into an Extracted article: sniff the kind, decode text,
// then hand it to that kind's extractor. Pure and synchronous in spirit; runs in a worker.
import { extractDocx } from './docx';
import { decodeText } from './decode';
import type { Extracted } from './extracted';
import { extractHtml } from './html';
import { ImportError } from './import-error';
import { extractMarkdown } from './markdown';
import { extractPdf } from './pdf';
import { sniffSource } from './sniff';
import { extractWebText } from './web-text';

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
  encoding: string | null;
}

export async function extractSource(input: SourceInput): Promise<ExtractedSource> {
  const { bytes, fileName, contentType, url } = input;
  const kind = sniffSource(bytes, fileName, contentType);
  const extracted = await byKind(kind, input);
  const result: ExtractedSource = { ...extracted, kind, encoding: null };
  if (url && !result.url) result.url = url;
  if (!result.blocks.some((b) => !b.removed && b.text.trim())) {
    throw new ImportError(fileName, `“${fileName}” has no article text to import.`);
  }
  return result;

  async function byKind(k: SourceKind, { bytes: b }: SourceInput): Promise<Extracted> {
    // Exhaustive over SourceKind: the compiler checks every kind has an extractor.
    switch (k) {
      case 'pdf':
        return extractPdf(b, fileName);
      case 'docx':
        return extractDocx(b, fileName);
      case 'html':
        return extractHtml(decodeText(b, { fileName, contentType }).text, { url, fileName });
      case 'markdown':
        return extractMarkdown(decodeText(b, { fileName, contentType }).text);
      case 'text':
        return extractWebText(decodeText(b, { fileName, contentType }).text);
    }
  }
}
