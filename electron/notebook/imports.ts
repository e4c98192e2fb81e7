// Bringing sources in: seeds on first start, files, pasted text and web pages. Parsing runs in
// a worker outside the notebook's queue; adding the article runs inside it, and a failure
// leaves the data folder exactly as it was.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { ImportOutcome, ParsedInput } from '../../shared/contract';
import type { ArticleDetail, ArticleFile, ArticleSummary } from '../../shared/model';
import { NotebookError } from '../../shared/result';
import type { SourceInput } from './import/extract';
import { fetchSource } from './import/fetch-url';
import { ImportError } from './import/import-error';
import { extractInWorker, type ExtractOptions } from './import/run-in-worker';
import { articleFromSource } from './import/to-article';
import type { NotebookInternals } from './internals';
import type { Notices } from './notices';
import type { ArticleStore } from './store/article-store';
import { writeFileDurably } from './store/durable-file';
import type { NotebookPaths } from './store/paths';

export class Imports {
  /** Imports being parsed outside the queue, which closing the notebook waits for. */
  private readonly running = new Set<Promise<unknown>>();
  private closed = false;

  constructor(
    private readonly nb: NotebookInternals,
    private readonly paths: NotebookPaths,
    private readonly articles: ArticleStore,
    private readonly notices: Notices,
  ) {}

  /** Refuses new imports and waits for those in progress. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.running]);
  }

  private ensureOpen(): void {
    if (this.closed) throw new NotebookError('CONFLICT', 'This notebook has been closed.');
  }

  /** First start: imports the seed articles; one that fails is reported, not fatal. */
  async seeds(seedsDir: string | undefined): Promise<void> {
    const names = seedsDir ? (await readdir(seedsDir).catch(() => [])).sort() : [];
    for (const name of names.filter((n) => !n.startsWith('.'))) {
      try {
        await this.source({ bytes: await readFile(join(seedsDir!, name)), fileName: name });
      } catch (error) {
        this.notices.warn(`The sample article ${name} could not be imported: ${messageOf(error)}`);
      }
    }
    await this.nb.serial.run(() =>
      this.nb.changeLibrary((lib) => {
        lib.settings.seeded = true;
      }),
    );
  }

  async text({ text, fileName }: ParsedInput<'articles.importText'>): Promise<ArticleDetail> {
    const bytes = Buffer.from(text, 'utf8');
    const outcome = await this.source({ bytes, fileName: fileName ?? 'Pasted text' });
    return outcome.article;
  }

  /**
   * Imports one source. The same bytes imported before give back the existing article.
   * Parsing runs in a worker thread; any failure leaves the notebook exactly as it was.
   */
  source(input: SourceInput, options: ExtractOptions = {}): Promise<ImportOutcome> {
    this.ensureOpen();
    const running = this.runImport(input, options);
    this.running.add(running);
    void running.finally(() => this.running.delete(running)).catch(() => undefined);
    return running;
  }

  private async runImport(input: SourceInput, options: ExtractOptions): Promise<ImportOutcome> {
    const sha256 = createHash('sha256').update(input.bytes).digest('hex');
    const known = await this.nb.serial.run(() => this.existing(sha256));
    if (known) return known;
    const extracted = await extractInWorker(input, options).catch(asInvalidInput);
    const file = articleFromSource(extracted, { sha256, fileName: input.fileName });
    return this.nb.serial.run(async () => {
      // The same bytes may have been imported while this one was being parsed.
      const raced = await this.existing(sha256);
      if (raced) return raced;
      await this.addArticle(file, input.bytes);
      // Imported, but not without doubt (e.g. bytes that were not valid in their encoding).
      for (const warning of extracted.warnings ?? []) this.notices.warn(warning);
      return { article: await this.nb.detail(file.article.id), duplicate: false };
    });
  }

  async url(url: string, options: ExtractOptions = {}): Promise<ImportOutcome> {
    const fetched = await fetchSource(url, { signal: options.signal }).catch(asInvalidInput);
    return this.source(fetched, options);
  }

  private async existing(sha256: string): Promise<ImportOutcome | null> {
    const found = this.nb.library.articleWithSha(sha256);
    return found ? { article: await this.nb.detail(found.id), duplicate: true } : null;
  }

  private async addArticle(file: ArticleFile, bytes: Uint8Array): Promise<void> {
    this.nb.assertWritable();
    const original = this.paths.original(file.article.sha256);
    const hadOriginal = existsSync(original);
    try {
      if (!hadOriginal) await writeFileDurably(original, bytes);
      await this.articles.create(file);
      await this.nb.addArticles([file]);
    } catch (error) {
      await this.articles.purge(file.article.id);
      if (!hadOriginal) await rm(original, { force: true });
      throw error;
    }
  }

  /**
   * A damaged article with no backup, read again from the bytes it was imported from: the
   * same id and capture time, the text as first imported (the caller puts highlights back).
   */
  async rebuildFromOriginal(summary: ArticleSummary): Promise<ArticleFile> {
    const bytes = await readFile(this.paths.original(summary.sha256));
    const fileName = summary.fileName ?? summary.title;
    const extracted = await extractInWorker({ bytes, fileName });
    const file = articleFromSource(extracted, { sha256: summary.sha256, fileName });
    return {
      ...file,
      article: { ...file.article, id: summary.id, capturedAt: summary.capturedAt },
    };
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A source the importer refuses is the caller's input at fault, and the message says why. */
function asInvalidInput(error: unknown): never {
  if (error instanceof ImportError) throw new NotebookError('INVALID_INPUT', error.message);
  throw error;
}
