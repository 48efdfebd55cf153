import type { Payload } from 'payload'

import { newWithdrawalKey } from '../../cms/collections/Contributions/hooks/receiveContribution'
import type { Contribution } from '../../schemas/payload-types'
import { slugs } from '../../schemas/slugs'

/**
 * An accepted contribution of house `houseId` with its withdrawal key, as the site files it and
 * moderation accepts it; `extra` overrides any field (files, consent…).
 */
export async function acceptedWithKey(
  payload: Payload,
  houseId: number,
  kind: Contribution['kind'],
  extra: Partial<Contribution> = {},
) {
  const key = newWithdrawalKey()
  const contribution = await payload.create({
    collection: slugs.contributions,
    data: {
      kind,
      title: 'La fête du square',
      content: 'Venez nombreux, avec un plat à partager.',
      signature: 'Awa',
      contributor: { name: 'Awa Diallo', email: 'awa.diallo@example.org' },
      consent: { publication: true, signatureChoice: 'first' },
      status: 'accepted',
      houses: [houseId],
      ...extra,
    },
    context: { withdrawalKey: key },
  })
  return { contribution, key }
}
