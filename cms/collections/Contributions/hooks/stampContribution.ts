import type { CollectionBeforeChangeHook } from 'payload'

import type { Contribution } from '../../../../schemas/payload-types'

/** Records when consent was given and when the contribution first went public. */
export const stampContribution: CollectionBeforeChangeHook<Contribution> = ({ data, originalDoc }) => {
  const now = new Date().toISOString()
  if (data.consent?.publication && !originalDoc?.consent?.givenAt) data.consent = { ...data.consent, givenAt: now }
  if (data.status === 'published' && !originalDoc?.publishedAt) data.publishedAt = now
  return data
}
