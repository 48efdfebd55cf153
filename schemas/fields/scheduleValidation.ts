import type { DateFieldValidation, NumberFieldValidation } from 'payload'

type Dated = { start?: string | null }

/** The end of an event, refused on its field when it comes before the start. */
export const endAfterStart: DateFieldValidation = (value, { data }) => {
  const start = (data as Dated | undefined)?.start
  return value && start && new Date(value) < new Date(start) ? 'La fin doit être après le début.' : true
}

/** The last day of a repetition, refused on its field when it comes before the first date. */
export const untilAfterStart: DateFieldValidation = (value, { data }) => {
  const start = (data as Dated | undefined)?.start
  return value && start && new Date(value).toISOString().slice(0, 10) < new Date(start).toISOString().slice(0, 10)
    ? 'La répétition doit finir après la première date.'
    : true
}

/**
 * A number of dates beside an end date makes no rule (RFC 5545 3.3.10: UNTIL and COUNT MUST NOT
 * both occur): refused on the number field.
 */
export const countOrUntil: NumberFieldValidation = (value, { siblingData }) =>
  value && (siblingData as { until?: string | null } | undefined)?.until
    ? 'Choisissez une date de fin ou un nombre de dates, pas les deux.'
    : true
