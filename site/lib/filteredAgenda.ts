import type { AgendaEvent } from '../../schemas/content/event'
import { type AgendaEntry, agendaBetween, firstFilledPeriod, type Period } from './agenda'
import { AGENDA_DAYS, type AgendaFilters, filterPeriods, matchesFilters } from './agendaFilters'
import { content } from './content'

/**
 * The events that may have an occurrence in [from, to) and pass `filters`: those of the filtered
 * house alone are read (`content.eventsBetween`), the other filters apply to what is read.
 * @throws CmsUnavailableError as `content.eventsBetween`
 */
export async function filteredEvents(filters: AgendaFilters, from: Date, to: Date): Promise<AgendaEvent[]> {
  return (await content.eventsBetween(from, to, filters.house?.id)).filter((event) => matchesFilters(event, filters))
}

/**
 * The dates the filters show, in time order, and their period: the first of `filterPeriods` (of
 * `lengths` days) that holds `enough` dates, else the longest (`firstFilledPeriod`).
 * @throws CmsUnavailableError as `content.eventsBetween`
 */
export function filteredAgenda(
  filters: AgendaFilters,
  now: Date,
  enough: number,
  lengths: readonly number[] = AGENDA_DAYS,
): Promise<Period & { entries: AgendaEntry[] }> {
  return firstFilledPeriod(filterPeriods(filters, now, lengths), enough, async (from, to) =>
    agendaBetween(await filteredEvents(filters, from, to), from, to),
  )
}
