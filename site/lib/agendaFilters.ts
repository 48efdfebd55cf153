import type { Id } from '../../schemas/content/common'
import { readable } from '../../schemas/content/common'
import type { AgendaEvent, Term } from '../../schemas/content/event'
import type { HouseSummary } from '../../schemas/content/house'
import { addParisDays, isCalendarDay, parisDay, parisTime } from '../../schemas/recurrence'
import type { ValueOf } from '../../schemas/vocabulary'
import { accessibilityFamilies, audiences } from '../../schemas/vocabularies'
import { calendarDays, involvesHouse, type Period } from './agenda'

import { FILTER_PARAMS } from './agendaParams'

/**
 * The lengths in days of the periods the agenda may show when no end is asked, shortest first: it
 * shows the first that holds `AGENDA_ENOUGH` dates (`firstFilledPeriod`). A week of a busy
 * cooperation (1,500 events a year) is about 65 dates, two weeks 130 (100 KB of page), two months
 * 290 (210 KB, a long scroll on a phone); a quieter week reads on to two weeks, a quiet season to
 * two months. On ten years of content, a week read 70 events from the CMS where two weeks read 105.
 */
export const AGENDA_DAYS = [7, 14, 60] as const
/** Dates enough for one page of the agenda: about ten screens of a phone. */
export const AGENDA_ENOUGH = 40
/** How far from today the days the filters accept may be, in days: the longest period they show. */
export const LONGEST_DAYS = 366

/** The last Paris day (YYYY-MM-DD) the filters accept when it is `today`. */
const latestDay = (today: string): string => addParisDays(parisTime(today, '12:00'), LONGEST_DAYS)

/**
 * The days the date filters accept on Paris day `today` (YYYY-MM-DD, inclusive), as the `min` and
 * `max` of the form's date fields: the browser then says, in the visitor's language, what the
 * page would otherwise drop silently (`readFilters`).
 */
export const acceptedDays = (today: string): { first: string; last: string } => ({
  first: today,
  last: latestDay(today),
})

export type AgendaFilters = {
  house: HouseSummary | null
  theme: Term | null
  audience: ValueOf<typeof audiences> | null
  /** First and last Paris day asked (YYYY-MM-DD), inclusive. */
  from: string | null
  to: string | null
  free: boolean
  need: ValueOf<typeof accessibilityFamilies> | null
}

export type ReadFilters = {
  filters: AgendaFilters
  /** The query string of the accepted values alone, in FILTER_PARAMS order ('' when none). */
  query: string
  /** True when a value was refused or repeated: the page sends the visitor to `query` instead. */
  refused: boolean
}

/**
 * The agenda's filters from a query string, each value checked against what exists (houses and
 * themes from the CMS, closed lists from `schemas/vocabularies.ts`, real days within a year of
 * `today`). A wrong value is dropped and `refused` set, so the page redirects to the clean
 * address: no value a visitor makes up is reflected on a page or makes a cache entry of its own.
 * A period whose last day comes before its first is read with its two days swapped, and also sent
 * to the address that writes them in order. An empty value (what a form sends for « toutes »)
 * means no filter, and is refused too: the form's answer is the clean address, which the cache
 * serves.
 */
