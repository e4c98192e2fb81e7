// Where the notebook lives: DOSSIER_DATA_DIR overrides the host's default for every host and test.
import { homedir } from 'node:os';
import { join } from 'node:path';

export function resolveDataDir(fallback: string): string {
  const fromEnv = process.env.DOSSIER_DATA_DIR?.trim();
  return fromEnv ? fromEnv : fallback;
}

/**
 * The folder Electron's `app.getPath('userData')/notebook` names, so the browser host and the
 * CLI open the same notebook as the desktop app when they run outside Electron.
 */
export function desktopDataDir(): string {
  const home = homedir();
  const appData =
    process.platform === 'win32'
      ? (process.env.APPDATA ?? join(home, 'AppData', 'Roaming'))
      : process.platform === 'darwin'
        ? join(home, 'Library', 'Application Support')
        : (process.env.XDG_CONFIG_HOME ?? join(home, '.config'));
  return join(appData, 'Dossier', 'notebook');
}
