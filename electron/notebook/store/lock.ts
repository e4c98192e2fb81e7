// One writer per data folder: hosts outside Electron's single-instance lock take this lock file.
import lockfile from 'proper-lockfile';
import { join } from 'node:path';
import { NotebookError } from '../../../shared/result';

export async function lockDataFolder(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'notebook.lock'),
      stale: 15_000,
      update: 5_000,
      retries: { retries: 3, minTimeout: 100, maxTimeout: 500 },
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new NotebookError(
        'CONFLICT',
        `The notebook in ${dataDir} is already open in another Dossier window or command; close it first.`,
      );
    }
    throw error;
  }
}
