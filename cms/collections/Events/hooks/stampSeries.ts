import type { CollectionBeforeChangeHook } from 'payload'

import type { Event } from '../../../../schemas/payload-types'
import { seriesEnd } from '../../../../schemas/recurrence'

/**
 * Stores when the event's last date ends (`lastDate`, null for a series without end), so agenda
 * reads skip what ended before the days they show; and raises `sequence` on every change of a
 * saved event, as calendar apps need to replace their copy (RFC 5545, 3.8.7.4).
 */
export const stampSeries: CollectionBeforeChangeHook<Event> = ({ data, originalDoc, operation }) => {
  const { start, end, allDay, recurrence } = { ...originalDoc, ...data }
  if (start) {
    const last = seriesEnd({ start, end, allDay, recurrence: recurrence ?? null })
    data.lastDate = last ? last.toISOString() : null
  }
  data.sequence = operation === 'update' ? (originalDoc?.sequence ?? 0) + 1 : 0
  return data
}
