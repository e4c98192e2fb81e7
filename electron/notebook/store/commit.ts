// Applies a change to a lowdb document and writes it; if the write fails, memory is put back
// as it was, so a failed operation leaves the notebook exactly as before.
import type { Low } from 'lowdb';

export async function commit<T, R>(db: Low<T>, change: (data: T) => R): Promise<R> {
  const before = structuredClone(db.data);
  const result = change(db.data);
  try {
    await db.write();
  } catch (error) {
    db.data = before;
    throw error;
  }
  return result;
}
