import { createHash, randomBytes, randomInt } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { RETENTION_DAYS } from '../../../../schemas/contributions/submission'
import type { Contribution } from '../../../../schemas/payload-types'
import { isContributionService } from '../../../access/contributionService'

/** Letters and digits nobody confuses when reading them out on the phone (no 0/O, 1/I/L, U). */
const READABLE = '23456789ABCDEFGHJKMNPQRSTVWXYZ'

/** A reference residents can read out: `C-` and eight readable characters (about 2.6 × 10¹¹ values). */
export const newReference = (): string =>
  `C-${Array.from({ length: 8 }, () => READABLE[randomInt(READABLE.length)]).join('')}`

/** The digest stored for a withdrawal key: the key itself is only ever in the contributor's hands. */
export const withdrawalKeyDigest = (key: string): string => createHash('sha256').update(key).digest('hex')

/** A new withdrawal key, long enough that it cannot be guessed (256 bits, base64url). */
export const newWithdrawalKey = (): string => randomBytes(32).toString('base64url')

/**
 * What a caller passes in `context` when it creates a contribution: the withdrawal key it drew, and
 * the reference it already named the files with (both drawn by `newReference`/`newWithdrawalKey`).
 */
export type ReceiveContext = { withdrawalKey?: string; reference?: string }

/**
 * What the server decides, whoever writes: on creation the reference (drawn here or by the caller), the retention date and the
 * digest of the withdrawal key the caller drew (`context.withdrawalKey`); the service that receives
 * residents' contributions can only file them as « Reçue », without moderation notes. Afterwards the
 * reference and the key digest never change.
 */
export const receiveContribution: CollectionBeforeChangeHook<Contribution> = ({
  data,
  operation,
  originalDoc,
  req,
  context,
}) => {
  if (operation === 'update') {
    return { ...data, reference: originalDoc?.reference, withdrawalKeyHash: originalDoc?.withdrawalKeyHash }
  }
  const { withdrawalKey: key, reference } = context as ReceiveContext
  const received: Partial<Contribution> = {
    ...data,
    reference: reference && /^C-[2-9A-Z]{8}$/.test(reference) ? reference : newReference(),
    withdrawalKeyHash: key ? withdrawalKeyDigest(key) : null,
    retainUntil: new Date(Date.now() + RETENTION_DAYS * 24 * 60 * 60 * 1000).toISOString(),
  }
  if (isContributionService(req)) {
    received.status = 'received'
    received.moderationNote = null
    received.publishedAt = null
  }
  return received
}
