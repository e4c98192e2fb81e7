// Export as docx: being written.
import { NotebookError } from '../../../shared/result';
import type { ExportRenderer } from './model';

export const renderDocx: ExportRenderer = () => {
  throw new NotebookError('INTERNAL', 'Export as docx is not available in this build.');
};
