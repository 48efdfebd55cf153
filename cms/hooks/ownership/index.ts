import type { CollectionConfig, Field, FieldHook } from 'payload'

import { copyCooperationForEditor, copyHousesForEditor } from './copyForOwnHouses'
import { keepOtherOwners } from './keepOtherOwners'
import { keepSharedContent } from './keepSharedContent'

const onDuplicate = { houses: copyHousesForEditor, cooperation: copyCooperationForEditor } as const

/** The ownership fields sit at the top level of every owned collection (houseOwnership()). */
const withCopyHooks = (field: Field): Field => {
  if (!('name' in field) || !(field.name in onDuplicate)) return field
  const hook = onDuplicate[field.name as keyof typeof onDuplicate]
  const hooks = (field as { hooks?: { beforeDuplicate?: FieldHook[] } }).hooks
  return { ...field, hooks: { ...hooks, beforeDuplicate: [...(hooks?.beforeDuplicate ?? []), hook] } } as Field
}

/**
 * Adds the ownership guards to a collection whose documents houses or the cooperation own: copies
 * go to the editor's houses, updates keep the other owners, shared documents stay undeleted.
 */
export const ownedContent = (config: CollectionConfig): CollectionConfig => ({
  ...config,
  fields: config.fields.map(withCopyHooks),
  hooks: {
    ...config.hooks,
    beforeChange: [keepOtherOwners, ...(config.hooks?.beforeChange ?? [])],
    beforeDelete: [keepSharedContent, ...(config.hooks?.beforeDelete ?? [])],
  },
})
