import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { buildRule, repeats, type Schedule } from '../../../../schemas/recurrence'

const refuse = (message: string) => new APIError(message, 400, undefined, true)

/**
 * Stores the RFC 5545 rule of the chosen repetition, and refuses a schedule that cannot be. A
 * partial update is checked against the rest of the stored event.
 */
export const computeRecurrenceRule: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const schedule = { ...originalDoc, ...data } as Schedule
  if (schedule.end && schedule.start && new Date(schedule.end) < new Date(schedule.start)) {
    throw refuse('La fin de l’événement doit être après son début.')
  }
  const recurrence = schedule.recurrence
  if (repeats(recurrence) && recurrence.until && new Date(recurrence.until) < new Date(schedule.start)) {
    throw refuse('La date de fin de répétition doit être après la première date.')
  }
  if (data.recurrence || data.start) {
    data.recurrence = { ...recurrence, rule: schedule.start ? buildRule(schedule) : null }
  }
  return data
}
