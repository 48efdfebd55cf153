import type { CollectionConfig, Field } from 'payload'

import { episodesSchema } from '../../../schemas/collections/episodes'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { readNotQueriedAnonymously } from '../../access/readNotQueried'
import { publicHooks } from '../../hooks/publicHooks'
import { refuseFuturePublication } from '../../hooks/refuseFuturePublication'
import { withFileRelease } from '../../hooks/releaseShownFiles'
import { copyAudioFacts } from './hooks/copyAudioFacts'
import { hideUnconsentedNames } from './hooks/hideUnconsentedNames'
import { keepGuid } from './hooks/keepGuid'
import { requireOwnShow } from './hooks/requireOwnShow'
import { ownedContent } from '../../hooks/ownership'

const hooks = publicHooks(slugs.episodes, 'title')

/** The fields `hideUnconsentedNames` filters for anonymous readers: nobody anonymous queries their raw value. */
export const HOOK_FILTERED_FIELDS = ['people', 'transcript']

const fields: Field[] = episodesSchema.fields.map((field) =>
  'name' in field && HOOK_FILTERED_FIELDS.includes(field.name)
    ? ({ ...field, access: { read: readNotQueriedAnonymously } } as Field)
    : field,
)

export const Episodes: CollectionConfig = ownedContent({
  ...episodesSchema,
  fields,
  access: houseContentAccess,
  hooks: withFileRelease(slugs.episodes, {
    ...hooks,
    beforeChange: [...(hooks.beforeChange ?? []), requireOwnShow, keepGuid, copyAudioFacts, refuseFuturePublication],
    afterRead: [...(hooks.afterRead ?? []), hideUnconsentedNames],
  }),
})
