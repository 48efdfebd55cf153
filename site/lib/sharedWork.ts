/**
 * Work shared by those who ask for it while it is under way: `share(key, start)` returns the
 * promise of the work already started for `key`, or calls `start()` and keeps its promise until it
 * settles. A settled work is forgotten, fulfilled or rejected, so the next caller starts it again
 * (a failure is not remembered; remembering results is the caller's business). `start` must not
 * throw synchronously; its rejection reaches every caller who shared it.
 */
export function sharedWork<T>(): (key: string, start: () => Promise<T>) => Promise<T> {
  const underWay = new Map<string, Promise<T>>()
  return (key, start) => {
    const known = underWay.get(key)
    if (known) return known
    const work = start().finally(() => underWay.delete(key))
    underWay.set(key, work)
    return work
  }
}