export function readFilters(
  params: URLSearchParams,
  known: { houses: HouseSummary[]; themes: Term[] },
  today: string,
): ReadFilters {
  let refused = false
  const one = (name: (typeof FILTER_PARAMS)[number]): string | null => {
    const all = params.getAll(name)
    const values = all.filter((v) => v !== '')
    // An empty value filters nothing, but under an address of its own it would be rendered again
    // for every visitor instead of served from the cache (`keyHoldsQuery`, lib/cacheKey.ts).
    if (values.length > 1 || values.length < all.length) refused = true
    return values[0] ?? null
  }
  const pick = <T>(name: (typeof FILTER_PARAMS)[number], find: (value: string) => T | null | undefined): T | null => {
    const value = one(name)
    if (value === null) return null
    const found = find(value) ?? null
    if (found === null) refused = true
    return found
  }
  const latest = latestDay(today)
  const day = (v: string) => (isCalendarDay(v) && v >= today && v <= latest ? v : null)
  let from = pick('du', day)
  let to = pick('au', day)
  // « Du 10 au 5 » asks for the days between: read the right way round, under the address that says so.
  if (from !== null && to !== null && to < from) {
    ;[from, to] = [to, from]
    refused = true
  }
  const filters: AgendaFilters = {
    house: pick('maison', (v) => known.houses.find((h) => h.slug === v)),
    theme: pick('theme', (v) => known.themes.find((t) => t.slug === v)),
    audience: pick('public', (v) => (audiences.has(v) ? v : null)),
    from,
    to,
    free: pick('gratuit', (v) => (v === '1' ? true : null)) ?? false,
    need: pick('accessible', (v) => (accessibilityFamilies.has(v) ? v : null)),
  }
  return { filters, query: filterQuery(filters), refused }
}

/** The query string of these filters ('' when none), values in FILTER_PARAMS order. */
export function filterQuery(filters: AgendaFilters): string {
  const pairs: [string, string | null][] = [
    ['maison', filters.house?.slug ?? null],
    ['theme', filters.theme?.slug ?? null],
    ['public', filters.audience],
    ['du', filters.from],
    ['au', filters.to],
    ['gratuit', filters.free ? '1' : null],
    ['accessible', filters.need],
  ]
  const query = new URLSearchParams(pairs.filter((p): p is [string, string] => p[1] !== null))
  return query.size ? `?${query}` : ''
}

/**
 * The period the filters show, [from, to): from the first day asked (else `now`) to the end of
 * the last day asked, else for `days` days (ending at a Paris midnight).
 */
export function filterPeriod(filters: AgendaFilters, now: Date, days: number): Period {
  const from = filters.from ? parisTime(filters.from, '00:00') : now
  if (!filters.to) return calendarDays(from, days)
  return { from, to: parisTime(addParisDays(parisTime(filters.to, '12:00'), 1), '00:00') }
}

/**
 * The periods the agenda may show, growing (`firstFilledPeriod`): the asked one alone when an
 * end is asked, else one of each of `lengths` (in days).
 */
export function filterPeriods(filters: AgendaFilters, now: Date, lengths: readonly number[] = AGENDA_DAYS): Period[] {
  return (filters.to ? [LONGEST_DAYS] : lengths).map((days) => filterPeriod(filters, now, days))
}

/**
 * The query string of the period after one shown that ended at `to` (a Paris midnight), with the
 * same filters: from the day `to` starts, for the default lengths. Null when that day is past what
 * the filters accept (`LONGEST_DAYS` from `today`).
 */
export function nextPeriodQuery(filters: AgendaFilters, to: Date, today: string): string | null {
  const from = parisDay(to)
  if (from > latestDay(today)) return null
  return filterQuery({ ...filters, from, to: null })
}

const hasId = (list: AgendaEvent['themes'], id: Id) => readable<Term>(list).some((t) => String(t.id) === String(id))

/** Does an event pass every filter (its schedule aside)? « Tous publics » events suit every audience. */
export function matchesFilters(event: AgendaEvent, filters: AgendaFilters): boolean {
  if (filters.house && !involvesHouse(event, filters.house.id)) return false
  if (filters.theme && !hasId(event.themes, filters.theme.id)) return false
  if (filters.audience && !(event.audiences ?? []).some((a) => a === filters.audience || a === 'everyone')) return false
  if (filters.free && event.price?.free === false) return false
  if (filters.need && !(event.accessibility?.suitableFor ?? []).includes(filters.need)) return false
  return true
}

/** Today's Paris day (YYYY-MM-DD). */
export const parisToday = (now: Date): string => parisDay(now)
