// Export as csv: being written.
import { NotebookError } from '../../../shared/result';
import type { ExportRenderer } from './model';

export const renderCsv: ExportRenderer = () => {
  throw new NotebookError('INTERNAL', 'Export as csv is not available in this build.');
};
