import type { CollectionConfig } from 'payload'

import { pagesSchema } from '../../../schemas/collections/pages'
import { slugs } from '../../../schemas/slugs'
import { publicHooks } from '../../hooks/publicHooks'
import { adminContentAccess } from '../../access/adminContent'

/** Legal and accessibility pages engage the cooperation: admins only. */
export const Pages: CollectionConfig = {
  ...pagesSchema,
  access: adminContentAccess,
  hooks: publicHooks(slugs.pages, 'title'),
}
