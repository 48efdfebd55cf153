import type { IncomingMessage, ServerResponse } from 'node:http'

import vary from 'vary'

import { CACHE_ORIGIN, cacheKeyUrl, canonicalPath, keyHoldsQuery } from './cacheKey'
import { compressedCopy, compressibleStoredPage, contentCodingFor } from './compressedCopies'
import { ifNoneMatchNames, notModifiedHeaders } from './notModified'
import { freshness, sharedPageStore, storedHeader } from './pageStore'
import { previewTokenOf } from './preview'
import { ROUTE_CACHE } from './routeCachePolicy'

/** Headers that describe how the first response was sent, not the page: recomputed for each answer. */
const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive'])

/**
 * Answers a GET or HEAD for a page the route cache holds fresh, straight from the page store,
 * without entering Astro's request pipeline; returns false for everything else (a miss, a stale
 * page to re-render, another spelling of a path to redirect, an API call), which Astro then
 * handles exactly as before. The stored headers are the ones the page was rendered with, its
 * Content-Security-Policy and a feed's ETag included; a request whose If-None-Match names that
 * ETag gets a 304 (lib/notModified.ts). A browser that accepts brotli or gzip gets the page's
 * compressed copy once it is made (lib/compressedCopies.ts): compressing on the way out took a few
 * ms of the site's thread for each answer, more than all the rest of a hit.
 */
export function answerFromCache(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  let url: URL
  try {
    url = new URL(req.url ?? '/', CACHE_ORIGIN)
  } catch {
    return false
  }
  if (
    url.pathname.startsWith('/api/') ||
    canonicalPath(url.pathname) !== url.pathname ||
    previewTokenOf(url) ||
    !keyHoldsQuery(url, ROUTE_CACHE.allowedQuery)
  )
    return false
  const page = sharedPageStore(ROUTE_CACHE).get(cacheKeyUrl(url, ROUTE_CACHE.allowedQuery).href)
  if (!page || freshness(page) !== 'fresh') return false
  const etag = storedHeader(page, 'etag')
  if (page.status === 200 && ifNoneMatchNames(req.headers['if-none-match'], etag)) {
    for (const [name, value] of notModifiedHeaders(page.headers)) res.setHeader(name, value)
    // The Vary and ETag of the 200 it stands for, in the coding this request would get it in
    // (RFC 9110, 15.4.5): a compressed one's tag is weak (lib/compressResponses.ts).
    if (compressibleStoredPage(page)) vary(res, 'Accept-Encoding')
    if (etag?.startsWith('"') && contentCodingFor(req, page)) res.setHeader('ETag', `W/${etag}`)
    res.setHeader('X-Astro-Cache', 'HIT')
    res.writeHead(304).end()
    return true
  }
  const coding = contentCodingFor(req, page)
  const body = coding ? compressedCopy(page, coding) : page.body
  // Until its copy is made, Astro answers from the same store, compressing on the way out.
  if (!body) return false
  for (const [name, value] of page.headers) {
    if (!FRAMING_HEADERS.has(name)) res.setHeader(name, value)
  }
  // `compression` then leaves the body alone, adds Vary, and the ETag is weakened (lib/compressResponses.ts).
  if (coding) res.setHeader('Content-Encoding', coding)
  res.setHeader('Content-Length', body.length)
  res.setHeader('X-Astro-Cache', 'HIT')
  res.writeHead(page.status)
  res.end(req.method === 'HEAD' ? undefined : body)
  return true
}
