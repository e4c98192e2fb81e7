// The renderer's Content-Security-Policy, written once for every host: the desktop window's
// header, the browser host's header and (checked by a test) the meta tag in renderer/index.html.

/**
 * With a dev server, Vite's React refresh preamble is an inline script and hot reload talks
 * over a websocket, so dev alone relaxes exactly those.
 */
export function buildCsp(options: { devServerHost?: string } = {}): string {
  const dev = options.devServerHost;
  const directives: Array<[string, string]> = [
    ['default-src', "'self'"],
    ['script-src', dev ? "'self' 'unsafe-inline'" : "'self'"],
    ['style-src', "'self' 'unsafe-inline'"],
    ['img-src', "'self' data:"],
    ['font-src', "'self'"],
    ['connect-src', dev ? `'self' ws://${dev}` : "'self'"],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'none'"],
    ['frame-ancestors', "'none'"],
  ];
  return directives.map(([name, value]) => `${name} ${value}`).join('; ');
}
