import type { IncomingMessage, ServerResponse } from 'node:http'

import vary from 'vary'

import { canonicalPath, cacheKeyUrl, keyHoldsQuery } from './cacheKey'
import { compressedCopy, contentCodingFor, variesWithEncoding } from './compressedCopies'
import { ifNoneMatchNames, notModifiedHeaders } from './notModified'
import { freshness, sharedPageStore, type StoredPage, storedHeader } from './pageStore'
import { previewTokenOf } from './preview'
import { ROUTE_CACHE } from './routeCachePolicy'

/** Response headers as name and value pairs, names in lower case. */
export type HeaderList = readonly (readonly [string, string])[]

/** Headers that describe how the first response was sent, not the page: recomputed for each answer. */
const FRAMING_HEADERS = new Set(['content-length', 'transfer-encoding', 'connection', 'keep-alive'])

/**
 * The headers of a stored page's answers, worked out once per page version: as they are (`plain`)
 * and for a compressed copy (`coded`: its ETag weak, as a compressed answer's is,
 * lib/compressResponses.ts), each for a 200 and for a 304 (RFC 9110, 15.4.5: the 304 keeps the
 * validators and what guides caches, not the page's own Content-Security-Policy, which a cache
 * keeps from the 200), with `Vary: Accept-Encoding` whenever `compression` would add it. `names`
 * are the header names the page sets, which replace the starting ones.
 */
type Answers = {
  plain: { full: HeaderList; notModified: HeaderList }
  coded: { full: HeaderList; notModified: HeaderList }
  names: ReadonlySet<string>
  etag?: string
}

const answersOfPage = new WeakMap<StoredPage, Answers>()

function answersOf(page: StoredPage): Answers {
  const known = answersOfPage.get(page)
  if (known) return known
  const etag = storedHeader(page, 'etag')
  const kept: [string, string][] = page.headers.filter(([name]) => !FRAMING_HEADERS.has(name))
  if (variesWithEncoding(page)) {
    const varyAt = kept.findIndex(([name]) => name === 'vary')
    if (varyAt === -1) kept.push(['vary', 'Accept-Encoding'])
    else kept[varyAt] = ['vary', vary.append(kept[varyAt]![1], 'Accept-Encoding')]
  }
  const weak = etag?.startsWith('"') ? `W/${etag}` : etag
  const coded = kept.map(([name, value]): [string, string] => [name, name === 'etag' && weak ? weak : value])
  const answers: Answers = {
    plain: { full: kept, notModified: notModifiedHeaders(kept) },
    coded: { full: coded, notModified: notModifiedHeaders(coded) },
    names: new Set(kept.map(([name]) => name)),
    etag,
  }
  answersOfPage.set(page, answers)
  return answers
}

/**
 * Writes a whole answer in one call, `starting` headers first unless the page replaces them: Node
 * then validates and writes the header block once, with none of the per-header bookkeeping that
 * setHeader does.
 */
function writeAnswer(
  res: ServerResponse,
  status: number,
  starting: HeaderList,
  answers: Answers,
  own: HeaderList,
  extra: (string | number)[],
  body?: Buffer,
): void {
  const flat: (string | number)[] = []
  for (const [name, value] of starting) if (!answers.names.has(name)) flat.push(name, value)
  for (const [name, value] of own) flat.push(name, value)
  flat.push(...extra, 'x-astro-cache', 'HIT')
  res.writeHead(status, flat).end(body)
}

/**
 * Answers a GET or HEAD of `url` for a page the route cache holds fresh, straight from the page
 * store, without entering Astro's request pipeline or the compression of answers on the way out;
 * returns false, having written nothing, for everything else (a miss, a stale page to re-render,
 * another spelling of a path to redirect, an API call), which Astro then handles. The answer
 * carries the `starting` headers (lower-case names; the site's security headers) but for those the
 * page sets itself, then the headers the page was rendered with, its Content-Security-Policy and a
 * feed's ETag included. A request whose If-None-Match names that ETag gets a 304 (lib/notModified.ts).
 * A browser that accepts brotli or gzip gets the page's compressed copy (lib/compressedCopies.ts):
 * compressing on the way out took a few ms of the site's thread for each answer, more than all the
 * rest of a hit. While that copy is being made, the answer is the promise of whether it was sent.
 */
export function answerFromCache(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  starting: HeaderList,
): boolean | Promise<boolean> {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false
  if (
    url.pathname.startsWith('/api/') ||
    canonicalPath(url.pathname) !== url.pathname ||
    previewTokenOf(url) ||
    !keyHoldsQuery(url, ROUTE_CACHE.allowedQuery)
  )
    return false
  const page = sharedPageStore(ROUTE_CACHE).get(cacheKeyUrl(url, ROUTE_CACHE.allowedQuery).href)
  if (!page || freshness(page) !== 'fresh') return false
  const answers = answersOf(page)
  const coding = contentCodingFor(req, page)
  const headers = coding ? answers.coded : answers.plain
  if (page.status === 200 && ifNoneMatchNames(req.headers['if-none-match'], answers.etag)) {
    writeAnswer(res, 304, starting, answers, headers.notModified, [])
    return true
  }
  const send = (body: Buffer | undefined): boolean => {
    // Without a copy, Astro answers from the same store, compressing on the way out.
    if (!body) return false
    const encoding = coding ? ['content-encoding', coding] : []
    writeAnswer(
      res,
      page.status,
      starting,
      answers,
      headers.full,
      [...encoding, 'content-length', body.length],
      req.method === 'HEAD' ? undefined : body,
    )
    return true
  }
  const body = coding ? compressedCopy(page, coding) : page.body
  return body instanceof Promise ? body.then(send) : send(body)
}
