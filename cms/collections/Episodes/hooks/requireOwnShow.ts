import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { slugs } from '../../../../schemas/slugs'
import { canOwn, type Ownership } from '../../../access/houseContent'
import { refId } from '../../../access/staff'

/** An editor adds episodes only to the shows of their houses (or of the cooperation). */
export const requireOwnShow: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const show = data.show ?? originalDoc?.show
  if (!req.user || !show) return data
  const owner = (await req.payload.findByID({ collection: slugs.shows, id: refId(show), depth: 0, req })) as Ownership
  if (!canOwn(req.user, owner)) {
    throw new APIError('Vous ne pouvez ajouter des épisodes qu’aux émissions de vos maisons.', 403, undefined, true)
  }
  return data
}
