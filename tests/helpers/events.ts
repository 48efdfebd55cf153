import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

import { slugs, TIME_ZONE } from '../../schemas/slugs'

type EventData = RequiredDataFromCollectionSlug<'events'>

/**
 * A minimal valid event; the fields with defaults are spelt out as the generated types want them.
 * Its place is named, so that it can be published whichever houses hold it.
 */
export const eventData = (title: string, extra: Partial<EventData> = {}): EventData => ({
  title,
  slug: '',
  start: '2027-01-20T17:00:00.000Z',
  start_tz: TIME_ZONE,
  status: 'scheduled',
  recurrence: { frequency: 'none' },
  registration: { mode: 'none' },
  venue: { kind: 'elsewhere', name: 'Salle des fêtes' },
  ...extra,
})

/** Creates an event either as a draft or published, as staff would from the admin. */
export const createEvent = (payload: Payload, data: EventData, status: 'draft' | 'published') =>
  status === 'draft'
    ? payload.create({ collection: slugs.events, data: { ...data, _status: 'draft' }, draft: true })
    : payload.create({ collection: slugs.events, data: { ...data, _status: 'published' } })
