import type { CollectionBeforeChangeHook } from 'payload'

import { PODCAST_ART } from '../../../../schemas/radio/artwork'
import { slugs } from '../../../../schemas/slugs'
import { fieldRefusal } from '../../../hooks/refusal'

/**
 * A show's cover is checked when it is chosen (`requireCoverSize`); this checks it when the image
 * itself is replaced by another file: the new file of an image that a show uses as its cover, in
 * any version, must also be a square of 1400 to 3000 px, or the refusal says what to fix on the
 * file field. Otherwise the feed's artwork became a blurred enlargement of whatever was sent.
 * Payload has read the new file's width and height into `data` before this hook runs.
 */
export const keepCoversSquare: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.file || !originalDoc?.id) return data
  const problem = PODCAST_ART.problem(Number(data.width ?? 0), Number(data.height ?? 0))
  if (!problem) return data
  const { totalDocs } = await req.payload.count({
    collection: slugs.shows,
    where: { cover: { equals: originalDoc.id } },
    overrideAccess: true,
    req,
  })
  if (totalDocs > 0) throw fieldRefusal('show-cover-size', { path: 'file', message: problem })
  return data
}
