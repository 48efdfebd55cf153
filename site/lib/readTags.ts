import { AsyncLocalStorage } from 'node:async_hooks'

/** The part of Astro's per-request cache that takes tags (`context.cache` / `Astro.cache`). */
export type TagTarget = { enabled: boolean; set(options: { tags: string[] }): void }

const target = new AsyncLocalStorage<TagTarget>()

/**
 * Runs one request's rendering so that every read of the CMS made during it tags the request's
 * cache entry (see `tagRead`): a page cannot forget the tag of something it shows.
 */
export const recordingReadTags = <T>(cache: TagTarget, render: () => T): T => target.run(cache, render)

/**
 * Tags the current request's cache entry with the cache tags of what was just read
 * (`schemas/cache-tags.ts`). Outside a request (a feed built in a test, a script) it does nothing.
 */
export function tagRead(tags: readonly string[]): void {
  const cache = target.getStore()
  if (cache?.enabled && tags.length) cache.set({ tags: [...tags] })
}

/**
 * Runs `read` so that the cache tags of its CMS reads go into `into` instead of the current
 * request's entry: for a read kept beyond one request, whose tags each request that uses it must
 * then record itself (`tagRead`).
 */
export const collectingReadTags = <T>(into: string[], read: () => T): T =>
  target.run({ enabled: true, set: ({ tags }) => void into.push(...tags) }, read)
