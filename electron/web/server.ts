// The browser host: the same Notebook over HTTP on 127.0.0.1, guarded by a per-run token and
// a Host check (no DNS rebinding, no CORS). Serves the built renderer and POST /api/<operation>.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sirv from 'sirv';
import { buildCsp } from '../../shared/csp';
import { MAX_REQUEST_BYTES as MAX_BODY } from '../../shared/limits';
import type { ExportResult, SkippedArticle } from '../../shared/contract';
import type { Result } from '../../shared/result';
import { dispatch } from '../notebook/dispatch';
import { desktopDataDir, resolveDataDir } from '../notebook/data-dir';
import { openNotebook, type Notebook } from '../notebook/notebook';

const STATUS: Record<string, number> = {
  INVALID_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INTERNAL: 500,
};

export interface HostOptions {
  notebook: Notebook;
  rendererDir: string;
  token: string;
  port?: number;
}

export interface RunningHost {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

export async function startHost({ notebook, rendererDir, token, port = 0 }: HostOptions) {
  const assets = sirv(rendererDir, { dev: false, etag: true, single: false });
  let allowedHosts = new Set<string>();

  const server = createServer((req, res) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    if (!allowedHosts.has((req.headers.host ?? '').toLowerCase())) {
      return plain(res, 403, 'Forbidden: this host only answers to 127.0.0.1 and localhost.');
    }
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (path.startsWith('/api/')) {
      // Any failure still answers, as a Result: an exception must never take the host down.
      return void handleApi(req, res, path.slice(5)).catch((error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        if (!res.headersSent) {
          json(res, 500, {
            ok: false,
            error: { code: 'INTERNAL', message: `The host failed: ${message}` },
          });
        } else res.destroy();
      });
    }
    res.setHeader('Content-Security-Policy', CSP);
    assets(req, res, () => plain(res, 404, 'Not found'));
  });

  async function handleApi(req: IncomingMessage, res: ServerResponse, op: string) {
    if (!hasToken(req.headers.authorization, token)) {
      return plain(
        res,
        401,
        'Unauthorized: a valid Authorization: Bearer <token> header is required.',
      );
    }
    if (req.method !== 'POST') return plain(res, 405, 'Use POST for API calls.');
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.trim() === '' ? {} : JSON.parse(body);
    } catch (error) {
      if (error instanceof TooLarge) {
        res.setHeader('Connection', 'close');
        return json(res, 413, {
          ok: false,
          error: {
            code: 'INVALID_INPUT',
            message: `${op}: the request is larger than ${MAX_BODY / 1024 / 1024} MB (a source may be at most 50 MB).`,
          },
        });
      }
      const message = error instanceof Error ? error.message : String(error);
      return json(res, 400, {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: `${op}: the request body is not JSON (${message}).`,
        },
      });
    }
    const name = decodeName(op);
    const result = await dispatch(notebook, name, input);
    if (!result.ok) return json(res, STATUS[result.error.code] ?? 500, result);
    // An export asked for as a file comes back as its bytes, not as base64 inside JSON.
    if (name === 'export.render' && wantsFile(req))
      return sendFile(res, result.value as ExportResult);
    json(res, 200, result);
  }

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', done);
  });
  const actual = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
  const url = `http://127.0.0.1:${actual}/#token=${token}`;
  const close = () =>
    new Promise<void>((done) => {
      server.close(() => done());
      server.closeAllConnections();
    });
  return { server, port: actual, url, close } satisfies RunningHost;
}

const CSP = buildCsp();

/** An undecodable name is simply not an operation (dispatch answers NOT_FOUND). */
function decodeName(op: string): string {
  try {
    return decodeURIComponent(op);
  } catch {
    return op;
  }
}

function hasToken(header: string | undefined, token: string): boolean {
  const given = Buffer.from(/^Bearer (.+)$/.exec(header ?? '')?.[1] ?? '');
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > MAX_BODY) return fail(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        // Stop keeping what arrives; the answer goes out once the reply is written.
        req.removeAllListeners('data');
        req.resume();
        fail(new TooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => done(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

function wantsFile(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('application/octet-stream');
}

function sendFile(res: ServerResponse, file: ExportResult & { skipped?: SkippedArticle[] }) {
  const { skipped } = file;
  const bytes = Buffer.from(file.data, file.encoding === 'base64' ? 'base64' : 'utf8');
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  res.writeHead(200, {
    'Content-Type': file.mimeType,
    'Content-Length': bytes.length,
    'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'Cache-Control': 'no-store',
    // What the export left out (missing or damaged articles), for the page to say.
    ...(skipped?.length
      ? { 'X-Dossier-Skipped': encodeURIComponent(JSON.stringify(skipped)) }
      : {}),
  });
  res.end(bytes);
}

function json(res: ServerResponse, status: number, body: Result<unknown>) {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  });
  res.end(JSON.stringify(body));
}

function plain(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message);
}

/** `npm run web`: open the notebook from DOSSIER_DATA_DIR (or the desktop app's folder) and serve it. */
async function main() {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
  const dataDir = resolveDataDir(desktopDataDir());
  const notebook = await openNotebook({ dataDir, seedsDir: join(root, 'seeds') });
  // Searches as the user types should not wait for the index: load or build it now.
  notebook.search.warm();
  const token = process.env.DOSSIER_TOKEN?.trim() || randomBytes(24).toString('base64url');
  const port = Number(process.env.DOSSIER_PORT ?? 0);
  const host = await startHost({ notebook, rendererDir: join(root, 'out/renderer'), token, port });
  console.log(`Dossier is at ${host.url}`);
  console.log(`Notebook data: ${dataDir}`);
  const stop = async () => {
    await host.close();
    await notebook.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(
      `Dossier could not start: ${error instanceof Error ? error.message : String(error)}`,
    );
    process.exit(1);
  });
}
