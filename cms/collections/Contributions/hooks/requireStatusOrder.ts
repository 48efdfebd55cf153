import type { CollectionBeforeChangeHook } from 'payload'

import { refusedMove } from '../../../../schemas/contributions/statusTransitions'
import type { Contribution } from '../../../../schemas/payload-types'
import { fieldRefusal } from '../../../hooks/refusal'

/**
 * Moderation follows its order (`STATUS_TRANSITIONS`): a change of status that skips or reverses a
 * step is refused in French on the status field, whoever asks, and nothing is saved. A new
 * contribution starts where its author puts it (the site's service always files « Reçue »).
 */
export const requireStatusOrder: CollectionBeforeChangeHook<Contribution> = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc?.status || !data.status) return data
  const refused = refusedMove(originalDoc.status, data.status)
  if (refused) throw fieldRefusal('contribution-status-order', { path: 'status', message: refused })
  return data
}
