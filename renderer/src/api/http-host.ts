// Talks to the browser host (`POST /api/<operation>`) when Dossier runs outside Electron.
import { z } from 'zod';
import { SkippedArticle, type Operation } from '../../../shared/contract';
import type { Result } from '../../../shared/result';
import { ApiError } from './api-error';
import { accessToken } from './token';

export interface CallOptions {
  /** Sent while the page unloads (pagehide, beforeunload): the request must outlive the page. */
  unloading?: boolean;
}

/**
 * Chromium lets keepalive requests carry at most 64 KiB of body, in bytes, summed over every one
 * still in flight; past that the fetch fails outright. Staying well under leaves room for slack.
 */
const KEEPALIVE_BUDGET = 48 * 1024;
let keepaliveInFlight = 0;

export async function httpCall(
  op: Operation,
  input: unknown,
  options: CallOptions = {},
): Promise<Result<unknown>> {
  const token = accessToken();
  if (!token) {
    throw new ApiError(
      'UNAUTHORIZED',
      'This page has no access token. Open the address Dossier printed when it started (it ends in #token=…).',
    );
  }
  const body = JSON.stringify(input ?? {});
  // Only a save made as the page goes needs keepalive, and only it may spend the shared budget;
  // one too large for it is still sent, as a normal request, rather than refused by the browser.
  const size = options.unloading ? new Blob([body]).size : 0;
  const keepalive = size > 0 && keepaliveInFlight + size <= KEEPALIVE_BUDGET;
  if (keepalive) keepaliveInFlight += size;
  try {
    return await send(op, token, body, keepalive);
  } finally {
    if (keepalive) keepaliveInFlight -= size;
  }
}

async function send(
  op: Operation,
  token: string,
  body: string,
  keepalive: boolean,
): Promise<Result<unknown>> {
  let response: Response;
  try {
    response = await fetch(`/api/${op}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body,
      keepalive,
    });
  } catch {
    throw new ApiError(
      'UNREACHABLE',
      `Dossier's host did not answer (${op}). Is it still running?`,
    );
  }
  if (response.status === 401) {
    throw new ApiError(
      'UNAUTHORIZED',
      "The host refused this page's access token. Open the address Dossier printed when it started again.",
    );
  }
  let envelope: unknown;
  try {
    envelope = await response.json();
  } catch {
    throw new ApiError(
      'INTERNAL',
      `The host answered ${op} with something that is not JSON (HTTP ${response.status}).`,
    );
  }
  if (!isResult(envelope)) {
    throw new ApiError(
      'INTERNAL',
      `The host answered ${op} without a result (HTTP ${response.status}).`,
    );
  }
  return envelope;
}

function isResult(value: unknown): value is Result<unknown> {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return 'value' in value;
  return (
    value.ok === false &&
    'error' in value &&
    typeof value.error === 'object' &&
    value.error !== null &&
    'message' in value.error
  );
}

/** Hands a file to the browser's downloads: the only way a web page can save one. */
/**
 * Asks the host for an export as a file (its bytes, not base64 in JSON) and downloads it.
 * Returns the file's name.
 */
export async function downloadExport(
  input: unknown,
): Promise<{ fileName: string; skipped: SkippedArticle[] }> {
  const token = accessToken();
  if (!token) throw new ApiError('UNAUTHORIZED', 'This page has no access token.');
  let response: Response;
  try {
    response = await fetch('/api/export.render', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/octet-stream',
        Authorization: `Bearer ${token}`,
      },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiError('UNREACHABLE', "Dossier's host did not answer. Is it still running?");
  }
  if (!response.ok) {
    const reply = (await response.json().catch(() => null)) as Result<unknown> | null;
    const message =
      reply && !reply.ok ? reply.error.message : `The host answered ${response.status}.`;
    throw new ApiError(reply && !reply.ok ? reply.error.code : 'INTERNAL', message);
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
  const fileName = encoded ? decodeURIComponent(encoded) : 'dossier-export';
  const blob = await response.blob();
  clickDownload(URL.createObjectURL(blob), fileName);
  return { fileName, skipped: skippedOf(response.headers.get('x-dossier-skipped')) };
}

function skippedOf(header: string | null): SkippedArticle[] {
  if (!header) return [];
  try {
    return z.array(SkippedArticle).parse(JSON.parse(decodeURIComponent(header)));
  } catch {
    return [];
  }
}

export function clickDownload(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; give it a moment.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
