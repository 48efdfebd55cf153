import type { IncomingMessage, ServerResponse } from 'node:http'
import { finished } from 'node:stream'

import vary from 'vary'

import { compressedCopy, contentCodingFor, variesWithEncoding } from './compressedCopies'
import { ifNoneMatchNames, notModifiedHeaders } from './notModified'
import { freshness, sharedPageStore, type StoredPage, storedHeader } from './pageStore'
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

/** How the answer came from the store, as Astro's route cache marks its own (lib/routeCache.ts). */
type CacheState = 'HIT' | 'STALE' | 'MISS'

/**
 * The header list of answers with `own` headers (those of a page version, `Answers`) after
 * `starting`, as name and value in turn, for each list of starting headers: worked out once, as
 * answers are written thousands of times a second. Kept by the identity of `starting`: callers pass
 * one of the few lists built once (lib/requestHandler.ts `headersFor`), never a list of their own.
 */
const flatHeaders = new WeakMap<HeaderList, Map<HeaderList, readonly (string | number)[]>>()

function flatHeadersOf(starting: HeaderList, answers: Answers, own: HeaderList): readonly (string | number)[] {
  let byStarting = flatHeaders.get(own)
  if (!byStarting) flatHeaders.set(own, (byStarting = new Map()))
  let flat = byStarting.get(starting)
  if (!flat) {
    const list: (string | number)[] = []
    for (const [name, value] of starting) if (!answers.names.has(name)) list.push(name, value)
    for (const [name, value] of own) list.push(name, value)
    byStarting.set(starting, (flat = list))
  }
  return flat
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
  res.writeHead(status, flatHeadersOf(starting, answers, own).concat(extra)).end(body)
}

/**
 * Answers `req` with a stored page: 304 when its If-None-Match names the page's ETag
 * (lib/notModified.ts), else the page, in the compressed copy a browser that accepts brotli or gzip
 * is to get (lib/compressedCopies.ts). While that copy is being made, the answer is the promise of
 * whether it was sent; false when the copy could not be made.
 */
function answerStored(
  req: IncomingMessage,
  res: ServerResponse,
  page: StoredPage,
  starting: HeaderList,
  state: CacheState,
): boolean | Promise<boolean> {
  const answers = answersOf(page)
  const coding = contentCodingFor(req, page)
  const headers = coding ? answers.coded : answers.plain
  const marked = ['x-astro-cache', state]
  if (page.status === 200 && ifNoneMatchNames(req.headers['if-none-match'], answers.etag)) {
    writeAnswer(res, 304, starting, answers, headers.notModified, marked)
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
      [...encoding, 'content-length', body.length, ...marked],
      req.method === 'HEAD' ? undefined : body,
    )
    return true
  }
  const body = coding ? compressedCopy(page, coding) : page.body
  return body instanceof Promise ? body.then(send) : send(body)
}

/**
 * Announces the render of the page a GET about to be handed to Astro's pages asks for
 * (lib/renders.ts), at its page store `key` (lib/targetFacts.ts; undefined for an address never
 * cached), unless one is under way: those who ask for it before the route cache begins that render
 * wait for it at the front handler (`answerFromCache`) instead of rendering it again or each
 * compressing its own answer. The route cache ends the announcement when it answers from
 * a fresh page instead; the answer's end (or the visitor leaving) ends it if no render began (an
 * address no route renders into the cache, a 404). A HEAD renders nothing into the cache.
 */
export function announceRender(req: IncomingMessage, res: ServerResponse, key: string | undefined): void {
  // A visitor already gone leaves nothing announced behind; a HEAD renders nothing into the cache.
  if (req.method !== 'GET' || key === undefined || res.destroyed) return
  const store = sharedPageStore(ROUTE_CACHE)
  finished(res, store.renders.announce(key, store.generation))
}

/**
 * Answers a GET or HEAD from the page store at `key` (lib/targetFacts.ts; undefined for an
 * address never cached), without entering Astro's request pipeline or the compression of answers
 * on the way out: a page the route cache holds fresh; while a render of
 * it is under way (lib/renders.ts), the stale page it replaces or, for a page it holds no usable
 * copy of, what that render gives, as Astro would give them to those who ask meanwhile. Each
 * answer carries the `starting` headers (lower-case names; the site's security headers) but for
 * those the page sets itself, then the headers the page was rendered with, its
 * Content-Security-Policy and a feed's ETag included. A burst of visitors right after a
 * publication thus costs one render and two compressions (the page's first compressed answer
 * through Astro, then its copy): each answered by Astro with its own compression on the way out,
 * 100 at once took the site from 233 to 342–362 MiB resident.
 * Returns false, having written nothing, for everything else (a page to render, another spelling
 * of a path to redirect, an API call), which Astro then handles; the promise of that when the
 * answer waits for a render or a copy.
 */
export function answerFromCache(
  req: IncomingMessage,
  res: ServerResponse,
  key: string | undefined,
  starting: HeaderList,
): boolean | Promise<boolean> {
  if (key === undefined || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  const store = sharedPageStore(ROUTE_CACHE)
  const page = store.get(key)
  const state = page && freshness(page)
  if (page && state === 'fresh') return answerStored(req, res, page, starting, 'HIT')
  const underWay = store.renders.get(key)
  if (!underWay) return false
  if (page && state === 'stale') return answerStored(req, res, page, starting, 'STALE')
  // As Astro's route cache: a render begun before the last invalidation may show what it dropped.
  if (req.method === 'HEAD' || underWay.since !== store.generation) return false
  return underWay.page.then((rendered) => {
    if (!rendered) return false
    // A failed render gives way to the expired page it replaces (stale-if-error).
    if (page && rendered.status >= 500) return answerStored(req, res, page, starting, 'STALE')
    return answerStored(req, res, rendered, starting, 'MISS')
  })
}
