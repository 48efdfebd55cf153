import type { AstroGlobal } from 'astro'

/** Upcoming-events pages roll with time, so they also expire on their own; others wait for invalidation. */
export const FRESH_FOR = { timely: 300, stable: 86_400 } as const

/**
 * After expiry a page is still served for up to a day while it re-renders in the background; if the
 * CMS is down then, the background render fails and the cached page keeps being served.
 */
const STALE_IF_ERROR = 86_400

export function cachePage(astro: Pick<AstroGlobal, 'cache'>, maxAge: number, tags: string[]): void {
  if (astro.cache.enabled) astro.cache.set({ maxAge, swr: STALE_IF_ERROR, tags })
}
