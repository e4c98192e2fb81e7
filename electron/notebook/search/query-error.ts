// The error a search query answers with when it cannot be read: its message is a sentence for
// the analyst naming what is wrong and the part of the query it is in.
export class QueryError extends Error {
  override name = 'QueryError';
}
