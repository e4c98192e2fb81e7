// The `dossier` command: extract a source without a notebook, or import into, list, export and
// read the notices of a notebook through dispatch, the same door as the desktop and browser hosts.
import { realpathSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { ExportFormat, Input, Operation, Output } from '../../shared/contract';
import type { OperationError, Result } from '../../shared/result';
import { sameTagPath } from '../../shared/tag-paths';
import { looksLikeBundle } from '../notebook/export/bundle-format';
import { assemble } from '../notebook/import/extracted';
import { extractInWorker } from '../notebook/import/run-in-worker';
import { desktopDataDir, resolveDataDir } from '../notebook/data-dir';
import { dispatch } from '../notebook/dispatch';
import { openNotebook } from '../notebook/notebook';
import { isAddress, readFileTarget, readSource } from './sources';

const USAGE = `Usage:
  dossier extract FILE|URL [--json]        print the article Dossier reads from a source
  dossier import FILE|URL... [--data-dir D] import sources into a notebook; a notebook
                                           bundle (FILE.dossier) is restored or merged
  dossier list [--data-dir D] [--json]      list a notebook's articles
  dossier export --format md|docx|pdf|html|csv|jsonld|bundle --out FILE
         [--article ID...] [--tag ID|PATH...] [--color C...] [--from DATE] [--to DATE]
         [--order title|date|source] [--data-dir D]
                                           export highlights and notes, or the whole notebook
  dossier search QUERY... [--limit N] [--data-dir D] [--json]
                                           search sources, quotes and notes: words,
                                           "phrases", -word, OR, prefix*, tag:, colour:,
                                           outlet:, date:2024-01..2024-06, kind:
  dossier notices [--dismiss ID|all] [--data-dir D] [--json]
                                           what the notebook must tell you (a file restored
                                           from backup...), kept until dismissed

Every command that opens a notebook prints its notices to stderr ("dossier: notice: ...").
The notebook is DOSSIER_DATA_DIR, else the desktop app's folder (${desktopDataDir()}).`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One contract operation on the open notebook, typed by the contract. */
type Call = <K extends Operation>(op: K, input: Input<K>) => Promise<Result<Output<K>>>;

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
      dismiss: { type: 'string', multiple: true },
      limit: { type: 'string' },
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
  const withNotebook = (work: (call: Call) => Promise<number>, printNotices = true) =>
    inNotebook({ dataDir, seedsDir }, io, work, printNotices);

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
      return withNotebook(async (call) => {
        const tally = { imported: 0, already: 0, failed: 0 };
        for (const target of targets) {
          const done = await importOne(call, target);
          if (!done.ok) {
            tally.failed++;
            io.err(`failed: ${target}: ${done.error.message}`);
          } else if ('articlesAdded' in done.value) {
            const counts = done.value;
            tally.imported++;
            io.out(
              `bundle: ${target} → ${counts.articlesAdded} articles added, ` +
                `${counts.articlesMerged} merged, ${counts.highlightsAdded} highlights added, ` +
                `${counts.tagsAdded} tags added, ${counts.notesAdded} notes added`,
            );
          } else {
            const { article, duplicate } = done.value;
            tally[duplicate ? 'already' : 'imported']++;
            const what = duplicate ? 'already in the notebook' : 'imported';
            io.out(`${what}: ${target} → “${article.title}” (${article.id})`);
          }
        }
        io.out(
          `${tally.imported} imported, ${tally.already} already in the notebook, ` +
            `${tally.failed} failed (${dataDir})`,
        );
        return tally.failed ? 1 : 0;
      });
    }
    case 'export': {
      if (targets.length) return usage(io, 'export takes no FILE; name the output with --out.');
      const format = EXPORT_FORMATS[values.format ?? ''];
      if (!format) return usage(io, 'export needs --format md|docx|pdf|html|csv|jsonld|bundle.');
      if (!values.out) return usage(io, 'export needs --out FILE.');
      const out = resolve(values.out);
      return withNotebook(async (call) => {
        const tagIds: string[] = [];
        if (values.tag?.length) {
          const tags = await call('tags.list', {});
          if (!tags.ok) return failed(io, 'export', tags);
          for (const wanted of values.tag) {
            const tag = tags.value.find((t) => t.id === wanted || sameTagPath(t.name, wanted));
            if (!tag) {
              io.err(`There is no tag “${wanted}” in this notebook (give its id or path).`);
              return 2;
            }
            tagIds.push(tag.id);
          }
        }
        // Checked by dispatch like any other host's input; a bad value answers INVALID_INPUT.
        const input = {
          format,
          ...(values.article?.length ? { articleIds: values.article } : {}),
          ...(tagIds.length ? { tagIds } : {}),
          ...(values.color?.length ? { colors: values.color } : {}),
          ...(values.from ? { from: values.from } : {}),
          ...(values.to ? { to: values.to } : {}),
          ...(values.order ? { order: values.order } : {}),
        } as Input<'export.render'>;
        const result = await call('export.render', input);
        if (!result.ok) return failed(io, 'export', result);
        const file = result.value;
        const bytes = Buffer.from(file.data, file.encoding === 'base64' ? 'base64' : 'utf8');
        await writeFile(out, bytes);
        io.out(`wrote ${out} (${format}, ${bytes.length} bytes)`);
        for (const left of file.skipped) {
          io.err(`dossier: left out of the export: “${left.title}” (${left.reason})`);
        }
        return 0;
      });
    }
    case 'list':
      return withNotebook(async (call) => {
        const listed = await call('articles.list', {});
        if (!listed.ok) return failed(io, 'list', listed);
        const articles = listed.value;
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
    case 'search': {
      // The words may come as one quoted argument or several; quotes inside survive the shell.
      const query = targets.join(' ').trim();
      if (!query) return usage(io, 'search needs a QUERY.');
      const limit = values.limit === undefined ? 20 : Number(values.limit);
      return withNotebook(async (call) => {
        const found = await call('search.query', { query, limit });
        if (!found.ok) return failed(io, 'search', found);
        const { total, tookMs, hits } = found.value;
        if (values.json) {
          io.out(JSON.stringify(found.value, null, 2));
          return 0;
        }
        io.out(`${total} ${total === 1 ? 'hit' : 'hits'} (${tookMs} ms)`);
        for (const hit of hits) {
          const id = hit.highlightId ?? hit.noteId ?? hit.articleId ?? '';
          io.out(`\n${KIND_LABEL[hit.kind]}  ${hit.title}  ${id}`);
          io.out(`  ${hit.snippet}`);
        }
        if (total > hits.length) io.out(`\n… ${total - hits.length} more (--limit N)`);
        return 0;
      });
    }
    case 'notices':
      if (targets.length) return usage(io, 'notices takes no FILE.');
      // This command is the notices' own report, so they are not repeated on stderr.
      return withNotebook((call) => notices(call, io, values), false);
    default:
      return usage(io, `There is no command "${command}".`);
  }
}

