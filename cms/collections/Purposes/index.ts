import type { CollectionConfig } from 'payload'

import { purposesSchema } from '../../../schemas/collections/purposes'
import { slugs } from '../../../schemas/slugs'
import { publicHooks } from '../../hooks/publicHooks'
import { adminContentAccess } from '../../access/adminContent'

/** The goal tree is the cooperation's strategy: only admins change it. */
export const Purposes: CollectionConfig = {
  ...purposesSchema,
  access: adminContentAccess,
  hooks: publicHooks(slugs.purposes),
}
