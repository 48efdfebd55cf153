import type { CollectionConfig } from 'payload'

import { eventsSchema } from '../../../schemas/collections/events'
import { slugs } from '../../../schemas/slugs'
import { createHouseContent, deleteHouseContent, updateHouseContent } from '../../access/houseContent'
import { publishedOrStaff } from '../../access/publishedOrStaff'
import { publicHooks } from '../publicHooks'
import { computeRecurrenceRule } from './hooks/computeRecurrenceRule'

const hooks = publicHooks(slugs.events, 'title')

export const Events: CollectionConfig = {
  ...eventsSchema,
  access: {
    create: createHouseContent,
    read: publishedOrStaff,
    update: updateHouseContent,
    delete: deleteHouseContent,
  },
  hooks: { ...hooks, beforeChange: [computeRecurrenceRule] },
}
