// Search over the notebook: the index, loaded or built when first needed and kept in step with
// every change, and the operations over it (search.query, search.matches, quotations.list).
import { readFile, stat } from 'node:fs/promises';
import type { Output, ParsedInput } from '../../../shared/contract';
import type { ArticleFile } from '../../../shared/model';
import { NotebookError } from '../../../shared/result';
import type { NotebookInternals } from '../internals';
import type { NotebookPaths } from '../store/paths';
import { evaluate, rankNearness, type EvalContext, type Hits } from './evaluate';
import { IndexFile } from './index-file';
import { parseQuery, QueryError, type QueryNode } from './query';
import { Quotations } from './quotations';
import { hitsPage } from './hits';
import { SearchIndex } from './search-index';
import { findMatches } from './snippet';
import { ArticleTexts } from './article-texts';

/** Articles indexed per turn of the queue while building, so other operations go between. */
const BUILD_BATCH = 200;

export interface SearchStats {
  documents: number;
  lastUpdateMs: number | null;
  buildMs: number | null;
  loadMs: number | null;
}

export class Search {
  private index: SearchIndex | null = null;
  private readying: Promise<SearchIndex> | null = null;
  private readonly file: IndexFile;
  /** The saved index no longer matches the data (set at the first change after loading). */
  private fileStale = false;
  private changedSinceSave = false;
  private lastUpdateMs: number | null = null;
  private buildMs: number | null = null;
  private loadMs: number | null = null;
  /** Counts changes to the index, so the Quotations view knows when its sorted rows are old. */
  private version = 0;
  private readonly quotationRows = new Quotations();
  private readonly texts: ArticleTexts;

  constructor(
    private readonly nb: NotebookInternals,
    private readonly paths: NotebookPaths,
  ) {
    this.file = new IndexFile(paths.dataDir);
    this.texts = new ArticleTexts(paths, (id) =>
      nb.loadArticle(id).then((db) => db.data.article.text),
    );
  }

  // ---- the operations ----

  query({
    query,
    limit = 20,
    offset = 0,
  }: ParsedInput<'search.query'>): Promise<Output<'search.query'>> {
    const started = performance.now();
    const node = parse(query);
    return this.withIndex(async (index) => {
      let ctx = this.context(index);
      let hits = run(node, ctx);
      // Nothing found: a typo may have made another real word ("offices" for "officers").
      if (!hits.scores.some((s) => s >= 0)) {
        ctx = { ...this.context(index), anyTypos: true };
        hits = run(node, ctx);
      }
      rankNearness(hits, ctx);
      const page = await hitsPage(ctx, hits, phrasesOf(node), { limit, offset }, (id) =>
        this.texts.text(id),
      );
      return { ...page, tookMs: Math.round((performance.now() - started) * 100) / 100 };
    });
  }

  matches({ articleId, query }: ParsedInput<'search.matches'>): Promise<Output<'search.matches'>> {
    const node = parse(query);
    return this.withIndex(async (index) => {
      const db = await this.nb.loadArticle(articleId);
      const ctx = this.context(index);
      // Evaluated for the words the query matches in the notebook (with prefix and typo variants).
      run(node, ctx);
      return {
        matches: findMatches(db.data.article.text, {
          terms: ctx.matched,
          phrases: phrasesOf(node),
        }),
      };
    });
  }

  quotations(input: ParsedInput<'quotations.list'>): Promise<Output<'quotations.list'>> {
    const node = input.query?.trim() ? parse(input.query) : null;
    return this.withIndex(async (index) => {
      const ctx = this.context(index);
      const hits = node
        ? run({ type: 'and', children: [node, { type: 'kind', kinds: ['highlight'] }] }, ctx)
        : null;
      return this.quotationRows.page(index, this.version, hits, input, (id) =>
        this.nb.library.summary(id),
      );
    });
  }

  // ---- lifecycle ----

  /** Resolves once the index is loaded from its file or built from the article files. */
  async ready(): Promise<void> {
    await this.readyIndex();
  }

  /** Starts loading or building now, in the background (the desktop and browser hosts). */
  warm(): void {
    void this.readyIndex().catch(() => undefined);
  }

  /** Drops the index and builds it again from the article files. */
  async rebuild(): Promise<void> {
    await this.nb.serial.run(async () => {
      this.index = null;
      this.readying = null;
      await this.file.invalidate();
    });
    await this.readyIndex({ build: true });
  }

  stats(): SearchStats {
    return {
      documents: this.index?.size ?? 0,
      lastUpdateMs: this.lastUpdateMs,
      buildMs: this.buildMs,
      loadMs: this.loadMs,
    };
  }

  async fileBytes(): Promise<number | null> {
    return this.file.bytes();
  }

  /** At close, after the journal is folded: keeps the index for the next open. Inside the queue. */
  async save(): Promise<void> {
    if (!this.index || this.readying === null) return;
    if (!this.changedSinceSave && !this.fileStale && (await this.file.bytes()) !== null) return;
    await this.file.save(this.index, await this.stamp());
    this.changedSinceSave = false;
    this.fileStale = false;
  }

