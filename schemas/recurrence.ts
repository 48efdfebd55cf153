import { parisInstant, parisWallClock } from './parisClock'
import { RRule, type Options } from './rrule'

import type { ValueOf } from './vocabulary'
import type { frequencies, monthlyModes, weekdayCodes } from './vocabularies'

export type Frequency = ValueOf<typeof frequencies>
export type WeekdayCode = ValueOf<typeof weekdayCodes>
export type MonthlyMode = ValueOf<typeof monthlyModes>

export type OccurrenceChange = {
  occurrenceDate: string
  cancelled?: boolean | null
  start?: string | null
  end?: string | null
  note?: string | null
}

export type Recurrence = {
  frequency?: Frequency | null
  interval?: number | null
  weekdays?: WeekdayCode[] | null
  monthlyMode?: MonthlyMode | null
  until?: string | null
  count?: number | null
  excludedDates?: { date: string }[] | null
  changes?: OccurrenceChange[] | null
}

export type Schedule = {
  start: string
  end?: string | null
  allDay?: boolean | null
  recurrence?: Recurrence | null
}

export type Occurrence = {
  /** Paris calendar day the rule planned this occurrence for (YYYY-MM-DD): its stable key. */
  key: string
  start: Date
  end: Date | null
  cancelled: boolean
  changed: boolean
  note: string | null
}

const FREQ = { daily: RRule.DAILY, weekly: RRule.WEEKLY, monthly: RRule.MONTHLY } as const
const DAY = { MO: RRule.MO, TU: RRule.TU, WE: RRule.WE, TH: RRule.TH, FR: RRule.FR, SA: RRule.SA, SU: RRule.SU }
/** Weekday codes in the order of `Date#getUTCDay()` (Sunday first). */
const WEEKDAY_OF_DAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const

/**
 * Where the first date of a series falls in its month: its weekday, which one of the month it is
 * (1 to 5), and whether it is the last one. `floating` is Paris wall-clock time written as UTC.
 */
export function weekdayInMonth(floating: Date): { weekday: WeekdayCode; nth: number; last: boolean } {
  const date = floating.getUTCDate()
  const daysInMonth = new Date(Date.UTC(floating.getUTCFullYear(), floating.getUTCMonth() + 1, 0)).getUTCDate()
  return {
    weekday: WEEKDAY_OF_DAY[floating.getUTCDay()]!,
    nth: Math.ceil(date / 7),
    last: date + 7 > daysInMonth,
  }
}

/**
 * Paris calendar day of an instant, as YYYY-MM-DD; `NaN-NaN-NaN` for no date (a draft's date row
 * not filled in yet), which matches no day and throws nowhere.
 */
export const parisDay = (instant: Date | string): string => {
  const local = parisWallClock(new Date(instant))
  return [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-')
}

const endOfParisDay = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d, 23, 59, 59))
}

export const repeats = (recurrence?: Recurrence | null): recurrence is Recurrence =>
  Boolean(recurrence?.frequency && recurrence.frequency !== 'none')

/**
 * Rules are expanded on Paris wall-clock time written as UTC ("floating", parisClock.ts), then
 * turned back into instants: a weekly 18:00 session stays at 18:00 on both sides of a
 * daylight-saving change.
 */
function ruleOptions(recurrence: Recurrence, start: Date): Partial<Options> {
  const frequency = recurrence.frequency as Exclude<Frequency, 'none'>
  const options: Partial<Options> = {
    freq: FREQ[frequency],
    interval: Math.max(1, recurrence.interval ?? 1),
    dtstart: parisWallClock(start),
  }
  if (frequency === 'weekly' && recurrence.weekdays?.length) options.byweekday = recurrence.weekdays.map((d) => DAY[d])
  if (frequency === 'monthly' && recurrence.monthlyMode && recurrence.monthlyMode !== 'dayOfMonth') {
    const { weekday, nth } = weekdayInMonth(options.dtstart!)
    options.byweekday = [DAY[weekday].nth(recurrence.monthlyMode === 'lastWeekdayOfMonth' ? -1 : nth)]
  }
  if (recurrence.count) options.count = recurrence.count
  else if (recurrence.until) options.until = endOfParisDay(parisDay(recurrence.until))
  return options
}

/**
 * The RFC 5545 RRULE value of a recurrence (UNTIL in UTC, as the standard wants beside a
 * DTSTART with TZID), or null when the event does not repeat.
 */
