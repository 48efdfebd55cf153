import type { CollectionConfig } from 'payload'

import { articlesSchema } from '../../../schemas/collections/articles'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'
import { withFileRelease } from '../../hooks/releaseShownFiles'
import { ownedContent } from '../../hooks/ownership'
import { refuseFuturePublication } from '../../hooks/refuseFuturePublication'
import { leaveCopiesOnDuplicate } from './hooks/leaveCopiesOnDuplicate'
import { requireDescribedPhotos } from './hooks/requireDescribedPhotos'

const hooks = publicHooks(slugs.articles, 'title')

export const Articles: CollectionConfig = ownedContent({
  ...articlesSchema,
  fields: leaveCopiesOnDuplicate(articlesSchema.fields),
  access: houseContentAccess,
  hooks: withFileRelease(slugs.articles, {
    ...hooks,
    beforeChange: [...(hooks.beforeChange ?? []), requireDescribedPhotos, refuseFuturePublication],
  }),
})
