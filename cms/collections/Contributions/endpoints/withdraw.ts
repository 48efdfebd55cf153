import { timingSafeEqual } from 'node:crypto'

import { commitTransaction, type Endpoint, initTransaction, killTransaction, type PayloadRequest } from 'payload'
import { z } from 'zod'

import { slugs } from '../../../../schemas/slugs'
import { relationId } from '../../../../schemas/relations'
import type { Contribution } from '../../../../schemas/payload-types'
import { isContributionService } from '../../../access/contributionService'
import { withdrawalKeyDigest } from '../hooks/receiveContribution'
import { deleteDerivedContent, derivedCopies } from './derivedContent'

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
 * back with the key of their link. The contribution, its files, every personal detail and whatever
 * staff made of it (its draft or published article, event or episode, and an episode's copied
 * sound) are deleted at once, all or nothing (server code, no role asked: the key is the proof). A
 * wrong key and an unknown reference get the same answer (404); a failure keeps everything and
 * answers 503 in French.
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
  try {
    await deleteContribution(req, doc)
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Withdrawal of contribution ${parsed.data.reference} failed` })
    return Response.json(
      {
        errors: {
          form: 'Le retrait n’a pas pu se faire pour le moment ; rien n’a été effacé. Réessayez dans quelques minutes.',
        },
      },
      { status: 503 },
    )
  }
  req.payload.logger.info(`Contribution ${parsed.data.reference} withdrawn by its contributor`)
  return Response.json({ withdrawn: parsed.data.reference })
}

/**
 * Deletes a contribution, what was made of it (`deleteDerivedContent`) and its files, in one
 * transaction: if any step fails, every document stays. The contribution goes first, so that no
 * link points at a deleted draft, and its files last, so that nothing points at a missing file. The
 * copies of its files are looked up before: the contribution's deletion unlinks them.
 */
export async function deleteContribution(req: PayloadRequest, doc: Contribution): Promise<void> {
  const fileIds = (doc.files ?? []).map(relationId).filter((id): id is number | string => id !== null)
  const ownTransaction = await initTransaction(req)
  try {
    const copies = await derivedCopies(req, doc.id)
    await req.payload.delete({ collection: slugs.contributions, id: doc.id, overrideAccess: true, req })
    await deleteDerivedContent(req, doc, copies)
    for (const fileId of fileIds)
      await req.payload.delete({ collection: slugs.contributionFiles, id: fileId, overrideAccess: true, req })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

export const withdrawContribution: Endpoint = { path: '/withdraw', method: 'post', handler: withdraw }
