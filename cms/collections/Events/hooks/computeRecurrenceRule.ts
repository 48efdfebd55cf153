import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { buildRule, repeats, type Schedule } from '../../../../schemas/recurrence'

/** Stores the RFC 5545 rule of the chosen repetition, and refuses a schedule that cannot be. */
export const computeRecurrenceRule: CollectionBeforeChangeHook = ({ data }) => {
  const schedule = data as Schedule & { recurrence?: { rule?: string | null } }
  if (schedule.end && schedule.start && new Date(schedule.end) < new Date(schedule.start)) {
    throw new APIError('La fin de l’événement doit être après son début.', 400, undefined, true)
  }
  if (schedule.recurrence) {
    if (
      repeats(schedule.recurrence) &&
      schedule.recurrence.until &&
      new Date(schedule.recurrence.until) < new Date(schedule.start)
    ) {
      throw new APIError('La date de fin de répétition doit être après la première date.', 400, undefined, true)
    }
    schedule.recurrence.rule = schedule.start ? buildRule(schedule) : null
  }
  return data
}
