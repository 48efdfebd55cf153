import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Renders } from './renders'

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

/** The value of a stored page's header `name` (in lower case, as pages are stored), if it has one. */
export const storedHeader = (page: StoredPage, name: string): string | undefined =>
  page.headers.find(([key]) => key === name)?.[1]

/** Where a stored page stands at a given moment: served as is, served while re-rendering, or re-rendered first. */
export type Freshness = 'fresh' | 'stale' | 'expired'

/** How old `page` is at `now` (ms) against its `maxAge` and `swr` windows. */
export function freshness(page: StoredPage, now = Date.now()): Freshness {
  const age = (now - page.storedAt) / 1000
  if (age <= page.maxAge) return 'fresh'
  return age <= page.maxAge + page.swr ? 'stale' : 'expired'
}

/** How many recent invalidations a store remembers for renders still under way. */
const INVALIDATIONS_KEPT = 200

/** Whether an invalidation of `dropped` tags (or of `pagePath`) concerns the page at `key` carrying `tags`. */
const matches = (key: string, tags: readonly string[], dropped: ReadonlySet<string>, pagePath?: string) =>
  (pagePath !== undefined && new URL(key).pathname === pagePath) || tags.some((tag) => dropped.has(tag))

/** A stored page as written to disk: the body in base64 beside its key. */
type PageFile = { key: string; page: Omit<StoredPage, 'body'> & { body: string } }

/**
 * The share of `max` that pages read again since they were stored may fill: the rest is left to
 * new pages, so each has its chance to be read again.
 */
const READ_AGAIN_SHARE = 0.8

/**
 * The count of reads at which the pages read again are numbered anew from 1: V8 keeps an integer
 * below 2³¹ in the map's slot itself, and a larger one in an object allocated at each read.
 */
const READS_RENUMBERED_AT = 2 ** 30

/**
 * The rendered pages, by cache key (see cacheKey.ts), dropped beyond `max` pages or `maxBytes`
 * bytes of bodies (an agenda page weighs about 100 KB, an event's 30 KB: a count alone would let a
 * crawler fill the process's memory). The pages not read again since they were stored go first,
 * oldest stored first, then those read again, least recently read first: a crawler or a scan of
 * thousands of valid addresses (every pair of agenda dates is one) then replaces only pages read
 * once, not the home and agenda that visitors keep asking for (a segmented LRU). Pages read again
 * fill at most `READ_AGAIN_SHARE` of `max`; beyond it the least recently read goes back among the
 * others, as if stored at that moment. A read only notes when it happened. Moving the page to the
 * end of the page map and of the set of pages read again at every cache hit made V8 allocate new
 * tables for them (a delete may shrink a table, an insert past its end copies it), tables that
 * outlived the young generation: 5 MB in 4 s of answers from the cache, and the site collected its
 * old generation every second while serving cached pages.
 * Expired pages are kept until evicted or invalidated: they are what the site still shows when the
 * CMS cannot render a fresh one (stale-if-error). With a `dir`, every page is also kept on disk
 * (one file per key, written atomically, in the order of the changes) and loaded again at start, so
 * a site restarted while the CMS is down still serves what it had.
 */
export class PageStore {
  /** The pages, in the order they were stored (or went back among those not read again). */
  readonly #pages = new Map<string, StoredPage>()
  /** The pages read again, each with the count of reads at its last read (kept when re-rendered). */
  readonly #readAgain = new Map<string, number>()
  /** Reads so far: orders the pages read again without moving them. */
  #reads = 0
  /** The last disk operation of each key: a removal never overtakes the write before it. */
  readonly #pending = new Map<string, Promise<void>>()
  #generation = 0
  #bytes = 0
  readonly #invalidations: { generation: number; tags: ReadonlySet<string>; path?: string }[] = []

  readonly dir?: string
  readonly maxBytes: number
  /** The renders of pages under way or about to begin (lib/renders.ts). */
  readonly renders = new Renders()

