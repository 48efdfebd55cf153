import type { CollectionConfig } from 'payload'

import { articlesSchema } from '../../../schemas/collections/articles'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'
import { ownedContent } from '../../hooks/ownership'

export const Articles: CollectionConfig = ownedContent({
  ...articlesSchema,
  access: houseContentAccess,
  hooks: publicHooks(slugs.articles, 'title'),
})
