import type { CollectionConfig } from 'payload'

import { actionsSchema } from '../../../schemas/collections/actions'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { publicHooks } from '../../hooks/publicHooks'
import { versionsForEditors } from '../../access/versionsForEditors'

/** The goal tree is the cooperation's strategy: only admins change it. */
export const Actions: CollectionConfig = {
  ...actionsSchema,
  access: {
    create: adminOnly,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: adminOnly,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.actions),
}
