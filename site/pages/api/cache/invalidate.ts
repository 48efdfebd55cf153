import type { APIRoute } from 'astro'

import { declaresTooLarge, readBoundedBody } from '../../../../schemas/http/boundedBody'
import { InvalidationRequest, verifyInvalidation } from '../../../../schemas/invalidation'
import { sharedFilePermissions } from '../../../files/permissionCache'
import { forgetChrome } from '../../../lib/chrome'
import { forgetKeptDocuments } from '../../../lib/content'
import { InvalidationReplays } from '../../../lib/invalidationReplays'
import { siteEnv } from '../../../lib/env'
import { sharedPageStore } from '../../../lib/pageStore'
import { ROUTE_CACHE } from '../../../lib/routeCachePolicy'
import { requestSearchUpdate } from '../../../lib/search/searchIndex'

const MAX_BODY_BYTES = 64 * 1024

const received = new InvalidationReplays()

/**
 * The CMS tells the site which cache tags changed; only a request signed with the shared secret
 * counts, once (409 when the same signed request comes again). A render that began before the change and is still running is not kept (the page store
 * counts invalidations: `PageStore.setIfCurrent`). When the change left the document public, the old
 * pages stay as the fallback of a render that fails; otherwise they are gone at once.
 */
export const POST: APIRoute = async ({ request, cache }) => {
  const signature = request.headers.get('x-coope-signature')
  if (!signature?.startsWith('t=') || declaresTooLarge(request.headers.get('content-length'), MAX_BODY_BYTES)) {
    return Response.json({ error: 'invalid signature' }, { status: 401 })
  }
  // Counted as it arrives: a chunked body declares no length.
  const read = await readBoundedBody(request.body, MAX_BODY_BYTES)
  if (!read.ok) return Response.json({ error: 'body too large' }, { status: 413 })
  const body = new TextDecoder().decode(read.bytes)
  if (!verifyInvalidation(body, signature, siteEnv().SITE_INVALIDATION_SECRET)) {
    return Response.json({ error: 'invalid signature' }, { status: 401 })
  }
  if (!received.firstTime(signature)) return Response.json({ error: 'already received' }, { status: 409 })
  let parsed: ReturnType<typeof InvalidationRequest.safeParse>
  try {
    parsed = InvalidationRequest.safeParse(JSON.parse(body))
  } catch {
    return Response.json({ error: 'body is not JSON' }, { status: 400 })
  }
  if (!parsed.success) return Response.json({ error: 'expected { tags: string[] }' }, { status: 400 })
  // A withdrawn file stops being served now, like the pages that showed it.
  sharedFilePermissions().forget(parsed.data.tags)
  // Before the pages: a page rendered again at once must not find the old frame.
  forgetChrome(parsed.data.tags)
  forgetKeptDocuments(parsed.data.tags)
  requestSearchUpdate(parsed.data.tags)
  if (cache.enabled) {
    const { tags, stillPublic } = parsed.data
    if (stillPublic) sharedPageStore(ROUTE_CACHE).invalidate({ tags, keepAsFallback: true })
    else await cache.invalidate({ tags })
  }
  return Response.json({ invalidated: parsed.data.tags })
}

/**
 * Any other method: 405 with `Allow: POST` (RFC 9110, 15.5.6), in English for the operator. Without
 * it, Astro answered an empty 404 and printed a three-line warning on the console at each request.
 */
export const ALL: APIRoute = () =>
  Response.json({ error: 'only POST is allowed' }, { status: 405, headers: { allow: 'POST' } })