const KIND_LABEL = {
  article: 'source',
  highlight: 'quote',
  articleNote: 'article note',
  notebookNote: 'notebook note',
} as const;

/** `dossier notices`: lists them, or dismisses the ones named (or all) and lists what is left. */
async function notices(
  call: Call,
  io: Io,
  { dismiss = [], json }: { dismiss?: string[]; json?: boolean },
): Promise<number> {
  let listed = await call('notices.list', {});
  if (!listed.ok) return failed(io, 'notices', listed);
  if (dismiss.length) {
    const ids = dismiss.includes('all') ? listed.value.map((n) => n.id) : dismiss;
    let code = 0;
    for (const id of ids) {
      const dismissed = await call('notices.dismiss', { id });
      if (dismissed.ok) io.out(`dismissed: ${id}`);
      else code = failed(io, 'notices', dismissed);
    }
    listed = await call('notices.list', {});
    if (!listed.ok) return failed(io, 'notices', listed);
    if (code) return code;
  }
  if (json) io.out(JSON.stringify(listed.value, null, 2));
  else if (listed.value.length === 0 && !dismiss.length) io.out('No notices.');
  else for (const n of listed.value) io.out(`${n.id}  ${n.at}  ${n.level}  ${n.message}`);
  return 0;
}

/** Reads one command-line target and imports it: an address, a notebook bundle or a source file. */
async function importOne(
  call: Call,
  target: string,
): Promise<Result<Output<'articles.import'> | Output<'bundle.import'>>> {
  if (isAddress(target)) return call('articles.importUrl', { url: target });
  const read = await readFileTarget(target);
  if (!read.ok) return read;
  const { fileName, bytes } = read.value;
  const data = Buffer.from(bytes).toString('base64');
  // A bundle is known by its `.dossier` name, or as a zip holding a manifest.
  if (fileName.toLowerCase().endsWith('.dossier') || looksLikeBundle(bytes)) {
    return call('bundle.import', { fileName, data });
  }
  return call('articles.import', { fileName, data });
}

/** Opens the notebook, runs `work`, tells its notices, and always closes it again. */
async function inNotebook(
  options: { dataDir: string; seedsDir: string },
  io: Io,
  work: (call: Call) => Promise<number>,
  printNotices: boolean,
): Promise<number> {
  const notebook = await openNotebook(options);
  const call = ((op, input) => dispatch(notebook, op, input)) as Call;
  try {
    return await work(call);
  } finally {
    try {
      // A repaired file, a lost lock: a command that had to fix something never ends silently.
      if (printNotices) {
        const listed = await call('notices.list', {});
        if (!listed.ok) io.err(`dossier: notices could not be read: ${listed.error.message}`);
        else for (const notice of listed.value) io.err(`dossier: notice: ${notice.message}`);
      }
    } finally {
      await notebook.close();
    }
  }
}

/** Prints a failed operation; bad input is the caller's mistake (2), anything else a failure (1). */
function failed(io: Io, command: string, result: { ok: false; error: OperationError }) {
  io.err(`${command}: ${result.error.message}`);
  return result.error.code === 'INVALID_INPUT' ? 2 : 1;
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