  constructor(
    readonly max: number,
    { dir, maxBytes = Number.POSITIVE_INFINITY }: { dir?: string; maxBytes?: number } = {},
  ) {
    this.dir = dir
    this.maxBytes = maxBytes
    if (dir) this.#load(dir)
  }

  get(key: string): StoredPage | undefined {
    const page = this.#pages.get(key)
    if (!page) return undefined
    // A key already there has its value replaced in place: no table grows or is copied.
    const joins = !this.#readAgain.has(key)
    if (this.#reads >= READS_RENUMBERED_AT) this.#renumberReads()
    this.#readAgain.set(key, ++this.#reads)
    if (joins && this.#readAgain.size > this.max * READ_AGAIN_SHARE) {
      const leaving = this.#leastRecentlyRead()!
      this.#readAgain.delete(leaving)
      const left = this.#pages.get(leaving)!
      this.#pages.delete(leaving)
      this.#pages.set(leaving, left)
    }
    return page
  }

  /** Numbers the pages read again 1, 2… in the order of their last reads. */
  #renumberReads(): void {
    const keys = this.#readAgainByLastRead()
    keys.forEach((key, index) => this.#readAgain.set(key, index + 1))
    this.#reads = keys.length
  }

  /** The keys of the pages read again, least recently read first. */
  #readAgainByLastRead(): string[] {
    return [...this.#readAgain].sort(([, a], [, b]) => a - b).map(([key]) => key)
  }

  /** The key of the page read again whose last read is the oldest; undefined when none is. */
  #leastRecentlyRead(): string | undefined {
    let oldest: string | undefined
    let oldestRead = Number.POSITIVE_INFINITY
    for (const [key, read] of this.#readAgain) if (read < oldestRead) [oldest, oldestRead] = [key, read]
    return oldest
  }

  set(key: string, page: StoredPage): void {
    // Taken out first, so that it comes back as the most recently stored; its place among the
    // pages read again stays that of its last read.
    this.#forget(key)
    this.#keep(key, page)
    this.#evictBeyondLimits(key)
  }

  /**
   * Drops every page carrying one of `tags`, and every page whose key's path is `path`. With
   * `keepAsFallback` (the change left what it touched public), those pages are kept as expired
   * instead: never served while a new render succeeds, served if it fails (stale-if-error).
   */
  invalidate({
    tags = [],
    path: pagePath,
    keepAsFallback = false,
  }: {
    tags?: readonly string[]
    path?: string
    keepAsFallback?: boolean
  }): void {
    const dropped = new Set(tags)
    this.#generation++
    this.#invalidations.push({ generation: this.#generation, tags: dropped, path: pagePath })
    if (this.#invalidations.length > INVALIDATIONS_KEPT) this.#invalidations.shift()
    for (const [key, page] of this.#pages) {
      if (!matches(key, page.tags, dropped, pagePath)) continue
      if (keepAsFallback) this.#expire(key, page)
      else this.#remove(key)
    }
  }

  /** Counts the invalidations so far: a render notes it when it starts, for `setIfCurrent`. */
  get generation(): number {
    return this.#generation
  }

  /**
   * Keeps `page` unless an invalidation made after `since` (a `generation`) concerns it: a render
   * that started before a publication may have read the old content, and must not put it back in
   * the cache after the publication dropped it. Returns whether the page was kept.
   */
  setIfCurrent(key: string, page: StoredPage, since: number): boolean {
    const oldest = this.#invalidations[0]?.generation ?? this.#generation + 1
    // Older invalidations than those remembered: whether they concern the page is unknown.
    if (since < this.#generation && since + 1 < oldest) return false
    const tags = new Set(page.tags)
    const later = this.#invalidations.filter(({ generation }) => generation > since)
    if (later.some(({ tags: dropped, path }) => matches(key, [...tags], dropped, path))) return false
    this.set(key, page)
    return true
  }

  get size(): number {
    return this.#pages.size
  }

  /** The bytes of the bodies kept. */
  get bytes(): number {
    return this.#bytes
  }

  /** Resolves once every page change so far is on disk. */
  async flushed(): Promise<void> {
    await Promise.all(this.#pending.values())
  }

  #expire(key: string, page: StoredPage): void {
    this.#keep(key, { ...page, storedAt: 0 })
  }

  /**
   * Removes pages until the store is within `max` and `maxBytes`, never `kept`: those not read
   * again first, oldest stored (or gone back among them) first, then those read again, least
   * recently read first.
   */
  #evictBeyondLimits(kept?: string): void {
    const within = () => this.#pages.size <= this.max && this.#bytes <= this.maxBytes
    for (const key of this.#pages.keys()) {
      if (within()) return
      if (key !== kept && !this.#readAgain.has(key)) this.#remove(key)
    }
    for (const key of this.#readAgainByLastRead()) {
      if (within()) return
      if (key !== kept) this.#remove(key)
    }
  }

  /** Takes `key`'s page out of memory, leaving the disk alone. */
  #forget(key: string): void {
    this.#bytes -= this.#pages.get(key)?.body.length ?? 0
    this.#pages.delete(key)
  }

  /** Keeps `page` at `key`, in the place of the page there if any (invalidations replace while iterating). */
  #keep(key: string, page: StoredPage): void {
    this.#bytes += page.body.length - (this.#pages.get(key)?.body.length ?? 0)
    this.#pages.set(key, page)
    this.#onDisk(key, async (file) => {
      const entry: PageFile = { key, page: { ...page, body: page.body.toString('base64') } }
      await writeFile(`${file}.tmp`, JSON.stringify(entry), { mode: 0o600 })
      await rename(`${file}.tmp`, file)
    })
  }

  #remove(key: string): void {
    this.#forget(key)
    this.#readAgain.delete(key)
    this.#onDisk(key, (file) => rm(file, { force: true }))
  }

  #onDisk(key: string, operation: (file: string) => Promise<void>): void {
    if (!this.dir) return
    const file = path.join(this.dir, `${createHash('sha256').update(key).digest('hex').slice(0, 40)}.json`)
    const next = (this.#pending.get(key) ?? Promise.resolve())
      .then(() => operation(file))
      .catch((error: unknown) => console.error(`[site] The page cache on disk could not be updated: ${String(error)}`))
    this.#pending.set(key, next)
    void next.then(() => {
      if (this.#pending.get(key) === next) this.#pending.delete(key)
    })
  }

  #load(dir: string): void {
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    const entries: PageFile[] = []
    for (const name of readdirSync(dir)) {
      if (!name.endsWith('.json')) continue
      try {
        entries.push(JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as PageFile)
      } catch {
        // A file cut short by a crash is only a page to render again.
      }
    }
    // Loaded as stale at the newest: what was published while this site was down may never have
    // reached it (the CMS stops retrying an invalidation after about half an hour), so each page is
    // served at once and rendered again at its first visit, or kept if the CMS cannot answer.
    const staleSince = Date.now()
    for (const { key, page } of entries.sort((a, b) => a.page.storedAt - b.page.storedAt).slice(-this.max)) {
      const storedAt = Math.min(page.storedAt, staleSince - page.maxAge * 1000 - 1)
      this.#pages.set(key, { ...page, storedAt, body: Buffer.from(page.body, 'base64') })
      this.#bytes += this.#pages.get(key)!.body.length
    }
    // The newest pages are kept within the limits; the files of the others are removed.
    this.#evictBeyondLimits()
  }
}

const STORE = Symbol.for('coope.site.pageStore')

/**
 * The process's one page store, kept on disk in SITE_CACHE_DIR when it is set. The route cache
 * provider runs inside Astro's bundle and the front handler in the site's own server module: both
 * reach the same store through this global.
 */
export function sharedPageStore({ max, maxBytes }: { max: number; maxBytes?: number }): PageStore {
  const holder = globalThis as { [STORE]?: PageStore }
  holder[STORE] ??= new PageStore(max, { dir: process.env.SITE_CACHE_DIR || undefined, maxBytes })
  return holder[STORE]
}
