/**
 * `compute` remembered by its argument, for at most `max` distinct arguments of at most `longest`
 * characters (longer ones are computed at each call and never held). When full, everything is
 * forgotten at once: the few arguments asked again and again (a page's address, a browser's
 * Accept-Encoding) come back at their next call, and a scan of endless values cannot grow it.
 * `compute` must depend on its argument alone.
 */
export function boundedMemo<T>(
  compute: (argument: string) => T,
  { max, longest = Number.POSITIVE_INFINITY }: { max: number; longest?: number },
): (argument: string) => T {
  const known = new Map<string, T>()
  return (argument) => {
    const remembered = known.get(argument)
    // One lookup on the hot path: `has` only for a value that is itself undefined.
    if (remembered !== undefined || known.has(argument)) return remembered as T
    const value = compute(argument)
    if (argument.length > longest) return value
    if (known.size >= max) known.clear()
    known.set(argument, value)
    return value
  }
}
