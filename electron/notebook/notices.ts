// What the user must be told about the notebook itself (a file restored from backup, a seed
// that could not be imported). Kept in notices.json until dismissed, so a notice raised by a
// command or before a crash is still shown at the next start.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { Notice } from '../../shared/model';
import { NotebookError } from '../../shared/result';
import { writeFileDurably } from './store/durable-file';

const NoticesFile = z.object({ notices: z.array(Notice) });

export class Notices {
  private readonly items: Notice[] = [];
  private saving: Promise<void> = Promise.resolve();
  private paused = false;

  /** `path` null keeps notices in memory only (before the data folder is known). */
  constructor(private readonly path: string | null) {}

  /** Reads the notices left undismissed; an unreadable file is replaced, with a notice. */
  async load(): Promise<void> {
    if (!this.path) return;
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch {
      return;
    }
    try {
      this.items.unshift(...NoticesFile.parse(JSON.parse(raw)).notices);
    } catch {
      this.warn(`The list of earlier notices (${this.path}) could not be read and was replaced.`);
    }
  }

  warn(message: string): void {
    this.items.push({ id: randomUUID(), level: 'warning', message, at: new Date().toISOString() });
    this.save();
  }

  list(): Notice[] {
    return [...this.items];
  }

  dismiss(id: string): { id: string } {
    const at = this.items.findIndex((n) => n.id === id);
    if (at === -1) throw new NotebookError('NOT_FOUND', `There is no notice ${id}.`);
    this.items.splice(at, 1);
    this.save();
    return { id };
  }

  /** While the folder is another host's, notices stay in memory (its notices.json is its own). */
  pause(): void {
    this.paused = true;
  }

  /** The folder is ours again: keeps the notices saved meanwhile as well as ours, and saves. */
  async resume(): Promise<void> {
    if (!this.paused) return;
    this.paused = false;
    const mine = this.items.splice(0);
    await this.load();
    const known = new Set(this.items.map((n) => n.id));
    this.items.push(...mine.filter((n) => !known.has(n.id)));
    this.save();
  }

  /** Resolves once every notice so far is on disk. */
  flushed(): Promise<void> {
    return this.saving;
  }

  private save(): void {
    const path = this.path;
    if (!path || this.paused) return;
    const content = JSON.stringify({ notices: this.items }, null, 2);
    // A notice that cannot be saved is still shown in this session.
    this.saving = this.saving.then(() => writeFileDurably(path, content).catch(() => undefined));
  }
}
