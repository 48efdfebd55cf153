import type { AstroGlobal } from 'astro'

/** Upcoming-events pages roll with time, so they also expire on their own; others wait for invalidation. */
export const FRESH_FOR = { timely: 300, stable: 86_400 } as const

export function cachePage(astro: Pick<AstroGlobal, 'cache'>, maxAge: number, tags: string[]): void {
  if (astro.cache.enabled) astro.cache.set({ maxAge, swr: 60, tags })
}
