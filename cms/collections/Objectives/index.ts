import type { CollectionConfig } from 'payload'

import { objectivesSchema } from '../../../schemas/collections/objectives'
import { slugs } from '../../../schemas/slugs'
import { publicHooks } from '../../hooks/publicHooks'
import { adminContentAccess } from '../../access/adminContent'

/** The goal tree is the cooperation's strategy: only admins change it. */
export const Objectives: CollectionConfig = {
  ...objectivesSchema,
  access: adminContentAccess,
  hooks: publicHooks(slugs.objectives),
}
