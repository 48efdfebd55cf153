import type { CacheProvider, CacheProviderFactory } from 'astro'
import memoryCache from 'astro/cache/memory'

import { type AllowedQuery, cacheKeyUrl, canonicalPath } from './cacheKey'

export type RouteCacheConfig = { max: number; allowedQuery: AllowedQuery }

/**
 * Astro's in-memory route cache, keyed by what the pages actually depend on (see cacheKey.ts).
 * Another spelling of a page's path is redirected to the canonical one instead of being rendered
 * and cached again, so the number of entries is bounded by the pages that exist.
 */
const routeCache: CacheProviderFactory<RouteCacheConfig> = (config) => {
  const allowedQuery = config?.allowedQuery ?? {}
  const names = [...new Set(Object.values(allowedQuery).flat())]
  const memory: CacheProvider = memoryCache({ max: config?.max, query: { include: names } })
  return {
    name: 'coope-route-cache',
    invalidate: (options) => memory.invalidate(options),
    async onRequest(context, next) {
      const { request, url } = context
      if (request.method !== 'GET' && request.method !== 'HEAD') return next()
      const path = canonicalPath(url.pathname)
      if (path !== url.pathname) {
        return new Response(null, { status: 301, headers: { location: `${path}${url.search}` } })
      }
      if (!memory.onRequest) return next()
      const key = cacheKeyUrl(url, allowedQuery)
      const keyed = new Request(key, { method: request.method, headers: request.headers })
      return memory.onRequest({ ...context, request: keyed, url: key }, next)
    },
  }
}

export default routeCache
