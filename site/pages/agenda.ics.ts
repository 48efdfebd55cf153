import type { APIRoute } from 'astro'

import type { AgendaEvent } from '../../schemas/content/event'
import type { HouseSummary } from '../../schemas/content/house'
import { parisTime } from '../../schemas/recurrence'

import { filterPeriod } from '../lib/agendaFilters'
import { agendaRequest } from '../lib/agendaRequest'
import { cachePage, FRESH_FOR } from '../lib/cache'
import { siteEnv } from '../lib/env'
import { filteredEvents } from '../lib/filteredAgenda'
import { calendarResponse } from '../lib/feeds/calendarResponse'
import { calendarText } from '../lib/feeds/icalendar'
import { agendaTitle } from '../lib/houseName'
import { redirectFromFormerFilterValues } from '../lib/redirects'

/** How far back a subscription keeps past dates, and how far ahead it reaches by default. */
const PAST_DAYS = 90
const AHEAD_DAYS = 366

/**
 * The agenda as an iCalendar feed, with the agenda's filters. A wrong filter value gives an
 * empty but valid calendar, never cached (so made-up values make no cache entries).
 */
export const GET: APIRoute = async ({ url, cache, locals }) => {
  const now = new Date()
  const { houses } = await locals.chrome
  const asked = await agendaRequest(url, houses, now, (filters) => {
    const from = filters.from ? parisTime(filters.from, '00:00') : new Date(now.getTime() - PAST_DAYS * 86_400_000)
    // To the end of the last day asked, else a year ahead of today, whatever the first day asked.
    const { to } = filterPeriod({ ...filters, from: null }, now, AHEAD_DAYS)
    return filteredEvents(filters, from, to)
  })
  const calendar = (events: AgendaEvent[], house: HouseSummary | null) =>
    calendarResponse(calendarText(events, { name: agendaTitle(house), siteUrl: siteEnv().SITE_URL }))
  if (asked.refused)
    return (await redirectFromFormerFilterValues(url, { houses, themes: asked.themes })) ?? calendar([], null)
  cachePage({ cache }, FRESH_FOR.subscription)
  return calendar(asked.shown, asked.filters.house)
}
