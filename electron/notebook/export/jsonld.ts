// Export as jsonld: being written.
import { NotebookError } from '../../../shared/result';
import type { ExportRenderer } from './model';

export const renderJsonLd: ExportRenderer = () => {
  throw new NotebookError('INTERNAL', 'Export as jsonld is not available in this build.');
};
