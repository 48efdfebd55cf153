import { timingSafeEqual } from 'node:crypto'

import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'

import { slugs } from '../../../../schemas/slugs'
import { relationId } from '../../../../schemas/relations'
import { isContributionService } from '../../../access/contributionService'
import { withdrawalKeyDigest } from '../hooks/receiveContribution'

const WithdrawalRequest = z.strictObject({
  reference: z.string().regex(/^C-[2-9A-Z]{8}$/),
  key: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
})

const notFound = () =>
  Response.json(
    { errors: { form: 'Ce lien de retrait ne correspond à aucune contribution : elle a peut-être déjà été retirée.' } },
    { status: 404 },
  )

/**
 * `POST /api/contributions/withdraw` `{ reference, key }`: the contributor takes their contribution
 * back with the key of their link. The contribution, its files and every personal detail are
 * deleted at once (server code, no role asked: the key is the proof). A wrong key and an unknown
 * reference get the same answer.
 */
async function withdraw(req: PayloadRequest): Promise<Response> {
  if (!isContributionService(req))
    return Response.json({ errors: { form: 'Seul le site peut retirer une contribution.' } }, { status: 403 })
  const parsed = WithdrawalRequest.safeParse(await req.json?.().catch(() => null))
  if (!parsed.success) return notFound()
  const { docs } = await req.payload.find({
    collection: slugs.contributions,
    where: { reference: { equals: parsed.data.reference } },
    limit: 1,
    depth: 0,
    showHiddenFields: true,
    overrideAccess: true,
  })
  const doc = docs[0]
  const expected = Buffer.from(doc?.withdrawalKeyHash ?? '0'.repeat(64))
  const given = Buffer.from(withdrawalKeyDigest(parsed.data.key))
  if (!doc?.withdrawalKeyHash || !timingSafeEqual(expected, given)) return notFound()
  const fileIds = (doc.files ?? []).map(relationId).filter((id): id is number | string => id !== null)
  await deleteContribution(req, doc.id, fileIds)
  req.payload.logger.info(`Contribution ${parsed.data.reference} withdrawn by its contributor`)
  return Response.json({ withdrawn: parsed.data.reference })
}

/** Deletes a contribution and its files, files last so that nothing points at a missing file. */
export async function deleteContribution(
  req: PayloadRequest,
  id: number | string,
  fileIds: (number | string)[],
): Promise<void> {
  await req.payload.delete({ collection: slugs.contributions, id, overrideAccess: true, req })
  for (const fileId of fileIds)
    await req.payload.delete({ collection: slugs.contributionFiles, id: fileId, overrideAccess: true, req })
}

export const withdrawContribution: Endpoint = { path: '/withdraw', method: 'post', handler: withdraw }
