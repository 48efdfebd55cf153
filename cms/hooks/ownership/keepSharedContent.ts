import type { CollectionBeforeDeleteHook } from 'payload'

import type { Ownership } from '../../access/houseContent'
import { sharedBeyond } from '../../access/sharedBeyond'
import { refusal } from '../refusal'

/**
 * Deleting by id and by `where` both pass here, one document at a time: content shared with the
 * cooperation or another house is deleted only by an admin.
 */
export const keepSharedContent: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  if (!req.user) return
  const doc = (await req.payload.findByID({
    collection: collection.slug,
    id,
    depth: 0,
    req,
    disableErrors: true,
  })) as Ownership | null
  if (doc && sharedBeyond(req.user, doc)) {
    throw refusal(
      'ownership.shared-delete',
      'Ce contenu est partagé avec la Coopé ou une autre maison : seul·e un·e administrateur·rice peut le supprimer.',
      403,
    )
  }
}
