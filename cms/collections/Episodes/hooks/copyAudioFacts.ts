import type { CollectionBeforeChangeHook } from 'payload'

import { relationId, type Relation } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'

/** Duration and size come from the audio file itself, never typed by hand. */
export const copyAudioFacts: CollectionBeforeChangeHook = async ({ data, req }) => {
  const id = relationId(data.audio as Relation | null | undefined)
  if (!id) return data
  const file = await req.payload.findByID({ collection: slugs.audio, id, depth: 0, req, disableErrors: true })
  if (file) {
    data.duration = file.duration ?? null
    data.size = file.filesize ?? null
  }
  return data
}
