import type { CollectionConfig } from 'payload'

import { housesSchema } from '../../../schemas/collections/houses'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { updateOwnHouse } from '../../access/ownHouse'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { publicHooks } from '../../hooks/publicHooks'
import { versionsForEditors } from '../../access/versionsForEditors'

export const Houses: CollectionConfig = {
  ...housesSchema,
  access: {
    create: adminOnly,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: updateOwnHouse,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.houses, 'name'),
}
