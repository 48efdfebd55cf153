import type { DateFieldValidation, NumberFieldValidation } from 'payload'

type Dated = { start?: string | null }

/**
 * A validate function replaces Payload's own date check, which refuses a value that is no date:
 * without this one, such a value (sent through the API) would be stored, or make `toISOString()`
 * throw (500) instead of a refusal on the field.
 */
const unreadable = (value: unknown): boolean => Boolean(value) && Number.isNaN(Date.parse(String(value)))

/** What staff read under a date field whose value is no date (no colon: the admin's toast cuts there). */
export const NOT_A_DATE = 'Cette date n’existe pas. Choisissez-la dans le calendrier.'

/** The end of an event, refused on its field when it is no date or comes before the start. */
export const endAfterStart: DateFieldValidation = (value, { data }) => {
  if (unreadable(value)) return NOT_A_DATE
  const start = (data as Dated | undefined)?.start
  return value && start && new Date(value) < new Date(start) ? 'La fin doit être après le début.' : true
}

/**
 * The last day of a repetition, refused on its field when it is no date or comes before the first
 * date. A start that is no date is refused on its own field, hence no comparison with it here.
 */
export const untilAfterStart: DateFieldValidation = (value, { data }) => {
  if (unreadable(value)) return NOT_A_DATE
  const start = (data as Dated | undefined)?.start
  return value &&
    start &&
    !unreadable(start) &&
    new Date(value).toISOString().slice(0, 10) < new Date(start).toISOString().slice(0, 10)
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
