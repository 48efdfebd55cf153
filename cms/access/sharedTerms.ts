import type { CollectionConfig } from 'payload'

import { adminOnly } from './adminOnly'
import { editors } from './editors'
import { publishedOrStaff } from './publishedOrStaff'
import { versionsForEditors } from './versionsForEditors'

/**
 * Lists every house uses (themes, neighbourhoods, partners): any editor adds or corrects an entry,
 * only an admin removes one (content of every house may point at it).
 */
export const sharedTermsAccess: NonNullable<CollectionConfig['access']> = {
  create: editors,
  read: publishedOrStaff,
  readVersions: versionsForEditors,
  update: editors,
  delete: adminOnly,
}
