import type { CollectionConfig } from 'payload'

import { projectsSchema } from '../../../schemas/collections/projects'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'

export const Projects: CollectionConfig = {
  ...projectsSchema,
  access: houseContentAccess,
  hooks: publicHooks(slugs.projects, 'title'),
}
