import type { Id } from '../../schemas/content/common'
import type { AgendaEvent } from '../../schemas/content/event'
import {
  addParisDays,
  expandOccurrences,
  type Occurrence,
  parisDay,
  parisTime,
  type Schedule,
} from '../../schemas/recurrence'
import { sameId } from '../../schemas/relations'

export type AgendaEntry = { event: AgendaEvent; occurrence: Occurrence }

/** The schedule of an event as `schemas/recurrence.ts` reads it. */
export const toSchedule = (event: AgendaEvent): Schedule => ({
  start: event.start,
  end: event.end,
  allDay: event.allDay,
  recurrence: event.recurrence
    ? {
        ...event.recurrence,
        excludedDates: event.recurrence.excludedDates ?? null,
        changes: event.recurrence.changes ?? null,
      }
    : null,
})

export const occurrencesOf = (event: AgendaEvent, from: Date, to: Date): Occurrence[] =>
  expandOccurrences(toSchedule(event), from, to)

/** Every occurrence of these events in [from, to), in time order: the agenda as residents read it. */
export function agendaBetween(events: AgendaEvent[], from: Date, to: Date): AgendaEntry[] {
  return events
    .flatMap((event) => occurrencesOf(event, from, to).map((occurrence) => ({ event, occurrence })))
    .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime())
}

/** A span of time, [from, to). */
export type Period = { from: Date; to: Date }

/**
 * `days` Paris calendar days from `from`, the day `from` falls on first: [from, the Paris midnight
 * that ends the last), whatever changes of clock fall in between.
 */
export const calendarDays = (from: Date, days: number): Period => ({
  from,
  to: parisTime(addParisDays(from, days), '00:00'),
})

/**
 * The first of `periods` (growing lengths from one start) whose entries, as `entriesIn` reads
 * them, number at least `enough`, else the last, with those entries. Periods are read in turn,
 * stopping at the first that holds enough: a busy agenda answers from a short period, and only a
 * quiet one reads up to the longest.
 * @throws RangeError when `periods` is empty
 */
export async function firstFilledPeriod<P extends Period>(
  periods: readonly P[],
  enough: number,
  entriesIn: (from: Date, to: Date) => Promise<AgendaEntry[]>,
): Promise<P & { entries: AgendaEntry[] }> {
  for (const [index, period] of periods.entries()) {
    const entries = await entriesIn(period.from, period.to)
    if (entries.length >= enough || index === periods.length - 1) return { ...period, entries }
  }
  throw new RangeError('firstFilledPeriod needs at least one period')
}

/**
 * The first `count` occurrences from `now` on that are not cancelled, within the last of
 * `windowsInDays` (growing lengths, in days), read through each window in turn by `readBetween`
 * (`firstFilledPeriod`). The result is the same as reading the horizon at once, since occurrences
 * come in time order.
 */
export async function nextOccurrences(
  now: Date,
  count: number,
  windowsInDays: readonly number[],
  readBetween: (from: Date, to: Date) => Promise<AgendaEvent[]>,
): Promise<AgendaEntry[]> {
  const periods = windowsInDays.map((days) => ({ from: now, to: new Date(now.getTime() + days * 86_400_000) }))
  const { entries } = await firstFilledPeriod(periods, count, async (from, to) =>
    agendaBetween(await readBetween(from, to), from, to).filter((entry) => !entry.occurrence.cancelled),
  )
  return entries.slice(0, count)
}

/** Groups entries by the Paris calendar day they take place on, keeping order. */
export function byDay(entries: AgendaEntry[]): [string, AgendaEntry[]][] {
  const days = new Map<string, AgendaEntry[]>()
  for (const entry of entries) {
    const day = parisDay(entry.occurrence.start)
    days.set(day, [...(days.get(day) ?? []), entry])
  }
  return [...days]
}

/** Does this house take part: it organises the event, hosts it, or the whole cooperation does? */
export const involvesHouse = (event: AgendaEvent, house: Id): boolean =>
  Boolean(event.cooperation) || (event.houses ?? []).some((h) => sameId(h, house)) || sameId(event.venue?.house, house)