export function buildRule(schedule: Schedule): string | null {
  if (!repeats(schedule.recurrence)) return null
  const options = ruleOptions(schedule.recurrence, new Date(schedule.start))
  if (options.until) options.until = parisInstant(options.until)
  delete options.dtstart
  return new RRule(options).toString().replace(/^RRULE:/, '')
}

/** Every occurrence of an event that overlaps [from, to), changes and cancellations applied. */
export function expandOccurrences(schedule: Schedule, from: Date, to: Date): Occurrence[] {
  const start = new Date(schedule.start)
  const duration = schedule.end ? new Date(schedule.end).getTime() - start.getTime() : 0
  const overlaps = (o: Occurrence) => (o.end ?? o.start).getTime() >= from.getTime() && o.start.getTime() < to.getTime()
  // An all-day event without an end lasts until midnight, Paris time.
  const endOf = (s: Date) =>
    duration > 0 ? new Date(s.getTime() + duration) : schedule.allDay ? parisTime(addParisDays(s, 1), '00:00') : null
  const single = (s: Date): Occurrence => ({
    key: parisDay(s),
    start: s,
    end: endOf(s),
    cancelled: false,
    changed: false,
    note: null,
  })

  if (!repeats(schedule.recurrence)) return [single(start)].filter(overlaps)

  const recurrence = schedule.recurrence
  const rule = new RRule(ruleOptions(recurrence, start))
  const excluded = new Set((recurrence.excludedDates ?? []).map((e) => parisDay(e.date)))
  const changes = new Map((recurrence.changes ?? []).map((c) => [parisDay(c.occurrenceDate), c]))
  // Look back by the duration and a day so moved occurrences and long ones are not missed.
  const margin = duration + 86_400_000
  const planned = rule.between(
    parisWallClock(new Date(from.getTime() - margin)),
    parisWallClock(new Date(to.getTime() + margin)),
    true,
  )

  return planned
    .map((floating) => single(parisInstant(floating)))
    .filter((o) => !excluded.has(o.key))
    .map((o) => applyChange(o, changes.get(o.key)))
    .filter(overlaps)
    .sort((a, b) => a.start.getTime() - b.start.getTime())
}

/** An occurrence as a change (moved, cancelled, with a note) leaves it. */
export function applyChange(occurrence: Occurrence, change: OccurrenceChange | undefined): Occurrence {
  if (!change) return occurrence
  if (change.cancelled) return { ...occurrence, cancelled: true, changed: true, note: change.note ?? null }
  const start = change.start ? new Date(change.start) : occurrence.start
  const end = change.end
    ? new Date(change.end)
    : occurrence.end
      ? new Date(start.getTime() + occurrence.end.getTime() - occurrence.start.getTime())
      : null
  return { ...occurrence, start, end, changed: true, note: change.note ?? null }
}

/**
 * Is `value` a day that exists, written YYYY-MM-DD? "2027-02-30", "2026-13-45" and "2026-12-00"
 * are refused here because `Date` would roll them over to another day (or give an invalid date
 * whose `toISOString()` throws), and such values arrive from addresses and forms.
 */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!match) return false
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(2000, m - 1, d))
  date.setUTCFullYear(y)
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

/** The instant of a Paris wall-clock time: parisTime('2027-03-28', '18:00'). */
export function parisTime(day: string, time: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  const [h, min] = time.split(':').map(Number) as [number, number]
  return parisInstant(new Date(Date.UTC(y, m - 1, d, h, min)))
}

/** The Paris calendar day `days` after the one `instant` falls on. */
export function addParisDays(instant: Date, days: number): string {
  const [y, m, d] = parisDay(instant).split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Far enough to hold every date of a finite series; RFC 5545 dates stop at year 9999. */
const END_OF_TIME = new Date(Date.UTC(9999, 0, 1))

/**
 * The instant the last occurrence of an event ends (its start when it has no end), moved
 * occurrences included; null for a series with neither an end date nor a number of dates.
 * Stored at save so that a listing never reads a series that ended before the days it shows.
 */
export function seriesEnd(schedule: Schedule): Date | null {
  const recurrence = schedule.recurrence
  if (repeats(recurrence) && !recurrence.count && !recurrence.until) return null
  const from = new Date(new Date(schedule.start).getTime() - 86_400_000)
  const occurrences = expandOccurrences(schedule, from, END_OF_TIME)
  const ends = occurrences.map((o) => (o.end ?? o.start).getTime())
  return ends.length ? new Date(Math.max(...ends)) : new Date(schedule.start)
}
