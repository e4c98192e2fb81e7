// Notebook notes: free Markdown notes (a working assessment, a brief) that are not tied to one
// article and may quote highlights by reference (`[[highlight:<id>]]`, see shared/note-refs).
import { randomUUID } from 'node:crypto';
import type { ParsedInput } from '../../shared/contract';
import type { Note } from '../../shared/model';
import { NotebookError } from '../../shared/result';
import type { NotebookInternals } from './internals';

export class NotebookNotes {
  constructor(private readonly nb: NotebookInternals) {}

  list(): Promise<Note[]> {
    return this.nb.serial.run(async () =>
      [...this.nb.library.notes].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)),
    );
  }

  create({ title, body }: ParsedInput<'notes.create'>): Promise<Note> {
    return this.nb.serial.run(async () => {
      const now = new Date().toISOString();
      const note = {
        id: randomUUID(),
        title: title ?? '',
        body: body ?? '',
        createdAt: now,
        updatedAt: now,
      };
      await this.nb.changeLibrary((lib) => void lib.notes.push(note));
      return { ...note };
    });
  }

  update({ id, title, body }: ParsedInput<'notes.update'>): Promise<Note> {
    return this.nb.serial.run(async () => {
      this.find(id);
      await this.nb.changeLibrary((lib) => {
        const note = lib.notes.find((n) => n.id === id)!;
        if (title !== undefined) note.title = title;
        if (body !== undefined) note.body = body;
        note.updatedAt = new Date().toISOString();
      });
      return { ...this.find(id) };
    });
  }

  delete(id: string): Promise<{ id: string }> {
    return this.nb.serial.run(async () => {
      this.find(id);
      await this.nb.changeLibrary((lib) => {
        lib.notes = lib.notes.filter((n) => n.id !== id);
      });
      return { id };
    });
  }

  private find(id: string): Note {
    const note = this.nb.library.notes.find((n) => n.id === id);
    if (!note) throw new NotebookError('NOT_FOUND', `There is no notebook note ${id}.`);
    return note;
  }
}
