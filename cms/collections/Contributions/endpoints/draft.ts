import type { Endpoint, PayloadRequest } from 'payload'

import { DRAFT_FIELD } from '../../../../schemas/collections/contributions'
import { slugs } from '../../../../schemas/slugs'
import { hasRole } from '../../../access/staff'
import { draftFromContribution } from '../draftFromContribution'

const refuse = (status: number, message: string, code: string) =>
  Response.json({ errors: [{ message, data: { code } }] }, { status })

/**
 * `POST /api/contributions/:id/draft` (moderators and admins): turns an accepted contribution into
 * a draft article or event (see `draftFromContribution`) and links it from the contribution's
 * `draft` field. Answers 201 `{ collection, id }`, or 200 with the draft already made; 403 for
 * anyone else, 404 for an unknown contribution, 409 when it is not accepted or its kind has no
 * draft, each with a French message and a stable `code`.
 */
async function makeDraft(req: PayloadRequest): Promise<Response> {
  if (!hasRole(req.user, 'admin', 'moderator'))
    return refuse(403, 'Seule la modération peut transformer une contribution en brouillon.', 'forbidden')
  const id = req.routeParams?.id
  const contribution = await req.payload
    .findByID({ collection: slugs.contributions, id: String(id), depth: 0, overrideAccess: true, req })
    .catch(() => null)
  if (!contribution) return refuse(404, 'Cette contribution n’existe pas (ou plus).', 'not-found')
  const existing = contribution[DRAFT_FIELD]
  if (existing) return Response.json({ collection: existing.relationTo, id: existing.value }, { status: 200 })
  if (contribution.status !== 'accepted' && contribution.status !== 'published')
    return refuse(
      409,
      'Seule une contribution acceptée devient un brouillon : changez d’abord son statut en « Acceptée ».',
      'contribution-not-accepted',
    )
  const plan = draftFromContribution(contribution, new Date().toISOString())
  if ('refused' in plan) return refuse(409, plan.refused, plan.code)
  const draft = await req.payload.create({
    collection: plan.collection,
    data: plan.data as never,
    draft: true,
    overrideAccess: true,
    req,
  })
  await req.payload.update({
    collection: slugs.contributions,
    id: contribution.id,
    data: { [DRAFT_FIELD]: { relationTo: plan.collection, value: draft.id } },
    overrideAccess: true,
    req,
  })
  req.payload.logger.info(`Contribution ${contribution.reference} made into draft ${plan.collection} ${draft.id}`)
  return Response.json({ collection: plan.collection, id: draft.id }, { status: 201 })
}

export const draftFromContributionEndpoint: Endpoint = { path: '/:id/draft', method: 'post', handler: makeDraft }