  /** The folder changed under us (the lock was lost and taken back): start again from disk. */
  reset(): void {
    this.index = null;
    this.readying = null;
  }

  // ---- kept in step (called by the Notebook inside the queue, after each change) ----

  /** Before the first change of a session: the saved index will no longer match. */
  async beforeChange(): Promise<void> {
    if (this.fileStale) return;
    this.fileStale = true;
    await this.file.invalidate();
  }

  articleChanged(file: ArticleFile): void {
    this.texts.forget(file.article.id);
    this.update((index) => index.putArticle(file));
  }

  articleRemoved(id: string): void {
    this.texts.forget(id);
    this.update((index) => index.removeArticle(id));
  }

  libraryChanged(): void {
    this.update((index) => index.putNotes(this.nb.library.notes));
  }

  private update(change: (index: SearchIndex) => void): void {
    if (!this.index) return;
    const started = performance.now();
    change(this.index);
    this.version++;
    this.changedSinceSave = true;
    this.lastUpdateMs = performance.now() - started;
  }

  // ---- inside ----

  private withIndex<T>(work: (index: SearchIndex) => Promise<T>): Promise<T> {
    return this.readyIndex().then(() => this.nb.serial.run(() => work(this.index!)));
  }

  private readyIndex({ build = false } = {}): Promise<SearchIndex> {
    this.readying ??= this.open(build).catch((error: unknown) => {
      this.readying = null;
      this.index = null;
      throw error;
    });
    return this.readying;
  }

  private async open(forceBuild: boolean): Promise<SearchIndex> {
    const loaded = forceBuild
      ? null
      : await this.nb.serial.run(async () => {
          const started = performance.now();
          const found = (await this.journalIsEmpty())
            ? await this.file.load(await this.stamp())
            : null;
          if (found && !this.fileStale) {
            // What filters read of each article comes from the library, as it is now.
            for (const summary of this.nb.library.articles) found.setFacts(summary);
            this.index = found;
            this.version++;
            this.loadMs = performance.now() - started;
          }
          return this.index;
        });
    return loaded ?? this.build();
  }

  /** Article by article, a batch per turn of the queue, so the notebook stays responsive. */
  private async build(): Promise<SearchIndex> {
    const started = performance.now();
    const index = new SearchIndex();
    const ids = await this.nb.serial.run(async () => {
      this.index = index;
      this.version++;
      index.putNotes(this.nb.library.notes);
      return this.nb.library.articles.map((a) => a.id);
    });
    for (let at = 0; at < ids.length; at += BUILD_BATCH) {
      await this.nb.serial.run(async () => {
        if (this.index !== index) return;
        // Deleted meanwhile, or already indexed by a change made during the build.
        const batch = ids
          .slice(at, at + BUILD_BATCH)
          .filter((id) => this.nb.library.summary(id) && !index.has(id));
        // Read side by side (the disk waits overlap), indexed one by one.
        const files = await Promise.all(batch.map((id) => this.readForIndex(id)));
        for (const file of files) index.putArticle(file);
        this.version++;
      });
    }
    this.changedSinceSave = true;
    this.buildMs = performance.now() - started;
    return index;
  }

  /** From disk without filling the article cache; a damaged file goes the repairing way. */
  private async readForIndex(id: string): Promise<ArticleFile> {
    try {
      return await this.nb.exportSource().readArticleFile(id);
    } catch {
      return (await this.nb.loadArticle(id)).data;
    }
  }

  private async stamp() {
    const snapshot = await readFile(this.paths.libraryChecksum, 'utf8').catch(() => '');
    return { snapshot: snapshot.trim() };
  }

  private async journalIsEmpty(): Promise<boolean> {
    return stat(this.paths.journal).then(
      (s) => s.size === 0,
      () => true,
    );
  }

  private context(index: SearchIndex): EvalContext {
    const library = this.nb.library;
    return {
      index,
      matched: new Set(),
      variants: new Map(),
      near: [],
      columns: index.columns,
      summary: (id) => library.summary(id),
      tags: library.tags,
      colorMeanings: library.settings.colorMeanings ?? {},
      taggedWith: (tagId) => index.taggedWith(tagId),
      noteDay: (n) => {
        const entry = index.entries[n];
        return entry?.kind === 'notebookNote' ? entry.updatedAt.slice(0, 10) : undefined;
      },
    };
  }
}

/** Evaluates, turning a filter that names nothing in this notebook into INVALID_INPUT. */
function run(node: QueryNode, ctx: EvalContext): Hits {
  try {
    return evaluate(node, ctx);
  } catch (error) {
    if (error instanceof QueryError) throw new NotebookError('INVALID_INPUT', error.message);
    throw error;
  }
}

function parse(query: string): QueryNode {
  try {
    return parseQuery(query);
  } catch (error) {
    if (error instanceof QueryError) throw new NotebookError('INVALID_INPUT', error.message);
    throw error;
  }
}

/** The positive phrases of a query, for marking them whole. */
export function phrasesOf(node: QueryNode): string[][] {
  switch (node.type) {
    case 'phrase':
      return [node.terms];
    case 'and':
    case 'or':
      return node.children.flatMap(phrasesOf);
    default:
      return [];
  }
}
