import { createHash } from 'node:crypto'

/**
 * A strong entity tag of a body the site builds (feeds, calendars, episode files): the SHA-256 of
 * its bytes, base64url, cut to 128 bits, quoted (RFC 9110, 8.8.3). The same body always has the
 * same tag, whichever process built it, so pollers get 304 until the content really changes.
 */
export function bodyEtag(body: string | Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`
}

/** The entity tags of an If-None-Match value: `*`, or quoted tags, weak (`W/`) or not. */
const ENTITY_TAG = /\*|(?:W\/)?"[^"]*"/g

/**
 * Whether `If-None-Match` names this entity tag (RFC 9110, 13.1.2): `*`, or a tag equal to it by
 * weak comparison (8.8.3.2: `W/` is ignored on both sides), so a tag weakened by compression on
 * the way out still matches. False without the header, or without a tag.
 */
export function ifNoneMatchNames(ifNoneMatch: string | null | undefined, etag: string | null | undefined): boolean {
  if (!ifNoneMatch || !etag) return false
  const opaque = (tag: string) => tag.replace(/^W\//, '')
  return (ifNoneMatch.match(ENTITY_TAG) ?? []).some((tag) => tag === '*' || opaque(tag) === opaque(etag))
}

/**
 * Fields a 304 keeps from the 200 it stands for (RFC 9110, 15.4.5: the validators and what guides
 * caches; no representation metadata such as Content-Type or Content-Length, and no body).
 */
const KEPT_IN_304 = new Set([
  'etag',
  'cache-control',
  'cdn-cache-control',
  'cache-tag',
  'content-location',
  'expires',
  'vary',
  'x-astro-cache',
])

/** The headers of the 304 standing for a 200 with `headers`. */
export function notModifiedHeaders(headers: Iterable<[string, string]>): [string, string][] {
  return [...headers].filter(([name]) => KEPT_IN_304.has(name.toLowerCase()))
}

/**
 * The 304 to give instead of `response` when the request is a GET or HEAD whose If-None-Match
 * names the response's ETag (RFC 9110, 13.1.2 and 15.4.5), or null to give `response` itself.
 * Only a 200 with an ETag qualifies: pages have none and are always sent whole.
 */
export function notModified(request: Request, response: Response): Response | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') return null
  if (response.status !== 200) return null
  if (!ifNoneMatchNames(request.headers.get('if-none-match'), response.headers.get('etag'))) return null
  return new Response(null, { status: 304, headers: notModifiedHeaders(response.headers) })
}
