import type { CacheProvider, CacheProviderFactory } from 'astro'

import { type AllowedQuery, cacheKeyUrl, canonicalPath, keyHoldsQuery } from './cacheKey'
import { notModified } from './notModified'
import { freshness, sharedPageStore, type StoredPage } from './pageStore'
import { previewTokenOf } from './preview'

/** At most `max` pages and `maxBytes` bytes of bodies; the query parameters kept in each path's key. */
export type RouteCacheConfig = { max: number; maxBytes?: number; allowedQuery: AllowedQuery }

/** `max-age` and `stale-while-revalidate` (seconds) of the CDN-Cache-Control header Astro sets from `Astro.cache.set`. */
function cacheWindows(header: string | null): { maxAge: number; swr: number } {
  const seconds = (name: string) => Number(new RegExp(`(?:^|,)\\s*${name}=(\\d+)`, 'i').exec(header ?? '')?.[1] ?? 0)
  return { maxAge: seconds('max-age'), swr: seconds('stale-while-revalidate') }
}

/**
 * A copy of a response other visitors may be given: anything but a personal one (cookies). It is
 * `kept` (stored for later visitors) only when cacheable and not a failure.
 */
async function shareable(response: Response): Promise<{ page: StoredPage; kept: boolean } | undefined> {
  const { maxAge, swr } = cacheWindows(response.headers.get('CDN-Cache-Control'))
  if (response.headers.has('set-cookie')) return undefined
  const headers: [string, string][] = []
  response.headers.forEach((value, name) => headers.push([name, value]))
  const tags = (response.headers.get('Cache-Tag') ?? '').split(',').flatMap((tag) => tag.trim() || [])
  const body = Buffer.from(await response.arrayBuffer())
  const page = { body, status: response.status, headers, storedAt: Date.now(), maxAge, swr, tags }
  return { page, kept: maxAge > 0 && response.status < 500 }
}

/**
 * A response carrying a stored page, marked HIT (fresh), STALE (served while re-rendering, or while
 * the CMS is down) or MISS (another visitor's render, given to those who asked for it meanwhile).
 */
export function replay(page: StoredPage, state: 'HIT' | 'STALE' | 'MISS'): Response {
  const headers = new Headers(page.headers)
  headers.set('X-Astro-Cache', state)
  return new Response(new Uint8Array(page.body), { status: page.status, headers })
}

/**
 * The site's route cache, keyed by what the pages actually depend on (see cacheKey.ts) and kept
 * in the process's page store, which the site's front handler also answers from (site/front.ts).
 * Another spelling of a page's path is redirected to the canonical one instead of being rendered
 * and cached again, so the number of entries is bounded by the pages that exist. A stale page is
 * served while it re-renders; an expired one is served again if re-rendering it fails
 * (stale-if-error: the CMS is down). A page is rendered once at a time: visitors who ask for it
 * meanwhile get what that render gave (the French 503 included, rather than as many renders
 * as visitors when the CMS is slow), unless something was invalidated since it started; a page
 * that is not kept (personal, uncacheable) or outdated they render for themselves. A feed whose
 * ETag the request's If-None-Match names is answered 304, the whole feed staying in the store.
 */
const routeCache: CacheProviderFactory<RouteCacheConfig> = (config) => {
  const allowedQuery = config?.allowedQuery ?? {}
  const store = sharedPageStore({ max: config?.max ?? 1000, maxBytes: config?.maxBytes })
  const rendering = store.renders
  const render = async (key: string, next: () => Promise<Response>): Promise<Response> => {
    const shared = rendering.begin(key, store.generation)
    let settled: StoredPage | undefined
    try {
      const response = await next()
      const copy = await shareable(response.clone())
      // Not kept if a publication during the render concerns it: it may show the old content.
      const current = copy?.kept ? store.setIfCurrent(key, copy.page, shared.since) : false
      // Only a page that may be kept, or a failure page (the same French 503 for all), is given to
      // the visitors who waited for it. Any other may be one visitor's own (a form's token, a
      // withdrawal link's key read from parameters the key leaves out, cookies Astro adds after
      // this): they render their own.
      if (copy && (current || copy.page.status >= 500)) settled = copy.page
      return response
    } finally {
      shared.end(settled)
    }
  }
  return {
    name: 'coope-route-cache',
    invalidate: async ({ tags, path }) => store.invalidate({ tags: tags === undefined ? [] : [tags].flat(), path }),
    async onRequest(context, next) {
      const response = await answer(context, next)
      // After the store: what is kept is the whole 200, and each visitor's validator is judged here.
      return notModified(context.request, response) ?? response
    },
  }

  async function answer(
    { request, url, logger }: Parameters<NonNullable<CacheProvider['onRequest']>>[0],
    next: () => Promise<Response>,
  ): Promise<Response> {
    // A preview shows a draft to one editor: it never reads or fills the cache.
    if ((request.method !== 'GET' && request.method !== 'HEAD') || previewTokenOf(url)) return next()
    const path = canonicalPath(url.pathname)
    if (path !== url.pathname) {
      return new Response(null, { status: 301, headers: { location: `${path}${url.search}` } })
    }
    if (!keyHoldsQuery(url, allowedQuery)) return next()
    const key = cacheKeyUrl(url, allowedQuery).href
    const page = store.get(key)
    const state = page && freshness(page)
    if (page && state !== 'expired') {
      // Those who waited for this request's render (lib/cacheFront.ts) get the fresh page instead.
      if (state === 'fresh') rendering.release(key, page)
      if (state === 'stale' && request.method === 'GET' && !rendering.get(key)?.begun) {
        render(key, next).catch((error: unknown) =>
          logger.warn(`Re-rendering ${url.pathname} failed: ${String(error)}`),
        )
      }
      return replay(page, state === 'fresh' ? 'HIT' : 'STALE')
    }
    // A HEAD response has no body to keep.
    if (request.method === 'HEAD') return next()
    // Visitors asking for a page while it renders (right after a publication invalidated it, many
    // at once under load) get that render's page: one render and one set of CMS reads, not one each.
    const underWay = rendering.get(key)
    const rendered = underWay?.begun && underWay.since === store.generation ? await underWay.page : undefined
    const response = rendered ? replay(rendered, 'MISS') : await render(key, next)
    if (page && response.status >= 500) return replay(page, 'STALE')
    if (!rendered) response.headers.set('X-Astro-Cache', 'MISS')
    return response
  }
}

export default routeCache
