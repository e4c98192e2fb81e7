// Applies a change to a lowdb document and writes it; if the change or the write fails, memory
// is put back as it was, so a failed operation leaves the notebook exactly as before. Callers
// run one operation at a time (see Serial); the copy is of this one file, never the library.
import type { Low } from 'lowdb';

export async function commit<T, R>(db: Low<T>, change: (data: T) => R): Promise<R> {
  const before = structuredClone(db.data);
  try {
    const result = change(db.data);
    await db.write();
    return result;
  } catch (error) {
    db.data = before;
    throw error;
  }
}
