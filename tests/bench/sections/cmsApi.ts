import { ArticleTeaser } from '../../../schemas/content/highlights'
import { AGENDA_DAYS } from '../../../site/lib/agendaFilters'
import { eventsIn, PAGE_SIZE, type Query, selectOf } from '../../../site/lib/content/queries'
import type { BenchHub } from '../hub'
import { ms, percentile, timed } from '../stats'

/** A read made against the CMS, anonymous like the site's or as the admin in the admin panel. */
export type CmsRead = { name: string; path: string; asAdmin?: boolean }

const DAY_MS = 86_400_000

/** A REST address with the site's query (`site/lib/content/queries.ts`). */
const withQuery = (path: string, query: Query) =>
  `${path}?${new URLSearchParams(Object.entries(query).map(([key, value]) => [key, String(value)]))}`

/**
 * The reads the public pages are built from, with the site's own queries where it has them (the
 * events of the agenda's first period and of the iCalendar feed's period), and the admin's events
 * list (its first page, server-rendered).
 */
export function cmsReads(now = new Date()): CmsRead[] {
  const at = (days: number) => new Date(now.getTime() + days * DAY_MS)
  return [
    {
      name: `events of the next ${AGENDA_DAYS[0]} days (agenda)`,
      path: withQuery('/api/events', { ...eventsIn(now, at(AGENDA_DAYS[0])), limit: PAGE_SIZE, page: 1 }),
    },
    {
      name: 'events of the iCalendar feed (one page of the site’s size)',
      path: withQuery('/api/events', { ...eventsIn(at(-90), at(366)), limit: PAGE_SIZE, page: 1 }),
    },
    { name: 'houses', path: '/api/houses?depth=1&limit=50' },
    { name: 'identity (global)', path: '/api/globals/identity?depth=1' },
    {
      name: 'latest articles',
      path: withQuery('/api/articles', { sort: '-publishedAt', limit: 10, depth: 1, ...selectOf(ArticleTeaser) }),
    },
    { name: 'latest episodes', path: '/api/episodes?depth=1&limit=10&sort=-publishedAt' },
    { name: 'admin: events list, first page', path: '/admin/collections/events', asAdmin: true },
  ]
}

/** p50/p95 of each read over `rounds` requests, as Markdown table rows (ms). */
export async function measureCmsReads(hub: BenchHub, reads: CmsRead[], rounds: number): Promise<(string | number)[][]> {
  const rows: (string | number)[][] = []
  for (const read of reads) {
    const headers: Record<string, string> = read.asAdmin ? { cookie: hub.adminCookie } : {}
    const times: number[] = []
    let status = 0
    for (let round = 0; round < rounds + 1; round++) {
      const time = await timed(async () => {
        const response = await fetch(`${hub.cms}${read.path}`, { headers })
        status = response.status
        await response.arrayBuffer()
      })
      // The first request warms the server's code paths up.
      if (round > 0) times.push(time)
    }
    rows.push([read.name, status, ms(percentile(times, 50)), ms(percentile(times, 95))])
  }
  return rows
}
