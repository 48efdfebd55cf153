import { TZDate } from '@date-fns/tz'

import { TIME_ZONE } from '../../../schemas/slugs'
import { Random } from './random'

/** A demo document read back at depth 0, used as the model of generated ones. */
export type Model = Record<string, unknown>

/** Fields the database or the CMS's hooks set, or that must be unique: never copied from a model. */
const NOT_COPIED = new Set(['id', 'createdAt', 'updatedAt', 'slug', 'guid', 'number', 'sequence', 'previousSlugs'])

/** The model without its identity: what a new document of the same kind may start from. */
export function fromModel(model: Model): Model {
  const copy = Object.fromEntries(Object.entries(model).filter(([field]) => !NOT_COPIED.has(field)))
  return stripArrayIds(copy) as Model
}

/** Array rows keep ids in the database; a copy must get new ones. */
function stripArrayIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripArrayIds)
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([key]) => key !== 'id')
    return Object.fromEntries(entries.map(([key, inner]) => [key, stripArrayIds(inner)]))
  }
  return value
}

/**
 * The instant `weeks` weeks after `instant` at the same Paris wall-clock time (a weekly session
 * at 17:30 stays at 17:30 across daylight-saving changes). Null and undefined pass through.
 */
export function shiftWeeks<T extends string | null | undefined>(instant: T, weeks: number): T | string {
  if (!instant) return instant
  const local = new TZDate(new Date(instant).getTime(), TIME_ZONE)
  const moved = new TZDate(
    local.getFullYear(),
    local.getMonth(),
    local.getDate() + weeks * 7,
    local.getHours(),
    local.getMinutes(),
    local.getSeconds(),
    TIME_ZONE,
  )
  return new Date(moved.getTime()).toISOString()
}

type Recurrence = {
  until?: string | null
  excludedDates?: { date: string }[] | null
  changes?: ({ occurrenceDate?: string | null } & Record<string, unknown>)[] | null
} & Record<string, unknown>

/** An event moved by whole weeks, its series' dates (end, exclusions, changed sessions) with it. */
export function movedEvent(model: Model, weeks: number): Model {
  const event = fromModel(model)
  event.start = shiftWeeks(event.start as string, weeks)
  event.end = shiftWeeks(event.end as string | null, weeks)
  const recurrence = event.recurrence as Recurrence | undefined
  if (recurrence) {
    recurrence.until = shiftWeeks(recurrence.until, weeks)
    recurrence.excludedDates = recurrence.excludedDates?.map((row) => ({ ...row, date: shiftWeeks(row.date, weeks) }))
    recurrence.changes = recurrence.changes?.map((row) => ({
      ...row,
      occurrenceDate: shiftWeeks(row.occurrenceDate, weeks),
      ...('start' in row ? { start: shiftWeeks(row.start as string | null, weeks) } : {}),
      ...('end' in row ? { end: shiftWeeks(row.end as string | null, weeks) } : {}),
    }))
  }
  return event
}

/** An instant at a seeded moment of `year`'s window (year 0 = the 365 days ending two months ahead). */
export function momentOfYear(random: Random, year: number, now: Date): string {
  const windowEnd = now.getTime() + 60 * 86_400_000 - year * 365 * 86_400_000
  return new Date(windowEnd - random.next() * 365 * 86_400_000).toISOString()
}

/**
 * A publication instant at a seeded moment of `year`'s window, never after `now`: the CMS refuses
 * to publish an article or an episode dated ahead. Draws the same random number as `momentOfYear`.
 */
export function publicationMomentOfYear(random: Random, year: number, now: Date): string {
  const moment = momentOfYear(random, year, now)
  return new Date(Math.min(Date.parse(moment), now.getTime())).toISOString()
}

/** Whole weeks to move a demo event (dated around `now`) so that it lands in `year`'s window. */
export function weeksIntoYear(random: Random, year: number): number {
  return -(year * 52 + random.int(0, 51))
}
