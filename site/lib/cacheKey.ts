import { decodeUnreserved } from '../../schemas/http/requestTarget'

/**
 * Every cache key has this origin, whatever Host the visitor sent: the pages never use the host
 * name, so one address is one page for everybody.
 */
export const CACHE_ORIGIN = 'http://route-cache.invalid'

/** A value of an allowed query parameter that can name something (a house slug). */
const QUERY_VALUE = /^[a-z0-9-]{1,64}$/

/**
 * The one spelling of a path: unreserved characters decoded, other escapes upper-cased, no empty
 * segments, no trailing slash. Two spellings that render the same page have the same canonical path.
 */
export function canonicalPath(pathname: string): string {
  const collapsed = decodeUnreserved(pathname).replace(/\/{2,}/g, '/')
  return collapsed.length > 1 && collapsed.endsWith('/') ? collapsed.slice(0, -1) : collapsed
}

/**
 * The query parameters each path reads (`{ '/agenda': ['maison'] }`); other paths read none. A
 * `*` segment stands for any one segment (`'/radio/*': ['page']` for every show's page), and an
 * exact path wins over a pattern (`'/radio/feed.xml': []`).
 */
export type AllowedQuery = Record<string, readonly string[]>

type CompiledQuery = {
  exact: ReadonlyMap<string, readonly string[]>
  patterns: { segments: string[]; names: readonly string[] }[]
}
const compiledQueries = new WeakMap<AllowedQuery, CompiledQuery>()

/** `allowedQuery` split once into its exact paths and its patterns: it is consulted on every request. */
function compiled(allowedQuery: AllowedQuery): CompiledQuery {
  let known = compiledQueries.get(allowedQuery)
  if (!known) {
    const entries = Object.entries(allowedQuery)
    known = {
      exact: new Map(entries.filter(([path]) => !path.split('/').includes('*'))),
      patterns: entries
        .filter(([path]) => path.split('/').includes('*'))
        .map(([path, names]) => ({ segments: path.split('/'), names })),
    }
    compiledQueries.set(allowedQuery, known)
  }
  return known
}

const NO_QUERY: readonly string[] = []

/** The parameters `pathname` reads under `allowedQuery`: its exact entry, else the first pattern it matches. */
export function queryOf(pathname: string, allowedQuery: AllowedQuery): readonly string[] {
  const { exact, patterns } = compiled(allowedQuery)
  const names = exact.get(pathname)
  if (names) return names
  if (patterns.length === 0) return NO_QUERY
  const segments = pathname.split('/')
  const match = patterns.find(
    (pattern) =>
      pattern.segments.length === segments.length &&
      pattern.segments.every((part, i) => part === segments[i] || (part === '*' && segments[i] !== '')),
  )
  return match?.names ?? NO_QUERY
}

/**
 * The address a page is cached under: the fixed origin, the path as requested, and only the query
 * parameters that path reads, each with its first value and only when it is shaped like a slug.
 * Unknown parameters, repeated values, headers and host names cannot make a new entry.
 */
export function cacheKeyUrl(url: URL, allowedQuery: AllowedQuery): URL {
  const key = new URL(url.pathname, CACHE_ORIGIN)
  for (const name of [...queryOf(url.pathname, allowedQuery)].sort()) {
    const value = url.searchParams.get(name)
    if (value !== null && QUERY_VALUE.test(value)) key.searchParams.set(name, value)
  }
  return key
}

/**
 * Whether `url`'s key (`cacheKeyUrl`) holds everything its allowed query says: each allowed
 * parameter absent, or present once with a value shaped like a slug. Otherwise (a repeated value,
 * a value the key drops) the page must decide what to answer (a redirect to the clean address, an
 * empty calendar), so the request neither reads nor fills the cache: answering it with the clean
 * address's page would make its answer depend on what happens to be cached.
 */
export function keyHoldsQuery(url: URL, allowedQuery: AllowedQuery): boolean {
  return queryOf(url.pathname, allowedQuery).every((name) => {
    const values = url.searchParams.getAll(name)
    return values.length === 0 || (values.length === 1 && QUERY_VALUE.test(values[0]!))
  })
}
