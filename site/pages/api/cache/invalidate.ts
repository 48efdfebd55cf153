import type { APIRoute } from 'astro'

import { declaresTooLarge, readBoundedBody } from '../../../../schemas/http/boundedBody'
import { InvalidationRequest, verifyInvalidation } from '../../../../schemas/invalidation'
import { sharedFilePermissions } from '../../../files/permissionCache'
import { siteEnv } from '../../../lib/env'
import { requestSearchRebuild, touchesSearch } from '../../../lib/search/searchIndex'

const MAX_BODY_BYTES = 64 * 1024

/**
 * A render (or a file's permission check) that began before the change may still be running and
 * would store what it read; the second invalidation, once every render has had time to finish,
 * drops that too. (The CMS read timeout is 8 s.)
 */
const LATE_RENDER_MS = 10_000

/** The CMS tells the site which cache tags changed; only a request signed with the shared secret counts. */
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
  let parsed: ReturnType<typeof InvalidationRequest.safeParse>
  try {
    parsed = InvalidationRequest.safeParse(JSON.parse(body))
  } catch {
    return Response.json({ error: 'body is not JSON' }, { status: 400 })
  }
  if (!parsed.success) return Response.json({ error: 'expected { tags: string[] }' }, { status: 400 })
  const { tags } = parsed.data
  // A withdrawn file stops being served now, like the pages that showed it.
  const permissions = sharedFilePermissions()
  permissions.forget(tags)
  if (touchesSearch(tags)) requestSearchRebuild()
  if (cache.enabled) await cache.invalidate({ tags })
  setTimeout(() => {
    permissions.forget(tags)
    if (cache.enabled) void cache.invalidate({ tags }).catch(() => undefined)
  }, LATE_RENDER_MS).unref()
  return Response.json({ invalidated: parsed.data.tags })
}
