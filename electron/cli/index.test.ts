// The `dossier` command over the same core: extract without a notebook, import and list with one.
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './index';

const seeds = join(import.meta.dirname, '../../seeds');
const seed = join(seeds, '000_dade10a0ca7a5765.txt');

let work: string;
let out: string[];
let err: string[];
const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) };
beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'dossier-cli-'));
  out = [];
  err = [];
});
afterEach(() => rm(work, { recursive: true, force: true }));

describe('dossier', () => {
  it('extract --json prints the article without touching any notebook', async () => {
    expect(await runCli(['extract', seed, '--json'], io, seeds)).toBe(0);
    const printed = JSON.parse(out.join('\n'));
    expect(Object.keys(printed)).toEqual([
      'title',
      'byline',
      'siteName',
      'publishedAt',
      'lang',
      'text',
      'blocks',
    ]);
    expect(printed.title).toBe('Pakistan rejects TTP’s offer to resume talks');
    expect(printed.publishedAt).toBe('2024-06-25');
    expect(printed.blocks).toHaveLength(9);
    expect(printed.text).not.toContain('Most Popular');
    expect(await readdir(work)).toEqual([]);
  });

  it('imports files into a notebook, reports a bad one, and lists the articles', async () => {
    const good = join(work, 'crossing.txt');
    await writeFile(
      good,
      'Border crossing reopens today\n\nTraders lined up before dawn as the crossing opened again after weeks.',
    );
    await writeFile(join(work, 'empty.txt'), '');
    const dataDir = join(work, 'notebook');
    const code = await runCli(
      ['import', good, join(work, 'empty.txt'), join(work, 'missing.pdf'), '--data-dir', dataDir],
      io,
      seeds,
    );
    expect(code).toBe(1);
    expect(out.join('\n')).toContain('imported: ');
    expect(out.at(-1)).toBe(`1 imported, 0 already in the notebook, 2 failed (${dataDir})`);
    expect(err.join('\n')).toMatch(/failed: .*empty\.txt: “empty\.txt” is empty/);
    expect(err.join('\n')).toMatch(/missing\.pdf.*there is no such file/);

    out = [];
    expect(await runCli(['list', '--data-dir', dataDir, '--json'], io, seeds)).toBe(0);
    const titles = JSON.parse(out.join('\n')).map((a: { title: string }) => a.title);
    expect(titles).toEqual([
      'Pakistan rejects TTP’s offer to resume talks',
      'Border crossing reopens today',
    ]);
  });

  it('explains its usage for an unknown command', async () => {
    expect(await runCli(['frobnicate'], io, seeds)).toBe(2);
    expect(err.join('\n')).toContain('There is no command "frobnicate".');
    expect(err.join('\n')).toContain('dossier extract FILE|URL [--json]');
  });
});
