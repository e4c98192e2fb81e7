// Every export format but the notebook bundle, by name: each renders the same ExportDocument.
import type { ExportFormat } from '../../../shared/contract';
import { renderCsv } from './csv';
import { renderDocx } from './docx';
import { renderHtml } from './html';
import { renderJsonLd } from './jsonld';
import { renderMarkdown } from './markdown';
import type { ExportRenderer } from './model';
import { renderPdf } from './pdf';

export const renderers: Record<Exclude<ExportFormat, 'bundle'>, ExportRenderer> = {
  markdown: renderMarkdown,
  html: renderHtml,
  csv: renderCsv,
  jsonld: renderJsonLd,
  docx: renderDocx,
  pdf: renderPdf,
};
