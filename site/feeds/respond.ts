import type { APIContext } from 'astro'

import { cachePage, FRESH_FOR } from '../lib/cache'
import { bodyEtag } from '../lib/notModified'

/**
 * A feed or file the site builds: cached and tagged like a page (the reads made to build it tagged
 * it already), with a strong ETag of its body so that pollers get 304 (lib/notModified.ts),
 * readable by other sites' players and readers when `cors` (feeds, and transcripts and chapters as
 * Podcasting 2.0 asks).
 */
export function feedResponse(
  context: Pick<APIContext, 'cache'>,
  body: string,
  type: string,
  { cors = false }: { cors?: boolean } = {},
): Response {
  cachePage(context, FRESH_FOR.stable)
  return new Response(body, {
    headers: {
      'content-type': type,
      etag: bodyEtag(body),
      ...(cors ? { 'access-control-allow-origin': '*' } : {}),
    },
  })
}

/** The plain French 404 of something a feed links to that does not exist (or no longer). */
export function feedNotFound(context: Pick<APIContext, 'cache'>): Response {
  cachePage(context, FRESH_FOR.stable)
  return new Response('Introuvable.', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } })
}

/**
 * The answer to a CORS preflight (`OPTIONS` with `Access-Control-Request-Method`, Fetch standard)
 * for a file served with CORS: podcast apps on the web read feeds, transcripts and chapters from
 * their own origin and may ask for a byte range, which makes their request non-simple. 204, any origin,
 * GET and HEAD, the `Range` header; browsers keep the answer for a day (`Access-Control-Max-Age`).
 */
export function corsPreflight(): Response {
  return new Response(null, {
    status: 204,
    headers: {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, HEAD',
      'access-control-allow-headers': 'Range',
      'access-control-max-age': '86400',
    },
  })
}
