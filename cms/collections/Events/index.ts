import type { CollectionConfig } from 'payload'

import { eventsSchema } from '../../../schemas/collections/events'
import { slugs } from '../../../schemas/slugs'
import { houseContentAccess } from '../../access/houseContent'
import { publicHooks } from '../../hooks/publicHooks'
import { computeRecurrenceRule } from './hooks/computeRecurrenceRule'
import { stampSeries } from './hooks/stampSeries'
import { ownedContent } from '../../hooks/ownership'

const hooks = publicHooks(slugs.events, 'title')

export const Events: CollectionConfig = ownedContent({
  ...eventsSchema,
  access: houseContentAccess,
  hooks: { ...hooks, beforeChange: [computeRecurrenceRule, stampSeries] },
})
