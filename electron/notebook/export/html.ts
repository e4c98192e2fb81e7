// Export as html: being written.
import { NotebookError } from '../../../shared/result';
import type { ExportRenderer } from './model';

export const renderHtml: ExportRenderer = () => {
  throw new NotebookError('INTERNAL', 'Export as html is not available in this build.');
};
