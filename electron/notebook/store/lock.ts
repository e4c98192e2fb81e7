// One writer per data folder: hosts outside Electron's single-instance lock take this lock file.
import lockfile from 'proper-lockfile';
import { join } from 'node:path';
import { NotebookError } from '../../../shared/result';

const STALE_MS = 15_000;

/**
 * Takes the folder's lock, refreshed while the notebook is open. If the lock file is lost or
 * taken over (the folder moved, another program removed it), `onLost` tells the user instead of
 * the default of throwing from a timer, which would take the whole app down.
 */
export async function lockDataFolder(
  dataDir: string,
  onLost: (message: string) => void,
): Promise<() => Promise<void>> {
  try {
    const release = await lockfile.lock(dataDir, {
      lockfilePath: join(dataDir, 'notebook.lock'),
      stale: STALE_MS,
      update: STALE_MS / 3,
      retries: { retries: 3, minTimeout: 100, maxTimeout: 500 },
      onCompromised: (error) =>
        onLost(
          `Dossier lost its lock on the notebook folder ${dataDir} (${error.message}). ` +
            'Another program may be changing it; restart Dossier before making more changes.',
        ),
    });
    return async () => {
      await release().catch(() => undefined);
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new NotebookError(
        'CONFLICT',
        `The notebook in ${dataDir} is already open in another Dossier window or command; close ` +
          `it first. (If Dossier quit unexpectedly, wait ${STALE_MS / 1000} seconds and try again.)`,
      );
    }
    throw error;
  }
}
