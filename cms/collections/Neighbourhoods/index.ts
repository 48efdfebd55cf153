import type { CollectionConfig } from 'payload'

import { neighbourhoodsSchema } from '../../../schemas/collections/neighbourhoods'
import { slugs } from '../../../schemas/slugs'
import { adminOnly } from '../../access/adminOnly'
import { editors } from '../../access/editors'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { publicHooks } from '../../hooks/publicHooks'

export const Neighbourhoods: CollectionConfig = {
  ...neighbourhoodsSchema,
  access: { create: editors, read: publishedOrStaff, update: editors, delete: adminOnly },
  hooks: publicHooks(slugs.neighbourhoods, 'name'),
}
