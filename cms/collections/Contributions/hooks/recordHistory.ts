import type { CollectionBeforeChangeHook } from 'payload'

import type { Contribution } from '../../../../schemas/payload-types'

type Step = NonNullable<Contribution['history']>[number]

/**
 * Appends one step (status, account, time) whenever the status is set or changes; the steps
 * already recorded are taken from the stored document, never from what the caller sent, so the
 * history cannot be rewritten. A change made by the server itself or the site's service has no
 * account (`by` empty).
 */
export const recordHistory: CollectionBeforeChangeHook<Contribution> = ({ data, originalDoc, operation, req }) => {
  const before: Step[] = (originalDoc?.history ?? []).map(({ status, by, at }) => ({
    status,
    by: by && typeof by === 'object' ? by.id : by,
    at,
  }))
  const status = data.status ?? originalDoc?.status
  const changed = operation === 'create' || (status && status !== originalDoc?.status)
  const by = req.user?.collection === 'users' ? req.user.id : null
  const steps = changed && status ? [...before, { status, by, at: new Date().toISOString() }] : before
  return { ...data, history: steps }
}
