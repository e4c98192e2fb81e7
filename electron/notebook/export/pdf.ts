// Export as pdf: being written.
import { NotebookError } from '../../../shared/result';
import type { ExportRenderer } from './model';

export const renderPdf: ExportRenderer = () => {
  throw new NotebookError('INTERNAL', 'Export as pdf is not available in this build.');
};
