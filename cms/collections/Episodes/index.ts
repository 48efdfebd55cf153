import type { CollectionConfig } from 'payload'

import { episodesSchema } from '../../../schemas/collections/episodes'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'
import { releaseContributionCopies, withholdContributionCopies } from '../../hooks/releaseContributionCopies'
import { copyAudioFacts } from './hooks/copyAudioFacts'
import { hideUnconsentedNames } from './hooks/hideUnconsentedNames'
import { keepGuid } from './hooks/keepGuid'
import { requireOwnShow } from './hooks/requireOwnShow'
import { ownedContent } from '../../hooks/ownership'

const hooks = publicHooks(slugs.episodes, 'title')

export const Episodes: CollectionConfig = ownedContent({
  ...episodesSchema,
  access: houseContentAccess,
  hooks: {
    ...hooks,
    beforeChange: [...(hooks.beforeChange ?? []), requireOwnShow, keepGuid, copyAudioFacts],
    afterChange: [...(hooks.afterChange ?? []), releaseContributionCopies(slugs.episodes)],
    afterDelete: [...(hooks.afterDelete ?? []), withholdContributionCopies],
    afterRead: [...(hooks.afterRead ?? []), hideUnconsentedNames],
  },
})
