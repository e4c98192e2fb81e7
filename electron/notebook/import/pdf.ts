// Reads a PDF's text layer with PDF.js (no script evaluation, no fonts or workers fetched)
// into blocks in reading order, with its title, author and creation date.
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import * as pdfjsWorker from 'pdfjs-dist/legacy/build/pdf.worker.mjs';
import { MAX_PDF_PAGES as MAX_PAGES } from '../../../shared/limits';
import { statedDate } from './dates';
import { assemble, emptyExtracted, type Extracted } from './extracted';
import { ImportError, quoted } from './import-error';
import { layoutLines, type PdfBlock } from './pdf-layout';
import { pageLines, type Line, type PageText, type TextRun } from './pdf-lines';
import { textDirection } from './text-direction';

// PDF.js runs its worker code on this thread when it finds it here, instead of importing
// a worker file by path (which a bundled main process or the import worker may not have).
(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= pdfjsWorker;

type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;

export async function extractPdf(bytes: Uint8Array, fileName: string): Promise<Extracted> {
  const fail = (reason: string, cause?: unknown) =>
    new ImportError(fileName, `${quoted(fileName)} could not be read as a PDF: ${reason}.`, {
      cause,
    });
  let doc: PdfDocument;
  try {
    const task = pdfjs.getDocument({
      // PDF.js may transfer (detach) the buffer it is given; the caller still needs its bytes.
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      isOffscreenCanvasSupported: false,
      enableXfa: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    doc = await task.promise;
  } catch (error) {
    throw fail(loadFailure(error), error);
  }
  try {
    if (doc.numPages > MAX_PAGES)
      throw fail(`it has ${doc.numPages} pages, more than ${MAX_PAGES}`);
    const pages: Line[][] = [];
    const heights: number[] = [];
    let unreadable = 0;
    for (let i = 0; i < doc.numPages; i++) {
      try {
        const page = await readPage(doc, i + 1);
        pages.push(pageLines(page, i));
        heights.push(page.height);
      } catch {
        // One damaged page should not cost the analyst the rest of the report.
        unreadable++;
        pages.push([]);
        heights.push(0);
      }
    }
    if (unreadable === doc.numPages) throw fail('none of its pages could be read');
    const blocks = layoutLines(pages, heights);
    if (!blocks.some((b) => !b.removed)) {
      throw new ImportError(
        fileName,
        `${quoted(fileName)} has no text to extract: its pages look scanned, and scanned pages need OCR, which Dossier does not do.`,
      );
    }
    return await describe(doc, blocks);
  } finally {
    await doc.destroy();
  }
}

function loadFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return 'it is encrypted and needs a password to open';
  if (name === 'InvalidPDFException') return `the file is damaged (${message.replace(/\.$/, '')})`;
  return message.replace(/\.$/, '') || 'the file is damaged';
}

async function readPage(doc: PdfDocument, number: number): Promise<PageText> {
  const page = await doc.getPage(number);
  try {
    const viewport = page.getViewport({ scale: 1 });
    const content = await page.getTextContent();
    const runs: TextRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      // Page space to viewport space: y grows downward and page rotation is applied.
      const [a, b, c, d, x, y] = pdfjs.Util.transform(
        viewport.transform,
        item.transform,
      ) as number[];
      // Rotated text (margin notes, stamps) is not part of the reading flow.
      if (Math.abs(b!) > Math.abs(a!) * 0.05 || Math.abs(c!) > Math.abs(d!) * 0.05) continue;
      const size = Math.hypot(c!, d!);
      const mono = content.styles[item.fontName]?.fontFamily === 'monospace';
      runs.push({
        text: item.str,
        x: x!,
        y: y!,
        width: item.width,
        size,
        rtl: item.dir === 'rtl',
        mono,
      });
    }
    return { width: viewport.width, height: viewport.height, runs };
  } finally {
    page.cleanup();
  }
}

async function describe(doc: PdfDocument, blocks: PdfBlock[]): Promise<Extracted> {
  const { info, metadata } = await doc.getMetadata().catch(() => ({ info: {}, metadata: null }));
  const field = (name: string): string | null => {
    const value = (info as Record<string, unknown>)[name];
    return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;
  };
  const xmp = (name: string): string | null => {
    const value = metadata?.get(name);
    return typeof value === 'string' && value.trim() ? value.trim() : null;
  };

  const out = emptyExtracted();
  const kept = blocks.filter((b) => !b.removed);
  const firstPage = kept.filter((b) => b.page === kept[0]!.page);
  const headings = firstPage.filter((b) => b.kind === 'heading');
  const largest = headings.reduce<PdfBlock | null>((a, b) => (a && a.size >= b.size ? a : b), null);
  out.title = usableTitle(field('Title')) ?? usableTitle(xmp('dc:title')) ?? largest?.text ?? null;
  // The title line on the first page is shown as the article's title, not twice.
  const titleLine = headings.find((b) => fold(b.text) === fold(out.title ?? ''));
  if (titleLine) titleLine.removed = 'title';
  out.byline = field('Author') ?? xmp('dc:creator');
  // A date the document states is the author's word; the file's creation date (its
  // properties, not the page's metadata) is often when it was exported, so only the fallback.
  const created = pdfDate(field('CreationDate')) ?? isoDate(xmp('xmp:createdate'));
  const line = statedDate(kept);
  if (line && (line.label !== 'updated' || !created)) {
    out.publishedAt = line.date;
    out.publishedAtSource = 'date-line';
    out.publishedAtUncertain = line.ambiguous || line.label === 'updated';
  } else if (created) {
    out.publishedAt = created;
    out.publishedAtSource = 'file';
    out.publishedAtUncertain = true;
  }
  out.lang = field('Language');
  out.blocks = blocks.map(({ kind, text, removed }) =>
    removed ? { kind, text, removed } : { kind, text },
  );
  out.dir = textDirection(out.lang, assemble(out.blocks).text);
  return out;
}

/** Authoring tools often leave a file name or a placeholder in the Title field. */
function usableTitle(title: string | null): string | null {
  if (!title) return null;
  const cleaned = title.replace(/^microsoft (?:word|powerpoint) - /i, '').trim();
  if (/^(?:untitled|document\d*|title|slide \d+)$/i.test(cleaned)) return null;
  if (/\.(?:docx?|pdf|indd|tex|dvi|rtf|odt|pptx?|qxd)$/i.test(cleaned) || /[\\/]/.test(cleaned)) {
    return null;
  }
  return cleaned.length >= 2 ? cleaned : null;
}

const fold = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** `D:YYYYMMDDHHmmSS+hh'mm'` as the calendar date written in it (the author's own day). */
function pdfDate(value: string | null): string | null {
  const m = /^(?:D:)?(\d{4})(\d{2})(\d{2})/.exec(value ?? '');
  return m ? isoDate(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

function isoDate(value: string | null): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return null;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== m[0] ? null : m[0];
}
