import { requestTarget } from '../../schemas/http/requestTarget'
import { FRAMEABLE_PATHS } from '../../schemas/http/securityHeaders'
import { canonicalPath, cacheKeyUrl, keyHoldsQuery } from './cacheKey'
import { previewTokenOf } from './preview'
import { ROUTE_CACHE } from './routeCachePolicy'

/**
 * The page store's key of `url`, undefined for an address the route cache never keeps: an API
 * call, another spelling of a path (redirected), a preview, a query the key would not hold.
 */
export function storeKey(url: URL): string | undefined {
  if (
    url.pathname.startsWith('/api/') ||
    canonicalPath(url.pathname) !== url.pathname ||
    previewTokenOf(url) ||
    !keyHoldsQuery(url, ROUTE_CACHE.allowedQuery)
  )
    return undefined
  return cacheKeyUrl(url, ROUTE_CACHE.allowedQuery).href
}

/**
 * What the front handler needs of a request target before anything else: whether its page may be
 * framed (the agenda widget, a preview: their CSP says by whom) and its page store key
 * (`storeKey`; undefined for an address never cached).
 */
export type TargetFacts = { frameable: boolean; key: string | undefined }

/**
 * How many distinct targets `targetFacts` remembers: the addresses visitors keep asking for, a few
 * hundred, fit; a scan of endless addresses empties the memory at each thousandth.
 */
const TARGETS_KEPT = 1_000

/**
 * The longest target remembered, in characters: longer ones (a query of tracking parameters, a
 * probe) are parsed at each request, so that a thousand of them cannot hold megabytes.
 */
const LONGEST_KEPT = 512

const known = new Map<string, TargetFacts | null>()

/**
 * The facts of the request target `target` (`req.url`), null when it is no address
 * (`requestTarget`). They depend on the target's text alone, so each distinct target is parsed
 * once: a cached page's answer then parses no address at all, where parsing the target and
 * building its key took a tenth of the processor time of each answer.
 */
export function targetFacts(target: string | undefined): TargetFacts | null {
  const text = target ?? '/'
  const remembered = known.get(text)
  if (remembered !== undefined) return remembered
  const url = requestTarget(text)
  const facts = url
    ? { frameable: FRAMEABLE_PATHS.includes(url.pathname) || previewTokenOf(url) !== null, key: storeKey(url) }
    : null
  if (text.length > LONGEST_KEPT) return facts
  if (known.size >= TARGETS_KEPT) known.clear()
  known.set(text, facts)
  return facts
}
