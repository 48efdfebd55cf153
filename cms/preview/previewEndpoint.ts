import { type Endpoint, parseParams, type PayloadRequest } from 'payload'

import { PREVIEW_TOKEN_HEADER } from '../../schemas/preview'
import { grantPreview } from './previewGrant'
import { verifyPreviewToken } from '../../schemas/previewToken'
import { cmsEnv } from '../env'

const refuse = (status: number, message: string, code: string) =>
  Response.json({ errors: [{ message, data: { code } }] }, { status, headers: { 'cache-control': 'no-store' } })

/** At most this depth and this many documents: a preview reads one page's document, not the database. */
const MAX_DEPTH = 3
const MAX_DOCUMENTS = 10

/**
 * `GET /api/preview/:collection?<the REST find parameters>` with a preview token in
 * PREVIEW_TOKEN_HEADER: the same answer as `GET /api/:collection?…&draft=true` read by an anonymous
 * visitor, except that the one document the token names is read in its latest draft. 403 for a
 * missing, forged or other collection's token, 410 for an expired one; never cached.
 */
async function readPreview(req: PayloadRequest): Promise<Response> {
  const grant = verifyPreviewToken(cmsEnv().SITE_INVALIDATION_SECRET, req.headers.get(PREVIEW_TOKEN_HEADER) ?? '')
  if (grant === 'expired')
    return refuse(410, 'Cet aperçu a expiré : rouvrez-le depuis l’administration.', 'preview-expired')
  if (grant === 'invalid' || grant.collection !== req.routeParams?.collection)
    return refuse(403, 'Cet aperçu n’est pas valable.', 'preview-invalid')
  const { depth, limit, populate, select, sort, where } = parseParams(req.query)
  // Whoever sends the token reads as the public does, plus the one draft: no session widens it.
  req.user = null
  grantPreview(req, grant)
  const result = await req.payload.find({
    collection: grant.collection as never,
    depth: Math.min(depth ?? 1, MAX_DEPTH),
    limit: Math.min(Math.max(limit ?? 1, 1), MAX_DOCUMENTS),
    populate,
    select: select as never,
    sort,
    where,
    draft: true,
    overrideAccess: false,
    req,
  })
  return Response.json(result, { headers: { 'cache-control': 'no-store' } })
}

export const previewEndpoint: Endpoint = { path: '/preview/:collection', method: 'get', handler: readPreview }
