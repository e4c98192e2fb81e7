// The window's security decisions: the pure guards, and that createMainWindow wires them in.
import { describe, expect, it, vi } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

type Handler = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const created: FakeBrowserWindow[] = [];
  class FakeBrowserWindow {
    readonly listeners = new Map<string, Handler>();
    readonly contentsListeners = new Map<string, Handler>();
    openHandler: Handler | undefined;
    readonly session = {
      headersListener: undefined as Handler | undefined,
      permissionRequest: undefined as Handler | undefined,
      permissionCheck: undefined as Handler | undefined,
      webRequest: {
        onHeadersReceived: (listener: Handler) => void (this.session.headersListener = listener),
      },
      setPermissionRequestHandler: (h: Handler) => void (this.session.permissionRequest = h),
      setPermissionCheckHandler: (h: Handler) => void (this.session.permissionCheck = h),
    };
    readonly webContents = {
      session: this.session,
      on: (name: string, h: Handler) => void this.contentsListeners.set(name, h),
      once: (name: string, h: Handler) => void this.contentsListeners.set(name, h),
      setWindowOpenHandler: (h: Handler) => void (this.openHandler = h),
    };
    loaded: { file?: string; url?: string } = {};
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      created.push(this);
    }
    once(name: string, h: Handler) {
      this.listeners.set(name, h);
    }
    loadFile(file: string) {
      this.loaded = { file };
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded = { url };
      return Promise.resolve();
    }
    isDestroyed = () => false;
    isVisible = () => false;
    show = vi.fn();
  }
  return { created, FakeBrowserWindow, openExternal: vi.fn(async () => {}) };
});

vi.mock('electron', () => ({
  BrowserWindow: electron.FakeBrowserWindow,
  shell: { openExternal: electron.openExternal },
}));

const {
  windowCsp,
  createMainWindow,
  devRendererUrl,
  isAppUrl,
  isPermissionAllowed,
  isSafeExternalUrl,
} = await import('./window');

describe('windowCsp', () => {
  it('is the strict policy: own scripts only, images from self or data:, no plugins, no framing', () => {
    expect(windowCsp()).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('is the policy renderer/index.html declares, so a file:// load is as strict as the header', async () => {
    const html = await readFile(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors is ignored in a meta tag, so the page leaves it to the header.
    expect(meta).toBe(windowCsp().replace("; frame-ancestors 'none'", ''));
  });

  it('relaxes only inline scripts and the dev server websocket when a dev server is used', () => {
    const dev = windowCsp({ devServerUrl: 'http://localhost:5173/' });
    expect(dev).toContain("script-src 'self' 'unsafe-inline';");
    expect(dev).toContain("connect-src 'self' ws://localhost:5173;");
    expect(dev).not.toContain('unsafe-eval');
    expect(dev).toContain("object-src 'none'");
  });
});

describe('isSafeExternalUrl', () => {
  it.each(['https://tribune.com.pk/story/1', 'http://example.org/a?b=c#d'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'data:text/html,<script>1</script>',
    'https://bank.example@evil.example/',
    'https://user:pw@example.org/',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });
});

describe('isAppUrl', () => {
  const app = 'file:///opt/Dossier/resources/app.asar/out/renderer/index.html';
  it('accepts the app page itself, with any hash or query', () => {
    expect(isAppUrl(app, app)).toBe(true);
    expect(isAppUrl(`${app}#/article/1`, app)).toBe(true);
  });
  it('refuses other files and other origins', () => {
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
    expect(isAppUrl('file:///opt/Dossier/resources/app.asar/out/renderer/other.html', app)).toBe(
      false,
    );
    expect(isAppUrl('https://example.org/', app)).toBe(false);
  });
  it('compares origins for the dev server', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
  });
});

describe('devRendererUrl', () => {
  it('honours a loopback dev server in an unpackaged app only', () => {
    const env = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };
    expect(devRendererUrl(env, false)).toBe('http://localhost:5173/');
    expect(devRendererUrl(env, true)).toBeUndefined();
    expect(devRendererUrl({}, false)).toBeUndefined();
  });
  it('never loads the UI from a remote or non-http URL', () => {
    expect(
      devRendererUrl({ ELECTRON_RENDERER_URL: 'https://evil.example/' }, false),
    ).toBeUndefined();
    expect(
      devRendererUrl({ ELECTRON_RENDERER_URL: 'http://10.0.0.5:5173' }, false),
    ).toBeUndefined();
    expect(devRendererUrl({ ELECTRON_RENDERER_URL: 'file:///tmp/x.html' }, false)).toBeUndefined();
  });
});

describe('isPermissionAllowed', () => {
  it('grants clipboard writing only', () => {
    expect(isPermissionAllowed('clipboard-sanitized-write')).toBe(true);
    for (const p of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      expect(isPermissionAllowed(p)).toBe(false);
    }
  });
});

describe('createMainWindow', () => {
  const make = (env: Record<string, string | undefined> = {}) => {
    const window = createMainWindow({ isPackaged: true, env }) as unknown as InstanceType<
      typeof electron.FakeBrowserWindow
    >;
    return window;
  };

  it('locks down webPreferences and loads the built renderer file with the preload', () => {
    const window = make({ ELECTRON_RENDERER_URL: 'http://localhost:5173' });
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
    expect(String(window.options.webPreferences.preload)).toMatch(/preload[\\/]index\.cjs$/);
    // Packaged: the dev URL is ignored, the file is loaded.
    expect(window.loaded.file).toMatch(/renderer[\\/]index\.html$/);
  });

  it('sets the CSP header on every response, replacing any other', () => {
    const window = make();
    const callback = vi.fn();
    window.session.headersListener!(
      { responseHeaders: { 'content-security-policy': ['default-src *'], 'X-Other': ['1'] } },
      callback,
    );
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': [windowCsp()] },
    });
  });

  it('denies permission requests and checks', () => {
    const window = make();
    const callback = vi.fn();
    window.session.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(window.session.permissionCheck!({}, 'geolocation')).toBe(false);
  });

  it('blocks navigation away from the app, sending web links to the browser', () => {
    electron.openExternal.mockClear();
    const window = make();
    const navigate = window.contentsListeners.get('will-navigate')!;
    const away = { url: 'https://example.org/story', preventDefault: vi.fn() };
    navigate(away);
    expect(away.preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).toHaveBeenCalledWith('https://example.org/story');

    const file = { url: 'file:///etc/passwd', preventDefault: vi.fn() };
    navigate(file);
    expect(file.preventDefault).toHaveBeenCalled();
    expect(electron.openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every new window and opens only http(s) links externally', () => {
    electron.openExternal.mockClear();
    const window = make();
    expect(window.openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(window.openHandler!({ url: 'file:///C:/Windows/System32/calc.exe' })).toEqual({
      action: 'deny',
    });
    expect(electron.openExternal.mock.calls).toEqual([['https://example.org/']]);
  });

  it('refuses to attach a <webview>', () => {
    const window = make();
    const event = { preventDefault: vi.fn() };
    window.contentsListeners.get('will-attach-webview')!(event);
    expect(event.preventDefault).toHaveBeenCalled();
  });
});
