// Opens and caches the per-article files; each is validated, and backed up once per session
// before its first change, so a damaged file can be restored.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Low } from 'lowdb';
import { ArticleFile } from '../../../shared/model';
import { NotebookError } from '../../../shared/result';
import { takeBackup } from './backups';
import { openValidated } from './open-validated';
import type { NotebookPaths } from './paths';

export class ArticleStore {
  /** Opening promises, so two callers never open one file into two lowdb instances. */
  private readonly open = new Map<string, Promise<Low<ArticleFile>>>();
  private readonly backedUp = new Set<string>();

  constructor(
    private readonly paths: NotebookPaths,
    private readonly warn: (message: string) => void,
  ) {}

  get(id: string, title?: string): Promise<Low<ArticleFile>> {
    let opening = this.open.get(id);
    if (!opening) {
      opening = this.load(id, title);
      this.open.set(id, opening);
      opening.catch(() => this.open.delete(id));
    }
    return opening;
  }

  private async load(id: string, title?: string): Promise<Low<ArticleFile>> {
    const path = this.paths.article(id);
    const name = title ? `“${title}”` : `article ${id}`;
    if (!existsSync(path)) {
      throw new NotebookError('NOT_FOUND', `The file of ${name} (${path}) is missing.`);
    }
    const opened = await openValidated(path, ArticleFile, noDefaults, this.paths.articleBackups);
    if (opened.status === 'new') throw new Error(`${path} vanished while it was being opened`);
    if (opened.status === 'unrecoverable') {
      throw new NotebookError(
        'INTERNAL',
        `The file of ${name} was damaged (${opened.damage.reason}) and has no readable backup; ` +
          `it was moved aside to ${opened.damage.movedTo}.`,
      );
    }
    if (opened.status === 'restored') {
      this.warn(
        `The file of ${name} was damaged (${opened.damage.reason}). It was moved aside to ` +
          `${opened.damage.movedTo} and restored from the backup of ${opened.backupTakenAt.toISOString()}.`,
      );
    }
    return opened.db;
  }

  /** Call before changing an article: keeps a verified copy of it as it was at session start. */
  async beforeChange(id: string): Promise<void> {
    if (this.backedUp.has(id)) return;
    await takeBackup(this.paths.article(id), this.paths.articleBackups, ArticleFile, 3);
    this.backedUp.add(id);
  }

  async create(file: ArticleFile): Promise<Low<ArticleFile>> {
    const opened = await openValidated(
      this.paths.article(file.article.id),
      ArticleFile,
      () => file,
      this.paths.articleBackups,
    );
    if (opened.status !== 'new') throw new Error(`article ${file.article.id} already exists`);
    await opened.db.write();
    this.open.set(file.article.id, Promise.resolve(opened.db));
    this.backedUp.add(file.article.id);
    return opened.db;
  }

  async remove(id: string): Promise<void> {
    this.open.delete(id);
    await rm(this.paths.article(id), { force: true });
  }
}

function noDefaults(): never {
  throw new Error('an article file has no defaults: a missing file is reported before opening');
}
