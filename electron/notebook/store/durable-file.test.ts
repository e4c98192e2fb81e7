// The durable write must flush the file and its folder to disk, in order: write, fsync the
// temp file, rename it over the target, fsync the folder (a rename alone can be lost on power cut).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';

const steps = vi.hoisted(() => [] as string[]);

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...real,
    open: async (path: string, flags?: string) => {
      const handle = await real.open(path, flags);
      const name = basename(path);
      return new Proxy(handle, {
        get(target, key) {
          const value = Reflect.get(target, key, target);
          if (key === 'sync') return () => (steps.push(`fsync ${name}`), target.sync());
          if (key === 'writeFile')
            return (data: string) => (steps.push(`write ${name}`), target.writeFile(data));
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    },
    rename: async (from: string, to: string) => {
      steps.push(`rename ${basename(from)} -> ${basename(to)}`);
      return real.rename(from, to);
    },
  };
});

const { writeFileDurably } = await import('./durable-file');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-durable-'));
  steps.length = 0;
});
afterEach(() => rm(folder, { recursive: true, force: true }));

it('writes, fsyncs the file, renames, then fsyncs the folder', async () => {
  await writeFileDurably(join(folder, 'library.json'), '{"ok":true}');
  expect(steps).toEqual([
    'write .library.json.tmp',
    'fsync .library.json.tmp',
    'rename .library.json.tmp -> library.json',
    `fsync ${basename(folder)}`,
  ]);
  expect(await readFile(join(folder, 'library.json'), 'utf8')).toBe('{"ok":true}');
});
