import type { CollectionConfig } from 'payload'

import { adminOnly } from './adminOnly'
import { publishedOrStaff } from './publishedOrStaff'
import { versionsForEditors } from './versionsForEditors'

/**
 * Content that engages the whole cooperation (the goal tree, legal and accessibility pages): the
 * public reads what is published, staff see drafts and history, only admins change it.
 */
export const adminContentAccess: NonNullable<CollectionConfig['access']> = {
  create: adminOnly,
  read: publishedOrStaff,
  readVersions: versionsForEditors,
  update: adminOnly,
  delete: adminOnly,
}
