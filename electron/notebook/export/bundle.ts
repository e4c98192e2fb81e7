// The notebook bundle (.dossier): a zip of the data folder's content with a manifest and
// checksums, and its import (restore into an empty notebook, or merge into one). Being written.
import type { Output } from '../../../shared/contract';
import type { ExportResult } from '../../../shared/contract';
import { NotebookError } from '../../../shared/result';
import type { NotebookInternals } from '../internals';

export async function exportBundle(
  _nb: NotebookInternals,
  _dataDir: string,
): Promise<ExportResult> {
  throw new NotebookError(
    'INTERNAL',
    'Export as a notebook bundle is not available in this build.',
  );
}

export async function importBundle(
  _nb: NotebookInternals,
  _dataDir: string,
  _bytes: Uint8Array,
  _fileName: string,
): Promise<Output<'bundle.import'>> {
  throw new NotebookError(
    'INTERNAL',
    'Importing a notebook bundle is not available in this build.',
  );
}
