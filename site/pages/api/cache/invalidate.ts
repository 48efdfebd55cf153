import type { APIRoute } from 'astro'

import { InvalidationRequest, verifyInvalidation } from '../../../../schemas/invalidation'
import { siteEnv } from '../../../lib/env'

/** The CMS tells the site which cache tags changed; only a request signed with the shared secret counts. */
export const POST: APIRoute = async ({ request, cache }) => {
  const body = await request.text()
  if (!verifyInvalidation(body, request.headers.get('x-coope-signature'), siteEnv().SITE_INVALIDATION_SECRET)) {
    return Response.json({ error: 'invalid signature' }, { status: 401 })
  }
  let parsed: ReturnType<typeof InvalidationRequest.safeParse>
  try {
    parsed = InvalidationRequest.safeParse(JSON.parse(body))
  } catch {
    return Response.json({ error: 'body is not JSON' }, { status: 400 })
  }
  if (!parsed.success) return Response.json({ error: 'expected { tags: string[] }' }, { status: 400 })
  if (cache.enabled) await cache.invalidate({ tags: parsed.data.tags })
  return Response.json({ invalidated: parsed.data.tags })
}
