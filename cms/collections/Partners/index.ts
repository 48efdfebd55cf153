import type { CollectionConfig } from 'payload'

import { partnersSchema } from '../../../schemas/collections/partners'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { editors } from '../../access/editors'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { publicHooks } from '../../hooks/publicHooks'
import { versionsForEditors } from '../../access/versionsForEditors'

export const Partners: CollectionConfig = {
  ...partnersSchema,
  access: {
    create: editors,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: editors,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.partners, 'name'),
}
