import type { CollectionBeforeChangeHook } from 'payload'

import { PODCAST_ART } from '../../../../schemas/radio/artwork'
import type { Show } from '../../../../schemas/payload-types'
import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'
import { refusal } from '../../../hooks/refusal'

/**
 * Podcast apps refuse a show whose artwork is not a square of 1400 to 3000 pixels (Apple Podcasts'
 * artwork requirements): the cover is checked when it is chosen, with what to fix in French.
 */
export const requireCoverSize: CollectionBeforeChangeHook<Show> = async ({ data, originalDoc, req }) => {
  const id = relationId(data.cover)
  if (!id || id === relationId(originalDoc?.cover)) return data
  const image = await req.payload.findByID({ collection: slugs.media, id, depth: 0, req, disableErrors: true })
  const problem = image ? PODCAST_ART.problem(image.width ?? 0, image.height ?? 0) : null
  if (problem) throw refusal('show-cover-size', problem, 400, { field: 'cover' })
  return data
}
