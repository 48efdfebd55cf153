import type { Id } from '../../schemas/content/common'
import type { AgendaEvent } from '../../schemas/content/event'
import { expandOccurrences, type Occurrence, parisDay, type Schedule } from '../../schemas/recurrence'
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

/**
 * The first `count` occurrences from `now` on that are not cancelled, within the last of
 * `windowsInDays` (growing lengths, in days). Events are read through each window in turn by
 * `readBetween`, stopping at the first that holds `count`: a busy agenda answers from a short
 * window, and only a quiet one reads up to the horizon. The result is the same as reading the
 * horizon at once, since occurrences come in time order.
 */
export async function nextOccurrences(
  now: Date,
  count: number,
  windowsInDays: readonly number[],
  readBetween: (from: Date, to: Date) => Promise<AgendaEvent[]>,
): Promise<AgendaEntry[]> {
  let entries: AgendaEntry[] = []
  for (const days of windowsInDays) {
    const to = new Date(now.getTime() + days * 86_400_000)
    entries = agendaBetween(await readBetween(now, to), now, to).filter((entry) => !entry.occurrence.cancelled)
    if (entries.length >= count) break
  }
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
