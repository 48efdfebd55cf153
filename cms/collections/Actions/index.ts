import type { CollectionConfig } from 'payload'

import { actionsSchema } from '../../../schemas/collections/actions'
import { slugs } from '../../../schemas/slugs'
import { publicHooks } from '../../hooks/publicHooks'
import { adminContentAccess } from '../../access/adminContent'

/** The goal tree is the cooperation's strategy: only admins change it. */
export const Actions: CollectionConfig = {
  ...actionsSchema,
  access: adminContentAccess,
  hooks: publicHooks(slugs.actions),
}
