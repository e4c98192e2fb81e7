// Fetches a web page for import: http(s) only at every redirect, a time limit, a size cap,
// and the charset left for the decoder (from the Content-Type header or the page's meta).
import { ImportError } from './import-error';
import { MAX_SOURCE_BYTES } from './sniff';

export const FETCH_TIME_LIMIT_MS = 30_000;
const MAX_REDIRECTS = 5;

export interface Fetched {
  bytes: Uint8Array;
  /** The address after redirects: the article's source link. */
  url: string;
  contentType: string | undefined;
  fileName: string;
}

export async function fetchSource(
  address: string,
  {
    timeLimitMs = FETCH_TIME_LIMIT_MS,
    signal,
  }: { timeLimitMs?: number; signal?: AbortSignal } = {},
): Promise<Fetched> {
  let url = parseHttpUrl(address, address);
  const deadline = AbortSignal.timeout(timeLimitMs);
  const abort = signal ? AbortSignal.any([deadline, signal]) : deadline;
  try {
    for (let hop = 0; ; hop++) {
      const response = await fetch(url, {
        redirect: 'manual',
        signal: abort,
        headers: {
          'User-Agent': 'Mozilla/5.0 (compatible; Dossier research notebook)',
          Accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,*/*;q=0.5',
        },
      });
      if (response.status >= 300 && response.status < 400 && response.headers.has('location')) {
        await response.body?.cancel();
        if (hop >= MAX_REDIRECTS) {
          throw new ImportError(address, `${address} redirected more than ${MAX_REDIRECTS} times.`);
        }
        url = parseHttpUrl(new URL(response.headers.get('location')!, url).href, address);
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new ImportError(
          address,
          `${address} answered ${response.status} ${response.statusText}.`.trim(),
        );
      }
      const bytes = await readCapped(response, address);
      return {
        bytes,
        url: url.href,
        contentType: response.headers.get('content-type') ?? undefined,
        fileName: fileNameOf(url),
      };
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (deadline.aborted) {
      throw new ImportError(address, `${address} did not answer within ${timeLimitMs / 1000} s.`);
    }
    if (signal?.aborted) throw new ImportError(address, `The import of ${address} was cancelled.`);
    const cause = (error as { cause?: { message?: string } }).cause?.message;
    throw new ImportError(
      address,
      `${address} could not be fetched: ${cause ?? (error as Error).message}.`,
    );
  }
}

function parseHttpUrl(value: string, asked: string): URL {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new ImportError(asked, `“${asked}” is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ImportError(
      asked,
      `${asked} leads to ${url.protocol} — only http and https pages can be imported.`,
    );
  }
  return url;
}

async function readCapped(response: Response, address: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_SOURCE_BYTES) {
    await response.body?.cancel();
    throw new ImportError(
      address,
      `${address} is over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit.`,
    );
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > MAX_SOURCE_BYTES) {
      throw new ImportError(
        address,
        `${address} is over the ${MAX_SOURCE_BYTES / 1024 / 1024} MB limit.`,
      );
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function fileNameOf(url: URL): string {
  const raw = url.pathname.split('/').filter(Boolean).at(-1) ?? '';
  let last = raw;
  try {
    last = decodeURIComponent(raw);
  } catch {
    // A malformed escape in the path only affects the name shown, not the import.
  }
  return last || url.hostname;
}
