import { randomUUID } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

/** Podcast apps identify an episode by its guid forever: it is given once and never changes. */
export const keepGuid: CollectionBeforeChangeHook = ({ data, originalDoc, operation }) => {
  const existing = operation === 'update' ? (originalDoc as { guid?: string } | undefined)?.guid : undefined
  data.guid = existing ?? data.guid ?? `urn:uuid:${randomUUID()}`
  return data
}
