import type { CollectionBeforeChangeHook } from 'payload'

import type { Episode } from '../../../../schemas/payload-types'
import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'

/** Duration and size come from the audio file itself, never typed by hand. */
export const copyAudioFacts: CollectionBeforeChangeHook<Episode> = async ({ data, req }) => {
  const id = relationId(data.audio)
  if (!id) return data
  const file = await req.payload.findByID({ collection: slugs.audio, id, depth: 0, req, disableErrors: true })
  if (file) {
    data.duration = file.duration ?? null
    data.size = file.filesize ?? null
  }
  return data
}
