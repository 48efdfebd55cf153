import type { CollectionBeforeChangeHook } from 'payload'

import type { Episode } from '../../../../schemas/payload-types'
import { slugs } from '../../../../schemas/slugs'
import { fieldRefusal } from '../../../hooks/refusal'
import { canOwn, type Ownership } from '../../../access/houseContent'
import { hasRole, refId } from '../../../access/staff'

/**
 * An editor adds episodes only to the shows of their houses (or of the cooperation). Other roles
 * cannot create episodes through the API at all; the server makes one for moderation when a sound
 * becomes a draft episode in the show moderation chose.
 */
export const requireOwnShow: CollectionBeforeChangeHook<Episode> = async ({ data, originalDoc, req }) => {
  const show = data.show ?? originalDoc?.show
  if (!hasRole(req.user, 'editor') || !show) return data
  const owner: Ownership = await req.payload.findByID({ collection: slugs.shows, id: refId(show), depth: 0, req })
  if (!canOwn(req.user, owner)) {
    throw fieldRefusal(
      'episode-show-of-other-house',
      { path: 'show', message: 'Vous ne pouvez ajouter des épisodes qu’aux émissions de vos maisons.' },
      403,
    )
  }
  return data
}
