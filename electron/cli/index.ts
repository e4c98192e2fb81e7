// The `dossier` command: extract a source without a notebook, or import into / list a notebook,
// through the same core as the desktop app and the browser host.
import { realpathSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { contract, type ExportFormat } from '../../shared/contract';
import { looksLikeBundle } from '../notebook/export/bundle-format';
import { assemble } from '../notebook/import/extracted';
import { fetchSource } from '../notebook/import/fetch-url';
import type { SourceInput } from '../notebook/import/extract';
import { extractInWorker } from '../notebook/import/run-in-worker';
import { desktopDataDir, resolveDataDir } from '../notebook/data-dir';
import { openNotebook, type Notebook } from '../notebook/notebook';

const USAGE = `Usage:
  dossier extract FILE|URL [--json]        print the article Dossier reads from a source
  dossier import FILE|URL... [--data-dir D] import sources into a notebook; a notebook
                                           bundle (FILE.dossier) is restored or merged
  dossier list [--data-dir D] [--json]      list a notebook's articles
  dossier export --format md|docx|pdf|html|csv|jsonld|bundle --out FILE
         [--article ID...] [--tag ID|PATH...] [--color C...] [--from DATE] [--to DATE]
         [--order title|date|source] [--data-dir D]
                                           export highlights and notes, or the whole notebook

The notebook is DOSSIER_DATA_DIR, else the desktop app's folder (${desktopDataDir()}).`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export async function runCli(
  argv: string[],
  io: Io,
  seedsDir = join(root, 'seeds'),
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      article: { type: 'string', multiple: true },
      tag: { type: 'string', multiple: true },
      color: { type: 'string', multiple: true },
      from: { type: 'string' },
      to: { type: 'string' },
      order: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [command, ...targets] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? 0 : 2;
  }
  const dataDir = values['data-dir']
    ? resolve(values['data-dir'])
    : resolveDataDir(desktopDataDir());

  switch (command) {
    case 'extract': {
      if (targets.length !== 1) return usage(io, 'extract takes one FILE or URL.');
      const source = await extractInWorker(await readSource(targets[0]!));
      const { text, blocks } = assemble(source.blocks);
      const { title, byline, siteName, publishedAt, lang } = source;
      if (values.json) {
        io.out(
          JSON.stringify({ title, byline, siteName, publishedAt, lang, text, blocks }, null, 2),
        );
      } else {
        io.out(
          `${title ?? '(no title)'}\n${[siteName, byline, publishedAt].filter(Boolean).join(' · ')}\n\n${text}`,
        );
      }
      return 0;
    }
    case 'import': {
      if (targets.length === 0) return usage(io, 'import needs at least one FILE or URL.');
      return withNotebook(dataDir, seedsDir, async (notebook) => {
        const tally = { imported: 0, already: 0, failed: 0 };
        for (const target of targets) {
          try {
            const read = await readTarget(target);
            if ('bundle' in read) {
              const counts = await notebook.exports.importBundle(read.bundle);
              tally.imported++;
              io.out(
                `bundle: ${target} → ${counts.articlesAdded} articles added, ` +
                  `${counts.articlesMerged} merged, ${counts.highlightsAdded} highlights added, ` +
                  `${counts.tagsAdded} tags added, ${counts.notesAdded} notes added`,
              );
              continue;
            }
            const outcome = await notebook.imports.source(read.source);
            const what = outcome.duplicate ? 'already in the notebook' : 'imported';
            tally[outcome.duplicate ? 'already' : 'imported']++;
            io.out(`${what}: ${target} → “${outcome.article.title}” (${outcome.article.id})`);
          } catch (error) {
            tally.failed++;
            io.err(`failed: ${target}: ${messageOf(error)}`);
          }
        }
        io.out(
          `${tally.imported} imported, ${tally.already} already in the notebook, ` +
            `${tally.failed} failed (${dataDir})`,
        );
        const failed = tally.failed;
        return failed ? 1 : 0;
      });
    }
    case 'export': {
      if (targets.length) return usage(io, 'export takes no FILE; name the output with --out.');
      const format = EXPORT_FORMATS[values.format ?? ''];
      if (!format) return usage(io, 'export needs --format md|docx|pdf|html|csv|jsonld|bundle.');
      if (!values.out) return usage(io, 'export needs --out FILE.');
      const out = resolve(values.out);
      return withNotebook(dataDir, seedsDir, async (notebook) => {
        const tags = notebook.library.data.tags;
        const tagIds: string[] = [];
        for (const t of values.tag ?? []) {
          const tag = tags.find((x) => x.id === t || x.name === t);
          if (!tag) {
            io.err(`There is no tag “${t}” in this notebook (give its id or path).`);
            return 2;
          }
          tagIds.push(tag.id);
        }
        const input = contract['export.render'].input.safeParse({
          format,
          ...(values.article?.length ? { articleIds: values.article } : {}),
          ...(tagIds.length ? { tagIds } : {}),
          ...(values.color?.length ? { colors: values.color } : {}),
          ...(values.from ? { from: values.from } : {}),
          ...(values.to ? { to: values.to } : {}),
          ...(values.order ? { order: values.order } : {}),
        });
        if (!input.success) {
          const issue = input.error.issues[0];
          return usage(io, `export: ${issue?.path.join('.')}: ${issue?.message}`);
        }
        const result = await notebook.exports.render(input.data);
        const bytes =
          result.encoding === 'base64'
            ? Buffer.from(result.data, 'base64')
            : Buffer.from(result.data, 'utf8');
        await writeFile(out, bytes);
        io.out(`wrote ${out} (${format}, ${bytes.length} bytes)`);
        return 0;
      });
    }
    case 'list':
      return withNotebook(dataDir, seedsDir, async (notebook) => {
        const articles = await notebook.listArticles();
        if (values.json) io.out(JSON.stringify(articles, null, 2));
        else if (articles.length === 0) io.out(`No articles in ${dataDir}.`);
        else {
          for (const a of articles) {
            const date = a.publishedAt ?? '          ';
            io.out(`${a.id}  ${date}  ${String(a.highlightCount).padStart(3)} hl  ${a.title}`);
          }
        }
        return 0;
      });
    default:
      return usage(io, `There is no command "${command}".`);
  }
}

