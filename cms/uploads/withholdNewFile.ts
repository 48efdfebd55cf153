import type { CollectionBeforeChangeHook } from 'payload'

import { WITHHELD_FIELD } from '../../schemas/fields/withheld'

/**
 * A new sound or PDF is withheld from the public until a published episode plays it or a published
 * journal issue offers it (cms/hooks/releaseShownFiles.ts): the radio uploads a show before it
 * goes on air and the journal its paper edition before its release, and anyone could list and
 * download them from the API or /fichiers/ before.
 */
export const withholdNewFile: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation === 'create') data[WITHHELD_FIELD] = true
  return data
}
