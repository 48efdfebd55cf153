import type { APIRoute } from 'astro'

import { cachePage, FRESH_FOR } from '../../lib/cache'
import { content } from '../../lib/content'
import { siteEnv } from '../../lib/env'
import { calendarResponse } from '../../lib/feeds/calendarResponse'
import { calendarText } from '../../lib/feeds/icalendar'
import { redirectFromFormerAddress } from '../../lib/redirects'
import { slugs } from '../../../schemas/slugs'

/** One event as an iCalendar file, for « ajouter à mon agenda »; an unknown address is the 404 page. */
export const GET: APIRoute = async ({ params, cache, rewrite, url }) => {
  const event = await content.event(params.slug ?? '')
  if (!event) return (await redirectFromFormerAddress(url, slugs.events, params.slug ?? '', 2)) ?? rewrite('/404')
  cachePage({ cache }, FRESH_FOR.timely)
  return calendarResponse(calendarText([event], { siteUrl: siteEnv().SITE_URL }), event.slug)
}
