import { requestTarget } from '../../schemas/http/requestTarget'
import { FRAMEABLE_PATHS } from '../../schemas/http/securityHeaders'
import { boundedMemo } from './boundedMemo'
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
 * Whether a request target is a path (RFC 9112, 3.2.1: origin-form), as Astro reads every target:
 * `//x/agenda` or `http://x/agenda` name `/agenda` to the URL parser, not to Astro, which renders
 * no `/agenda` for them. Only a path gets a store key: another key than Astro's would announce a
 * render that never begins (`cacheFront.ts`).
 */
const isOriginForm = (target: string): boolean => target.startsWith('/') && !target.startsWith('//')

/**
 * What the front handler needs of a request target before anything else: whether its page may be
 * framed (the agenda widget, a preview: their CSP says by whom) and its page store key
 * (`storeKey`; undefined for an address never cached).
 */
export type TargetFacts = { frameable: boolean; key: string | undefined }

/**
 * The facts of the request target `target` (`req.url`), null when it is no address
 * (`requestTarget`). They depend on the target's text alone, so each distinct target is parsed
 * once: a cached page's answer then parses no address at all, where parsing the target and
 * building its key took a tenth of the processor time of each answer. Up to 1,000 targets are
 * remembered, each of up to 512 characters: longer ones (a query of tracking parameters, a probe)
 * are parsed at each request, so that a thousand of them cannot hold megabytes.
 */
const factsOf = boundedMemo(
  (text): TargetFacts | null => {
    const url = requestTarget(text)
    if (!url) return null
    const frameable = FRAMEABLE_PATHS.includes(url.pathname) || previewTokenOf(url) !== null
    return { frameable, key: isOriginForm(text) ? storeKey(url) : undefined }
  },
  { max: 1_000, longest: 512 },
)

/** `factsOf` the request target, `/` when there is none. */
export const targetFacts = (target: string | undefined): TargetFacts | null => factsOf(target ?? '/')
