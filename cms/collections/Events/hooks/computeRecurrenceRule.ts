import type { CollectionBeforeChangeHook } from 'payload'

import type { Event } from '../../../../schemas/payload-types'
import { buildRule, repeats } from '../../../../schemas/recurrence'
import { fieldRefusal } from '../../../hooks/refusal'

/**
 * Stores the RFC 5545 rule of the chosen repetition, and refuses a schedule that cannot be. A
 * partial update is checked against the rest of the stored event.
 */
export const computeRecurrenceRule: CollectionBeforeChangeHook<Event> = ({ data, originalDoc }) => {
  const { start, end, allDay, recurrence } = { ...originalDoc, ...data }
  if (end && start && new Date(end) < new Date(start)) {
    throw fieldRefusal('event-ends-before-start', {
      path: 'end',
      message: 'La fin de l’événement doit être après son début.',
    })
  }
  if (start && repeats(recurrence) && recurrence.until && new Date(recurrence.until) < new Date(start)) {
    throw fieldRefusal('repetition-ends-before-start', {
      path: 'recurrence.until',
      message: 'La date de fin de répétition doit être après la première date.',
    })
  }
  if (recurrence && (data.recurrence || data.start)) {
    data.recurrence = { ...recurrence, rule: start ? buildRule({ start, end, allDay, recurrence }) : null }
  }
  return data
}
