import type { CollectionConfig } from 'payload'

import { episodesSchema } from '../../../schemas/collections/radio'
import { slugs } from '../../../schemas/slugs'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../../access/houseContent'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { publicHooks } from '../publicHooks'
import { copyAudioFacts } from './hooks/copyAudioFacts'
import { keepGuid } from './hooks/keepGuid'

export const Episodes: CollectionConfig = {
  ...episodesSchema,
  access: {
    create: createHouseContent,
    read: publishedOrStaff,
    update: updateHouseContent,
    delete: deleteHouseContent,
  },
  hooks: { ...publicHooks(slugs.episodes, 'title'), beforeChange: [keepGuid, copyAudioFacts] },
}
