/**
 * A small seeded pseudo-random generator (mulberry32): the same seed gives the same corpus on
 * every machine, so two benchmark runs measure the same documents.
 */
export class Random {
  #state: number

  constructor(seed: number) {
    this.#state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0
    let t = this.#state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!
  }

  /** `count` distinct items (fewer if there are not that many). */
  some<T>(items: readonly T[], count: number): T[] {
    const pool = [...items]
    const chosen: T[] = []
    while (chosen.length < count && pool.length > 0)
      chosen.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!)
    return chosen
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }
}

/** A seed for one document, from the corpus seed and the document's kind, year and index. */
export function documentSeed(kind: string, year: number, index: number): number {
  let hash = 2166136261
  for (const char of `${kind}:${year}:${index}`) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619)
  return hash >>> 0
}
