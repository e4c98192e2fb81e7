// The notebook the reader benchmark (ui-reader.ts) measures: a browser host on a temporary
// folder, and a ~100 KB article given 1,000 highlights through the host's HTTP API.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import type { Input, Operation, Output } from '../../shared/contract';
import { HighlightColor } from '../../shared/model';

const ARTICLE_CHARS = 100_000;
const HIGHLIGHTS = 1000;
/** Every so many paragraphs one is left bare, for the highlights the benchmark makes. */
export const BARE_EVERY = 8;

// ---- the browser host ----

export interface Host {
  url: string;
  origin: string;
  token: string;
  child: ChildProcess;
}

export async function startHost(dataDir: string, server: string): Promise<Host> {
  if (!existsSync(server)) {
    throw new Error(`${server} is missing: build Dossier first (npx electron-vite build).`);
  }
  const token = randomBytes(16).toString('hex');
  const child = spawn(process.execPath, [server], {
    env: { ...process.env, DOSSIER_DATA_DIR: dataDir, DOSSIER_PORT: '0', DOSSIER_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the host did not start:\n${output}`)), 20_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dossier is at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new Error(`the host exited (${code}):\n${output}`)));
  });
  return { url, origin: new URL(url).origin, token, child };
}

export async function stopHost(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await exited;
}

export async function api<K extends Operation>(
  host: Host,
  op: K,
  input: Input<K>,
): Promise<Output<K>> {
  const response = await fetch(`${host.origin}/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as
    { ok: true; value: Output<K> } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${op} failed: ${result.error.message}`);
  return result.value;
}

// ---- the article ----

const WORDS = (
  'Pakistani authorities declined an offer from the outlawed Tehreek-e-Taliban Pakistan to resume ' +
  'talks citing previous negative experience with dialogue media reports said the government ' +
  'rejected the offer and urged the militants to surrender according to sources Express Tribune ' +
  'reported ceasefire truce November army chief attacks police security personnel installations ' +
  'southern districts Khyber-Pakhtunkhwa senior official Afghanistan interior minister Sirajuddin ' +
  'Haqqani mediator guarantor discussions Kabul border crossing Torkham Chaman trade refugees'
).split(' ');

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function articleText(rnd: () => number): string {
  const pick = () => WORDS[Math.floor(rnd() * WORDS.length)]!;
  const paragraphs = ['Militants and the state: a long report on the talks that failed'];
  let length = paragraphs[0]!.length;
  while (length < ARTICLE_CHARS) {
    const words = Array.from({ length: 80 + Math.floor(rnd() * 60) }, pick);
    const paragraph = words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  return paragraphs.join('\n\n');
}

/** Word-aligned ranges inside the paragraphs that are not left bare; a few overlap or span two. */
function highlightRanges(
  text: string,
  blocks: readonly { start: number; end: number }[],
  rnd: () => number,
): { start: number; end: number }[] {
  const usable = blocks.filter((_, i) => i > 0 && i % BARE_EVERY !== 0);
  const ranges: { start: number; end: number }[] = [];
  while (ranges.length < HIGHLIGHTS) {
    const block = usable[Math.floor(rnd() * usable.length)]!;
    let start = block.start + Math.floor(rnd() * (block.end - block.start - 40));
    while (start > block.start && text[start - 1] !== ' ') start--;
    const spans = rnd() < 0.02;
    let end = spans ? block.end + 30 : Math.min(block.end, start + 15 + Math.floor(rnd() * 100));
    while (end < text.length && /\S/.test(text[end] ?? '') && end < block.end) end++;
    end = Math.min(end, text.length);
    if (end > start) ranges.push({ start, end });
  }
  return ranges;
}

/** Imports the long article and highlights it 1,000 times through the host, as the UI would. */
export async function makeArticle(host: Host): Promise<Output<'articles.get'>> {
  const rnd = random(1000);
  const article = await api(host, 'articles.importText', {
    text: articleText(rnd),
    fileName: 'long-report.txt',
  });
  const colors = HighlightColor.options;
  for (const [i, range] of highlightRanges(article.text, article.blocks, rnd).entries()) {
    await api(host, 'highlights.create', {
      articleId: article.id,
      ...range,
      color: colors[i % colors.length],
    });
  }
  return api(host, 'articles.get', { id: article.id });
}