const EXPORT_FORMATS: Record<string, ExportFormat> = {
  md: 'markdown',
  markdown: 'markdown',
  docx: 'docx',
  pdf: 'pdf',
  html: 'html',
  csv: 'csv',
  jsonld: 'jsonld',
  bundle: 'bundle',
};

/** A source, or a notebook bundle (by its `.dossier` name, or a zip holding a manifest). */
async function readTarget(
  target: string,
): Promise<{ bundle: { fileName: string; data: string } } | { source: SourceInput }> {
  const source = await readSource(target);
  if (source.fileName.toLowerCase().endsWith('.dossier') || looksLikeBundle(source.bytes)) {
    return {
      bundle: { fileName: source.fileName, data: Buffer.from(source.bytes).toString('base64') },
    };
  }
  return { source };
}

async function readSource(target: string): Promise<SourceInput> {
  if (/^https?:\/\//i.test(target)) return fetchSource(target);
  let bytes: Buffer;
  try {
    bytes = await readFile(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'there is no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : messageOf(error);
    throw new Error(`“${target}” cannot be read: ${why}.`);
  }
  return { bytes, fileName: basename(target) };
}

async function withNotebook(
  dataDir: string,
  seedsDir: string,
  work: (nb: Notebook) => Promise<number>,
) {
  const notebook = await openNotebook({ dataDir, seedsDir });
  try {
    return await work(notebook);
  } finally {
    await notebook.close();
  }
}

function usage(io: Io, problem: string): number {
  io.err(`${problem}\n\n${USAGE}`);
  return 2;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

// Run when executed (also through npm's bin symlink), not when imported by tests.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  runCli(process.argv.slice(2), { out: (l) => console.log(l), err: (l) => console.error(l) })
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(`dossier: ${messageOf(error)}`);
      process.exit(1);
    });
}
