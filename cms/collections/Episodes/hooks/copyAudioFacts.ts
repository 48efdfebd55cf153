import type { CollectionBeforeChangeHook } from 'payload'

import { slugs } from '../../../../schemas/slugs'

/** Duration and size come from the audio file itself, never typed by hand. */
export const copyAudioFacts: CollectionBeforeChangeHook = async ({ data, req }) => {
  const audio = data.audio as number | string | { id: number | string } | null | undefined
  if (!audio) return data
  const id = typeof audio === 'object' ? audio.id : audio
  const file = await req.payload.findByID({ collection: slugs.audio, id, depth: 0, req, disableErrors: true })
  if (file) {
    data.duration = file.duration ?? null
    data.size = file.filesize ?? null
  }
  return data
}
