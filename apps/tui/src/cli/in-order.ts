/**
 * Runs `run` over the items with up to `width` of them in flight, and yields the results in the
 * items' order: work overlaps in the extraction pool while stores and reports stay in order.
 * `run` must not reject (wrap failures in its result), or the results still waiting are lost.
 */
export async function* inOrder<T, R>(items: readonly T[], width: number, run: (item: T) => Promise<R>): AsyncGenerator<R> {
  const ahead: Promise<R>[] = [];
  let next = 0;
  while (next < items.length || ahead.length > 0) {
    while (next < items.length && ahead.length < Math.max(1, width)) ahead.push(run(items[next++] as T));
    yield await (ahead.shift() as Promise<R>);
  }
}
