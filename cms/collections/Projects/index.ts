import type { CollectionConfig } from 'payload'

import { projectsSchema } from '../../../schemas/collections/projects'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'
import { ownedContent } from '../../hooks/ownership'

export const Projects: CollectionConfig = ownedContent({
  ...projectsSchema,
  access: houseContentAccess,
  hooks: publicHooks(slugs.projects, 'title'),
})
