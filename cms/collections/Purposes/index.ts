import type { CollectionConfig } from 'payload'

import { purposesSchema } from '../../../schemas/collections/purposes'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { publicHooks } from '../../hooks/publicHooks'
import { versionsForEditors } from '../../access/versionsForEditors'

/** The goal tree is the cooperation's strategy: only admins change it. */
export const Purposes: CollectionConfig = {
  ...purposesSchema,
  access: {
    create: adminOnly,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.purposes),
}
