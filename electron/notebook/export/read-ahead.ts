// Reading an export's files is mostly waiting on the disk: a few items are worked on at once,
// their results handed on in order, so the disk stays busy while memory holds only a few.

/** `work` on each item, at most `depth` at a time, results in the items' order. */
export async function* ahead<T, R>(
  items: Iterable<T> | AsyncIterable<T>,
  depth: number,
  work: (item: T) => Promise<R>,
): AsyncGenerator<R> {
  const iterator =
    Symbol.asyncIterator in items
      ? (items as AsyncIterable<T>)[Symbol.asyncIterator]()
      : (items as Iterable<T>)[Symbol.iterator]();
  const pending: Promise<R>[] = [];
  let ended = false;
  const fill = async () => {
    while (!ended && pending.length < depth) {
      const next = await iterator.next();
      if (next.done) {
        ended = true;
        break;
      }
      const result = work(next.value);
      // Awaited in turn below; until then a failure must not count as unhandled.
      result.catch(() => undefined);
      pending.push(result);
    }
  };
  await fill();
  while (pending.length) {
    const result = await pending.shift()!;
    await fill();
    yield result;
  }
}
