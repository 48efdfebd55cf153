import type { CollectionBeforeChangeHook } from 'payload'

import type { Ownership } from '../../access/houseContent'
import { removedOwner } from '../../access/removedOwner'
import { fieldRefusal } from '../refusal'

/**
 * Every update path (by id, by `where`, restoring a version) passes here with the stored document:
 * an editor cannot take a document away from the cooperation or from another house.
 */
export const keepOtherOwners: CollectionBeforeChangeHook = ({ data, originalDoc, operation, req }) => {
  if (operation !== 'update' || !req.user || !originalDoc) return data
  const before = originalDoc as Ownership
  const after: Ownership = {
    cooperation: 'cooperation' in data ? data.cooperation : before.cooperation,
    houses: 'houses' in data ? data.houses : before.houses,
  }
  const removed = removedOwner(req.user, before, after)
  if (removed === 'cooperation') {
    throw fieldRefusal(
      'ownership.cooperation-removed',
      {
        path: 'cooperation',
        message: 'Seul·e un·e administrateur·rice peut retirer la Coopé des porteurs de ce contenu.',
      },
      403,
    )
  }
  if (removed === 'house') {
    throw fieldRefusal(
      'ownership.house-removed',
      { path: 'houses', message: 'Vous ne pouvez retirer que vos propres maisons des porteurs de ce contenu.' },
      403,
    )
  }
  return data
}
