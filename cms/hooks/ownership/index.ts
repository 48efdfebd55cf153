import type { CollectionConfig, Field, FieldHook } from 'payload'

import type { ListViewParameter } from '../../admin/listViews'
import { withListViews } from '../../admin/withListViews'
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

/** Says at the top of the form why a document is read-only for this person (`cms/admin/OwnershipNotice.tsx`). */
const ownershipNotice: Field = {
  name: 'ownershipNotice',
  type: 'ui',
  admin: { components: { Field: '/admin/OwnershipNotice#OwnershipNotice' } },
}

/**
 * Adds the ownership guards to a collection whose documents houses or the cooperation own: copies
 * go to the editor's houses, updates keep the other owners, shared documents stay undeleted; the
 * form says whose a document is when the person may not change it, and the list opens on the
 * editor's houses (`listViews`: the list's views, « Mes maisons » at least).
 */
export const ownedContent = (
  config: CollectionConfig,
  listViews: ListViewParameter[] = ['maisons'],
): CollectionConfig =>
  withListViews(
    {
      ...config,
      fields: [ownershipNotice, ...config.fields.map(withCopyHooks)],
      hooks: {
        ...config.hooks,
        beforeChange: [keepOtherOwners, ...(config.hooks?.beforeChange ?? [])],
        beforeDelete: [keepSharedContent, ...(config.hooks?.beforeDelete ?? [])],
      },
    },
    listViews,
  )
