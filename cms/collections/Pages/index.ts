import type { CollectionConfig } from 'payload'

import { pagesSchema } from '../../../schemas/collections/pages'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { publicHooks } from '../../hooks/publicHooks'
import { versionsForEditors } from '../../access/versionsForEditors'

/** Legal and accessibility pages engage the cooperation: admins only. */
export const Pages: CollectionConfig = {
  ...pagesSchema,
  access: {
    create: adminOnly,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.pages, 'title'),
}
