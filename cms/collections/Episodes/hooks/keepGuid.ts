import { randomUUID } from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import type { Episode } from '../../../../schemas/payload-types'

/** Podcast apps identify an episode by its guid forever: it is given once and never changes. */
export const keepGuid: CollectionBeforeChangeHook<Episode> = ({ data, originalDoc, operation }) => {
  const existing = operation === 'update' ? originalDoc?.guid : undefined
  data.guid = existing ?? data.guid ?? `urn:uuid:${randomUUID()}`
  return data
}
