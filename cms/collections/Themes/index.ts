import type { CollectionConfig } from 'payload'

import { themesSchema } from '../../../schemas/collections/themes'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { editors } from '../../access/editors'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { publicHooks } from '../../hooks/publicHooks'
import { versionsForEditors } from '../../access/versionsForEditors'

export const Themes: CollectionConfig = {
  ...themesSchema,
  access: {
    create: editors,
    read: publishedOrStaff,
    readVersions: versionsForEditors,
    update: editors,
    delete: adminOnly,
  },
  hooks: publicHooks(slugs.themes, 'name'),
}
