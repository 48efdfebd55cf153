import type { AstroGlobal } from 'astro'

/**
 * How long a page stays fresh, and how long after that it may still be served while it re-renders
 * in the background (if the CMS is down meanwhile, the old page keeps being served). Pages listing
 * upcoming events roll with time, so they are only briefly served stale; the others change only
 * through invalidation. The agenda's calendar subscription rolls with time too, but calendar apps
 * fetch it again only every hour (the REFRESH-INTERVAL it announces, RFC 7986 5.7), and a
 * publication reaches it at once by invalidation: rendering it again sooner would cost the CMS
 * its heaviest read (every event of fifteen months) every five minutes for nobody.
 */
export const FRESH_FOR = {
  timely: { maxAge: 300, swr: 60 },
  subscription: { maxAge: 3_600, swr: 3_600 },
  stable: { maxAge: 86_400, swr: 86_400 },
} as const

/**
 * Caches the page being rendered for `freshness`. Its tags need no listing here: every CMS read
 * made while rendering it has tagged it already (`readTags.ts`).
 */
export function cachePage(
  astro: Pick<AstroGlobal, 'cache'>,
  freshness: (typeof FRESH_FOR)[keyof typeof FRESH_FOR],
): void {
  if (astro.cache.enabled) astro.cache.set(freshness)
}
