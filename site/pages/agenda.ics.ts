import type { APIRoute } from 'astro'

import { filterPeriod, matchesFilters, parisToday, readFilters } from '../lib/agendaFilters'
import { cachePage, FRESH_FOR } from '../lib/cache'
import { content } from '../lib/content'
import { siteEnv } from '../lib/env'
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
  const themes = await content.themes()
  const { filters, refused } = readFilters(url.searchParams, { houses: locals.chrome.houses, themes }, parisToday(now))
  const options = { name: agendaTitle(refused ? null : filters.house), siteUrl: siteEnv().SITE_URL }
  if (refused) {
    const moved = await redirectFromFormerFilterValues(url, { houses: locals.chrome.houses, themes })
    return moved ?? calendarResponse(calendarText([], options))
  }
  const asked = filterPeriod(filters, now)
  const from = filters.from ? asked.from : new Date(now.getTime() - PAST_DAYS * 86_400_000)
  const to = filters.to ? asked.to : new Date(now.getTime() + AHEAD_DAYS * 86_400_000)
  const events = (await content.eventsBetween(from, to, filters.house?.id)).filter((event) =>
    matchesFilters(event, filters),
  )
  cachePage({ cache }, FRESH_FOR.timely)
  return calendarResponse(calendarText(events, options))
}
