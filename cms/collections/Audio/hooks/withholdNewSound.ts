import type { CollectionBeforeChangeHook } from 'payload'

import { WITHHELD_FIELD } from '../../../../schemas/fields/contributionCopy'

/**
 * A new sound is withheld from the public until a published episode plays it
 * (cms/hooks/releaseShownFiles.ts): the radio uploads a show before it goes on air, and anyone
 * could list and download it from the API or /fichiers/ before.
 */
export const withholdNewSound: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'create') data[WITHHELD_FIELD] = true
  return data
}
