// What the user must be told about the notebook itself (a file restored from backup, a seed
// that could not be imported); hosts show these until dismissed.
import { randomUUID } from 'node:crypto';
import type { Notice } from '../../shared/model';
import { NotebookError } from '../../shared/result';

export class Notices {
  private readonly items: Notice[] = [];

  warn(message: string): void {
    this.items.push({ id: randomUUID(), level: 'warning', message, at: new Date().toISOString() });
  }

  list(): Notice[] {
    return [...this.items];
  }

  dismiss(id: string): { id: string } {
    const at = this.items.findIndex((n) => n.id === id);
    if (at === -1) throw new NotebookError('NOT_FOUND', `There is no notice ${id}.`);
    this.items.splice(at, 1);
    return { id };
  }
}
