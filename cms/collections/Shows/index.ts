import type { CollectionConfig } from 'payload'

import { showsSchema } from '../../../schemas/collections/shows'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'
import { ownedContent } from '../../hooks/ownership'
import { assignPodcastGuid } from './hooks/assignPodcastGuid'
import { requireCoverSize } from './hooks/requireCoverSize'

const hooks = publicHooks(slugs.shows, 'title')

export const Shows: CollectionConfig = ownedContent({
  ...showsSchema,
  access: houseContentAccess,
  hooks: { ...hooks, beforeChange: [...(hooks.beforeChange ?? []), requireCoverSize, assignPodcastGuid] },
})
