// Imports sources one after another (the notebook has one writer) and keeps each one's status
// for the progress panel. Cancel stops the rest; what was already imported stays.
import type { ImportOutcome, Output } from '../../../shared/contract';
import { messageOf } from '../api/api-error';
import { readAsBase64 } from './file-bytes';
import type { ImportItem, ImportRun } from './import-run';
import { isBundle, sizeProblem, sortFolderFiles, type PickedFile } from './supported-files';

export type BundleCounts = Output<'bundle.import'>;

export type ImportSource =
  | { kind: 'file'; file: File; path: string }
  /** A file the desktop's open dialog chose: the host reads it from disk. */
  | { kind: 'chosen'; path: string }
  | { kind: 'url'; url: string }
  | { kind: 'text'; text: string };

/** How a source reaches the notebook; the app uses the host, tests use a fake. */
export interface Importer {
  file(input: { fileName: string; data: string; contentType?: string }): Promise<ImportOutcome>;
  url(url: string): Promise<ImportOutcome>;
  text(text: string): Promise<ImportOutcome>;
  /** A file the desktop's dialog chose; a `.dossier` bundle comes back as merge counts. */
  chosen(path: string): Promise<ImportOutcome | BundleCounts>;
  /** A notebook bundle (.dossier): merged into the notebook rather than read as an article. */
  bundle(input: { fileName: string; data: string }): Promise<BundleCounts>;
}

/** Told of each source that reached the notebook; `open` is true for the run's first one. */
export type ArticleListener = (outcome: ImportOutcome, open: boolean) => void | Promise<void>;

/** Told when a bundle was merged: many articles may have changed at once. */
export type BundleListener = (counts: BundleCounts) => void | Promise<void>;

let counter = 0;

export class ImportEngine {
  private run: ImportRun | null = null;
  private readonly sources = new Map<string, ImportSource>();
  private readonly listeners = new Set<() => void>();
  private pumping = false;
  private opened = false;
  private onArticle: ArticleListener = () => {};
  private onBundle: BundleListener = () => {};

  constructor(private readonly importer: Importer) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly snapshot = (): ImportRun | null => this.run;

  setArticleListener(listener: ArticleListener): void {
    this.onArticle = listener;
  }

  setBundleListener(listener: BundleListener): void {
    this.onBundle = listener;
  }

  addFiles(files: readonly PickedFile[], skipped: readonly PickedFile[] = []): void {
    this.add(
      files.map(({ file, path }) => ({ kind: 'file', file, path })),
      skipped.map((s) => s.path),
    );
  }

  /**
   * Files chosen one by one are all sent (the host sniffs them and says why it refuses one);
   * of a folder's files only the kinds Dossier reads are, and the rest are counted as skipped.
   */
  addFound({ direct = [], inFolders = [] }: { direct?: PickedFile[]; inFolders?: PickedFile[] }) {
    const { accepted, skipped } = sortFolderFiles(inFolders);
    this.addFiles([...direct, ...accepted], skipped);
  }

  addUrl(url: string): void {
    this.add([{ kind: 'url', url }]);
  }

  addText(text: string): void {
    this.add([{ kind: 'text', text }]);
  }

  /** Sources added while a run is going join it; after it finished they start a new one. */
  add(sources: readonly ImportSource[], skipped: readonly string[] = []): void {
    if (sources.length === 0 && skipped.length === 0) return;
    const fresh = !this.run || this.run.finished;
    if (fresh) {
      this.sources.clear();
      this.opened = false;
    }
    const items: ImportItem[] = sources.map((source) => {
      const key = `import-${++counter}`;
      this.sources.set(key, source);
      return { key, label: labelOf(source), status: 'waiting' };
    });
    const base: ImportRun =
      fresh || !this.run ? { items: [], skipped: [], finished: false, cancelled: false } : this.run;
    this.commit({
      ...base,
      items: [...base.items, ...items],
      skipped: [...base.skipped, ...skipped],
      finished: fresh && items.length === 0,
    });
    void this.pump();
  }

