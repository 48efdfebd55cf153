import type { CollectionConfig } from 'payload'

import { eventsSchema } from '../../../schemas/collections/events'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'
import { computeRecurrenceRule } from './hooks/computeRecurrenceRule'
import { stampSeries } from './hooks/stampSeries'
import { venueFromOwner } from './hooks/venueFromOwner'
import { ownedContent } from '../../hooks/ownership'
import { requireForPublishing } from '../../hooks/requireForPublishing'
import { eventPublishingRules } from './publishingRules'

const hooks = publicHooks(slugs.events, 'title')

export const Events: CollectionConfig = ownedContent(
  {
    ...eventsSchema,
    access: houseContentAccess,
    hooks: {
      ...hooks,
      beforeChange: [
        ...(hooks.beforeChange ?? []),
        computeRecurrenceRule,
        stampSeries,
        venueFromOwner,
        requireForPublishing(eventPublishingRules),
      ],
    },
  },
  ['maisons', 'periode'],
)
