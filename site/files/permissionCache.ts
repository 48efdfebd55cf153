import type { FilePermission } from './readPermission'

/** How long an answer is reused when no invalidation comes: a safety net, not the way changes arrive. */
const REMEMBER_MS = 60_000
const MAX_ENTRIES = 5000

type Entry = { until: number; answer: FilePermission }

/**
 * What the CMS said about public files, by `<collection>/<file name>`, reused for a minute at most.
 * The CMS's signed cache invalidations (`schemas/cache-tags.ts` tags) drop every answer about the
 * collections they name, so a withdrawn file stops being served as soon as the invalidation
 * arrives, like the pages that showed it. Oldest answers are dropped first beyond MAX_ENTRIES.
 */
export class FilePermissionCache {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly rememberMs = REMEMBER_MS) {}

  /** The remembered answer about this file at `now` (ms), if any is still good. */
  get(collection: string, filename: string, now = Date.now()): FilePermission | undefined {
    const hit = this.entries.get(`${collection}/${filename}`)
    return hit && hit.until > now ? hit.answer : undefined
  }

  /** The last answer about this file, however old: what stands while the CMS cannot answer. */
  last(collection: string, filename: string): FilePermission | undefined {
    return this.entries.get(`${collection}/${filename}`)?.answer
  }

  set(collection: string, filename: string, answer: FilePermission, now = Date.now()): void {
    const key = `${collection}/${filename}`
    this.entries.delete(key)
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, { until: now + this.rememberMs, answer })
  }

  /**
   * Forgets every answer about a collection named by one of `tags`: its listing tag (`media`) or a
   * document's tag (`media:12`). A document's tag does not say which file names it had (a replaced
   * file's old name included), so the whole collection is asked again.
   */
  forget(tags: readonly string[]): void {
    const collections = new Set(tags.map((tag) => tag.split(':')[0]))
    for (const key of this.entries.keys()) {
      if (collections.has(key.slice(0, key.indexOf('/')))) this.entries.delete(key)
    }
  }
}

const CACHE = Symbol.for('coope.site.filePermissions')

/**
 * The one permission cache of the site's process, shared by the file server (`site/server.ts`)
 * and the invalidation endpoint (bundled by Astro, hence a separate copy of this module).
 */
export function sharedFilePermissions(): FilePermissionCache {
  const holder = globalThis as { [CACHE]?: FilePermissionCache }
  holder[CACHE] ??= new FilePermissionCache()
  return holder[CACHE]
}
