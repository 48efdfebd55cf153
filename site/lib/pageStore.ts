/** One rendered response kept for reuse: its bytes, status and headers, and how long it stays good. */
export type StoredPage = {
  body: Buffer
  status: number
  headers: [string, string][]
  /** Milliseconds since the epoch when it was rendered. */
  storedAt: number
  /** Seconds it is served as it is. */
  maxAge: number
  /** Seconds after `maxAge` it is still served while a fresh copy renders in the background. */
  swr: number
  tags: string[]
}

/** Where a stored page stands at a given moment: served as is, served while re-rendering, or re-rendered first. */
export type Freshness = 'fresh' | 'stale' | 'expired'

/** How old `page` is at `now` (ms) against its `maxAge` and `swr` windows. */
export function freshness(page: StoredPage, now = Date.now()): Freshness {
  const age = (now - page.storedAt) / 1000
  if (age <= page.maxAge) return 'fresh'
  return age <= page.maxAge + page.swr ? 'stale' : 'expired'
}

/**
 * The rendered pages, by cache key (see cacheKey.ts), least recently used dropped first beyond
 * `max`. Expired pages are kept until evicted or invalidated: they are what the site still shows
 * when the CMS cannot render a fresh one (stale-if-error).
 */
export class PageStore {
  readonly #pages = new Map<string, StoredPage>()

  constructor(readonly max: number) {}

  get(key: string): StoredPage | undefined {
    const page = this.#pages.get(key)
    if (page) {
      this.#pages.delete(key)
      this.#pages.set(key, page)
    }
    return page
  }

  set(key: string, page: StoredPage): void {
    this.#pages.delete(key)
    if (this.#pages.size >= this.max) this.#pages.delete(this.#pages.keys().next().value!)
    this.#pages.set(key, page)
  }

  /** Drops every page carrying one of `tags`, and every page whose key's path is `path`. */
  invalidate({ tags = [], path }: { tags?: readonly string[]; path?: string }): void {
    const dropped = new Set(tags)
    for (const [key, page] of this.#pages) {
      if ((path !== undefined && new URL(key).pathname === path) || page.tags.some((tag) => dropped.has(tag))) {
        this.#pages.delete(key)
      }
    }
  }

  get size(): number {
    return this.#pages.size
  }
}

const STORE = Symbol.for('coope.site.pageStore')

/**
 * The process's one page store. The route cache provider runs inside Astro's bundle and the front
 * handler in the site's own server module: both reach the same store through this global.
 */
export function sharedPageStore(max: number): PageStore {
  const holder = globalThis as { [STORE]?: PageStore }
  holder[STORE] ??= new PageStore(max)
  return holder[STORE]
}
