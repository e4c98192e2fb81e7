// For the core's tests: a fresh notebook in a temporary folder for each test, and calls through
// the same dispatch every host uses.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { dispatch } from './dispatch';
import { openNotebook, type Notebook } from './notebook';

export interface TempNotebook {
  readonly notebook: Notebook;
  readonly dataDir: string;
  /** Runs an operation and returns its value, throwing `CODE: message` when it fails. */
  run<T>(op: string, input: unknown): Promise<T>;
  /** Closes the notebook and opens its folder again, as a restart would. */
  reopen(): Promise<void>;
}

export function useTempNotebook(prefix: string): TempNotebook {
  let notebook: Notebook;
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), `dossier-${prefix}-`));
    notebook = await openNotebook({ dataDir });
  });
  afterEach(async () => {
    await notebook.close();
    await rm(dataDir, { recursive: true, force: true });
  });
  return {
    get notebook() {
      return notebook;
    },
    get dataDir() {
      return dataDir;
    },
    async reopen() {
      await notebook.close();
      notebook = await openNotebook({ dataDir });
    },
    async run<T>(op: string, input: unknown): Promise<T> {
      const result = await dispatch(notebook, op, input);
      if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
      return result.value as T;
    },
  };
}
