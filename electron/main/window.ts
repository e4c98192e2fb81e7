// The main window and the security fence around it: locked-down webPreferences, CSP, and
// guards that keep the renderer on Dossier's own page. The decisions are pure functions below.
import { buildCsp } from '../../shared/csp';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BrowserWindow, shell, type Session } from 'electron';

/** Where the built preload and renderer sit relative to the built main bundle (out/main/index.js). */
const here = dirname(fileURLToPath(import.meta.url));
const preloadPath = join(here, '../preload/index.cjs');
const rendererFile = join(here, '../renderer/index.html');

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL electron-vite sets, honoured only in an unpackaged app and only on this
 * machine: a packaged Dossier must never load its UI from anywhere but its own files.
 */
export function devRendererUrl(
  env: Record<string, string | undefined>,
  isPackaged: boolean,
): string | undefined {
  const raw = env.ELECTRON_RENDERER_URL;
  if (isPackaged || !raw) return undefined;
  const url = parseUrl(raw);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  return url.href;
}

/** The renderer's CSP, relaxed for a dev server's host when one is in use. */
export function windowCsp(options: { devServerUrl?: string } = {}): string {
  const dev = options.devServerUrl ? parseUrl(options.devServerUrl) : null;
  return buildCsp(dev ? { devServerHost: dev.host } : {});
}

/** Links the user may open in their browser: plain web pages only, never file:, javascript:, smb: ... */
export function isSafeExternalUrl(raw: string): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  // Credentials in a link are a phishing device (https://bank.com@evil.example), never a source.
  return url.hostname !== '' && url.username === '' && url.password === '';
}

/**
 * Whether `target` is the app's own page (what the window was loaded with). Hash and query may
 * differ: those are the renderer's own state, not a different document.
 */
export function isAppUrl(target: string, appUrl: string): boolean {
  const a = parseUrl(target);
  const b = parseUrl(appUrl);
  if (!a || !b || a.protocol !== b.protocol) return false;
  if (a.protocol === 'file:') return a.pathname === b.pathname && a.host === b.host;
  return a.origin === b.origin;
}

/**
 * Chromium permissions Dossier grants: only writing text to the clipboard ("copy quote"), which
 * cannot read anything back. Camera, location, notifications, HID ... are never needed.
 */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

function openInBrowser(url: string): void {
  if (!isSafeExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => {
    console.error(`Dossier could not open ${url} in the browser:`, error);
  });
}

/** Applies the CSP header and the permission policy to the session the window uses. */
function lockDownSession(session: Session, csp: string): void {
  // onHeadersReceived holds one listener per session, so calling this again replaces, not stacks.
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [csp] } });
  });
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionAllowed(permission));
  });
  session.setPermissionCheckHandler((_contents, permission) => isPermissionAllowed(permission));
}

export interface MainWindowOptions {
  isPackaged: boolean;
  env?: Record<string, string | undefined>;
}

/** Creates Dossier's window and starts loading the renderer into it. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const devUrl = devRendererUrl(options.env ?? process.env, options.isPackaged);
  const appUrl = devUrl ?? pathToFileURL(rendererFile).href;

  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Dossier',
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: true,
    },
  });

  lockDownSession(window.webContents.session, windowCsp({ devServerUrl: devUrl }));

  const contents = window.webContents;
  // The window is the app's own page and nothing else; a clicked web link opens in the browser.
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url, appUrl)) return;
    event.preventDefault();
    openInBrowser(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url, appUrl)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());

  // Showing on ready-to-show avoids a white flash; the fallback makes sure a slow or failed
  // load still shows a window the user can act on rather than an invisible process.
  window.once('ready-to-show', () => window.show());
  contents.once('did-fail-load', () => {
    if (!window.isDestroyed() && !window.isVisible()) window.show();
  });

  const load = devUrl ? window.loadURL(devUrl) : window.loadFile(rendererFile);
  load.catch((error: unknown) => {
    console.error('Dossier could not load its window:', error);
  });
  return window;
}