  /** Stops after the source being imported now: the host cannot be interrupted mid-write. */
  cancel(): void {
    const run = this.run;
    if (!run || run.finished) return;
    this.commit({
      ...run,
      cancelled: true,
      finished: !this.pumping,
      items: run.items.map((i) => (i.status === 'waiting' ? { ...i, status: 'cancelled' } : i)),
    });
  }

  /** Closes the panel of a finished run. */
  dismiss(): void {
    if (this.run && !this.run.finished) return;
    this.sources.clear();
    this.commit(null);
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const next = this.run?.items.find((i) => i.status === 'waiting');
        if (!this.run || this.run.cancelled || !next) break;
        await this.process(next.key);
      }
    } finally {
      this.pumping = false;
      if (this.run && !this.run.finished) this.commit({ ...this.run, finished: true });
    }
  }

  private async process(key: string): Promise<void> {
    const source = this.sources.get(key);
    this.sources.delete(key); // the File can be let go once it has been sent
    if (!source) return this.patch(key, { status: 'failed', message: 'It was lost.' });
    let outcome: ImportOutcome | BundleCounts;
    try {
      outcome = await this.send(key, source);
    } catch (error) {
      return this.patch(key, { status: 'failed', message: messageOf(error) });
    }
    if (!('article' in outcome)) {
      this.patch(key, { status: 'imported', bundle: outcome });
      try {
        await this.onBundle(outcome);
      } catch {
        // The bundle is merged; a failed refresh of the list is reported by the list.
      }
      return;
    }
    const { article, duplicate } = outcome;
    this.patch(key, {
      status: duplicate ? 'duplicate' : 'imported',
      articleId: article.id,
      title: article.title,
    });
    const open = !this.opened;
    this.opened = true;
    try {
      await this.onArticle(outcome, open);
    } catch {
      // The article is in the notebook; a failed refresh of the list is reported by the list.
    }
  }

  private async send(key: string, source: ImportSource): Promise<ImportOutcome | BundleCounts> {
    if (source.kind === 'url') {
      this.patch(key, { status: 'importing' });
      return this.importer.url(source.url);
    }
    if (source.kind === 'text') {
      this.patch(key, { status: 'importing' });
      return this.importer.text(source.text);
    }
    if (source.kind === 'chosen') {
      this.patch(key, { status: 'importing' });
      return this.importer.chosen(source.path);
    }
    const { file } = source;
    const problem = sizeProblem(file);
    if (problem) throw new Error(problem);
    this.patch(key, { status: 'reading' });
    let data: string;
    try {
      data = await readAsBase64(file);
    } catch (error) {
      throw new Error(`“${file.name}” could not be read: ${messageOf(error)}`);
    }
    // Cancelled while reading: nothing was sent, so nothing was imported.
    if (this.run?.cancelled) {
      this.patch(key, { status: 'cancelled' });
      throw new Cancelled();
    }
    this.patch(key, { status: 'importing' });
    if (isBundle(file.name)) return this.importer.bundle({ fileName: file.name, data });
    return this.importer.file({
      fileName: file.name,
      data,
      ...(file.type ? { contentType: file.type } : {}),
    });
  }

  private patch(key: string, changes: Partial<ImportItem>): void {
    const run = this.run;
    if (!run) return;
    // A cancelled item stays cancelled whatever its read or send later says.
    const items = run.items.map((i) =>
      i.key === key && !(i.status === 'cancelled' && changes.status === 'failed')
        ? { ...i, ...changes }
        : i,
    );
    this.commit({ ...run, items });
  }

  private commit(next: ImportRun | null): void {
    this.run = next;
    for (const listener of this.listeners) listener();
  }
}

class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

function labelOf(source: ImportSource): string {
  if (source.kind === 'file' || source.kind === 'chosen') return source.path;
  if (source.kind === 'url') return source.url;
  const words = source.text.trim().replace(/\s+/g, ' ');
  return `Pasted text: “${words.length > 48 ? `${words.slice(0, 47)}…` : words}”`;
}
