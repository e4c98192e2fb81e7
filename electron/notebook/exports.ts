// Exports: the chosen articles rendered by a format article by article, either collected into
// the contract's result or streamed to a file; and the notebook bundle and its import. Exports
// read through an ExportSource, never the notebook's cache, and run beside other operations.
import type {
  BriefStyle,
  ExportFormat,
  ParsedInput,
  RenderedExport,
  SkippedArticle,
} from '../../shared/contract';
import { NotebookError } from '../../shared/result';
import { renderBriefDocx } from './export/brief/brief-docx';
import { renderMatrixCsv } from './export/brief/brief-matrix-csv';
import { LEFT_OUT_OF_SECTION, openBrief, openMatrixBrief } from './export/brief/brief-model';
import { renderBriefPdf } from './export/brief/brief-pdf';
import { renderBriefHtml, renderBriefMarkdown } from './export/brief/brief-text';
import { exportBundle, importBundle } from './export/bundle';
import { readBundle } from './export/bundle-read';
import { renderers } from './export/formats';
import type { ExportFile } from './export/model';
import { collect, writeExport } from './export/output';
import { openDocument } from './export/plan';
import type { ExportSource } from './export/source';
import type { NotebookInternals } from './internals';

/** An export written to a file. */
export interface SavedExport {
  path: string;
  /** The name the format suggests (`talks-on-hold.md`). */
  fileName: string;
  mimeType: string;
  bytes: number;
  /** Articles left out because their files could not be read (the file says so too). */
  skipped: SkippedArticle[];
}

export class Exports {
  constructor(
    private readonly nb: NotebookInternals,
    private readonly dataDir: string,
  ) {}

  /** What every export reads the notebook through. */
  get source(): ExportSource {
    return this.nb.exportSource();
  }

  /** The export as the contract hands it to hosts: the whole file in memory. */
  async render(input: ParsedInput<'export.render'>): Promise<RenderedExport> {
    const { file, skipped } = await this.open(input);
    const result = await collect(file);
    return { ...result, skipped: [...skipped] };
  }

  /**
   * Streams the export to `path` (a temporary file beside it, fsync'd, then renamed over it):
   * memory stays bounded however many articles the notebook holds.
   */
  async renderToFile(input: ParsedInput<'export.render'>, path: string): Promise<SavedExport> {
    const { file, skipped } = await this.open(input);
    const bytes = await writeExport(file, path);
    return { path, fileName: file.fileName, mimeType: file.mimeType, bytes, skipped: [...skipped] };
  }

  /** The bundle is read and checked before the queue is entered: only the merge waits in it. */
  async importBundle({ fileName, data }: ParsedInput<'bundle.import'>) {
    const content = await readBundle(Buffer.from(data, 'base64'), fileName);
    return this.nb.serial.run(() => importBundle(this.nb, this.dataDir, content));
  }

  private async open({ format, ...scope }: ParsedInput<'export.render'>): Promise<{
    file: ExportFile;
    skipped: readonly SkippedArticle[];
  }> {
    if (format === 'bundle') {
      // The bundle is a backup of the whole notebook: a scope it would silently ignore is refused.
      const field = BUNDLE_SCOPE_FIELDS.find((name) => scope[name] !== undefined);
      if (field) {
        throw new NotebookError(
          'INVALID_INPUT',
          `${field}: a notebook bundle is the whole notebook; export it without a scope, or pick another format.`,
        );
      }
      return exportBundle(this.source);
    }
    if (scope.achIds) return this.openMatrices(format, scope);
    if (scope.noteIds) return this.openBrief(format, scope.noteIds, scope.citationStyle);
    const doc = await openDocument(this.source, scope);
    // The whole notebook holds the analyst's own notebook notes too, in the formats made for
    // reading; CSV rows and annotations are highlights, which a note is not.
    const notes = this.source.notes();
    if (format in BRIEF_RENDERERS && notes.length && isWholeNotebook(scope)) {
      doc.notebookNotes = await openBrief(
        this.source,
        notes.map((n) => n.id),
        scope.citationStyle ?? 'chicago-notes',
        doc.generatedAt,
        LEFT_OUT_OF_SECTION,
      );
    }
    return { file: renderers[format](doc), skipped: doc.skipped };
  }

  /** Notebook notes as a brief, in a format made for reading (not CSV, JSON-LD or a bundle). */
  private async openBrief(
    format: ExportFormat,
    noteIds: readonly string[],
    style: BriefStyle = 'chicago-notes',
  ): Promise<{ file: ExportFile; skipped: readonly SkippedArticle[] }> {
    const render = BRIEF_RENDERERS[format as keyof typeof BRIEF_RENDERERS];
    if (!render) {
      throw new NotebookError(
        'INVALID_INPUT',
        `format: a brief (noteIds) is written as ${Object.keys(BRIEF_RENDERERS).join(' or ')}, not ${format}.`,
      );
    }
    const brief = await openBrief(this.source, noteIds, style);
    return { file: render(brief), skipped: [] };
  }

  private async openMatrices(
    format: ExportFormat,
    { achIds, citationStyle, ...rest }: Omit<ParsedInput<'export.render'>, 'format'>,
  ): Promise<{ file: ExportFile; skipped: readonly SkippedArticle[] }> {
    const field = BUNDLE_SCOPE_FIELDS.find((name) => rest[name] !== undefined);
    if (field) {
      throw new NotebookError(
        'INVALID_INPUT',
        `${field}: matrices (achIds) are exported on their own; put a matrix in a note to export it with the note.`,
      );
    }
    const render = MATRIX_RENDERERS[format as keyof typeof MATRIX_RENDERERS];
    if (!render) {
      throw new NotebookError(
        'INVALID_INPUT',
        `format: matrices (achIds) are written as ${Object.keys(MATRIX_RENDERERS).join(', ')}, not ${format}.`,
      );
    }
    const brief = await openMatrixBrief(
      this.source,
      achIds ?? [],
      citationStyle ?? 'chicago-notes',
    );
    return { file: render(brief), skipped: [] };
  }
}

/** The scope fields that choose part of the notebook (order and citation style only arrange it). */
const BUNDLE_SCOPE_FIELDS = [
  'articleIds',
  'tagIds',
  'colors',
  'from',
  'to',
  'highlightIds',
  'noteIds',
] as const;

/** A scope that chooses nothing: the whole notebook (order and citation style only arrange it). */
const isWholeNotebook = (scope: Omit<ParsedInput<'export.render'>, 'format'>) =>
  BUNDLE_SCOPE_FIELDS.every((name) => {
    const value = scope[name];
    // No tags or no colours named filters nothing (as the plan reads them).
    return value === undefined || ((name === 'tagIds' || name === 'colors') && !value.length);
  });

const BRIEF_RENDERERS = {
  markdown: renderBriefMarkdown,
  html: renderBriefHtml,
  docx: renderBriefDocx,
  pdf: renderBriefPdf,
} as const;

/** ACH matrices alone: as a brief, or as CSV rows. */
const MATRIX_RENDERERS = { ...BRIEF_RENDERERS, csv: renderMatrixCsv } as const;
