// The browser host answers only to its token and to 127.0.0.1/localhost, and speaks Results.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNotebook, type Notebook } from '../notebook/notebook';
import { startHost, type RunningHost } from './server';

const TOKEN = 'test-token-123';

function call(
  host: RunningHost,
  path: string,
  options: { body?: string; headers?: Record<string, string>; method?: string } = {},
) {
  return new Promise<{ status: number; body: string }>((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'POST',
        headers: options.headers,
      },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => done({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', fail);
    req.end(options.body);
  });
}

describe('browser host', () => {
  let dataDir: string;
  let rendererDir: string;
  let notebook: Notebook;
  let host: RunningHost;
  const auth = { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'dossier-host-'));
    rendererDir = await mkdtemp(join(tmpdir(), 'dossier-renderer-'));
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Dossier</title>');
    notebook = await openNotebook({ dataDir });
    host = await startHost({ notebook, rendererDir, token: TOKEN });
  });
  afterAll(async () => {
    await host.close();
    await notebook.close();
    await rm(dataDir, { recursive: true, force: true });
    await rm(rendererDir, { recursive: true, force: true });
  });

  it('prints an address on 127.0.0.1 carrying the token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${TOKEN}`);
  });

  it('serves an operation as a Result envelope', async () => {
    const res = await call(host, '/api/articles.importText', {
      headers: auth,
      body: JSON.stringify({
        text: 'Talks resume in Doha\n\nThis is the first sentence of a short article body.',
      }),
    });
    expect(res.status).toBe(200);
    const reply = JSON.parse(res.body);
    expect(reply.ok).toBe(true);
    expect(reply.value.title).toBe('Talks resume in Doha');
    const list = JSON.parse(
      (await call(host, '/api/articles.list', { headers: auth, body: '{}' })).body,
    );
    expect(list).toMatchObject({
      ok: true,
      value: [{ title: 'Talks resume in Doha', highlightCount: 0 }],
    });
  });

  it('refuses a missing or wrong token with 401', async () => {
    expect((await call(host, '/api/articles.list', { body: '{}' })).status).toBe(401);
    const wrong = { Authorization: 'Bearer nope' };
    expect((await call(host, '/api/articles.list', { headers: wrong, body: '{}' })).status).toBe(
      401,
    );
  });

  it('refuses a foreign Host header with 403, API and pages alike', async () => {
    const headers = { ...auth, Host: 'evil.example:80' };
    expect((await call(host, '/api/articles.list', { headers, body: '{}' })).status).toBe(403);
    expect(
      (await call(host, '/', { method: 'GET', headers: { Host: 'evil.example' } })).status,
    ).toBe(403);
  });

  it('answers invalid input and bad JSON with INVALID_INPUT naming the field', async () => {
    const bad = await call(host, '/api/highlights.create', {
      headers: auth,
      body: '{"articleId":"x","start":-1,"end":2}',
    });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatchObject({ code: 'INVALID_INPUT' });
    expect(JSON.parse(bad.body).error.message).toContain('start');
    const notJson = await call(host, '/api/articles.list', { headers: auth, body: '{nope' });
    expect(JSON.parse(notJson.body).error.code).toBe('INVALID_INPUT');
  });

  it('answers an unknown operation with NOT_FOUND', async () => {
    const res = await call(host, '/api/articles.explode', { headers: auth, body: '{}' });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('answers a body over the limit with 413 and a Result, and keeps serving', async () => {
    const res = await call(host, '/api/articles.import', {
      headers: { ...auth, 'Content-Length': String(80 * 1024 * 1024) },
      body: '{}',
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect((await call(host, '/api/articles.list', { headers: auth, body: '{}' })).status).toBe(
      200,
    );
  });

  it('sends an export asked for as a file as its bytes', async () => {
    const res = await new Promise<{
      status: number;
      type: string;
      disposition: string;
      body: Buffer;
    }>((done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path: '/api/export.render',
          method: 'POST',
          headers: { ...auth, Accept: 'application/octet-stream' },
        },
        (r) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () =>
            done({
              status: r.statusCode ?? 0,
              type: String(r.headers['content-type']),
              disposition: String(r.headers['content-disposition']),
              body: Buffer.concat(chunks),
            }),
          );
        },
      );
      req.on('error', fail);
      req.end(JSON.stringify({ format: 'docx' }));
    });
    expect(res.status).toBe(200);
    expect(res.type).toContain('wordprocessingml');
    expect(res.disposition).toMatch(
      /^attachment; filename="dossier-notebook-\d{4}-\d{2}-\d{2}\.docx"/,
    );
    expect(res.body.subarray(0, 2).toString()).toBe('PK');
  });

  it('answers a malformed operation name instead of crashing', async () => {
    const res = await call(host, '/api/%E0', { headers: auth, body: '{}' });
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const after = await call(host, '/api/articles.list', { headers: auth, body: '{}' });
    expect(after.status).toBe(200);
  });

  it('serves the renderer with a strict CSP, without a token', async () => {
    const res = await call(host, '/index.html', {
      method: 'GET',
      headers: { Host: `localhost:${host.port}` },
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('<title>Dossier</title>');
  });
});
