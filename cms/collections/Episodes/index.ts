import type { CollectionConfig } from 'payload'

import { episodesSchema } from '../../../schemas/collections/radio'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { ownedContent } from '../../hooks/ownership'
import { publicHooks } from '../publicHooks'
import { copyAudioFacts } from './hooks/copyAudioFacts'
import { keepGuid } from './hooks/keepGuid'
import { requireOwnShow } from './hooks/requireOwnShow'

export const Episodes: CollectionConfig = ownedContent({
  ...episodesSchema,
  access: houseContentAccess,
  hooks: { ...publicHooks(slugs.episodes, 'title'), beforeChange: [requireOwnShow, keepGuid, copyAudioFacts] },
})
