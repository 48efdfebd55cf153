import type { APIRoute } from 'astro'

import { slugs } from '../../../schemas/slugs'
import { cachePage, FRESH_FOR } from '../../lib/cache'
import { content } from '../../lib/content'
import { siteEnv } from '../../lib/env'
import {
  agendaPartNumber,
  EVENTS_PER_PART,
  eventEntries,
  journalEntries,
  pageEntries,
  radioEntries,
  serialiseSitemap,
  type SitemapEntry,
  type SitemapPart,
  sitemapPart,
} from '../../lib/sitemap'

const withSlug = ['slug', 'updatedAt'] as const
const issueNumbers = ['number', 'updatedAt'] as const

/** The entries of `part`, read from the content. */
async function entriesOf(part: SitemapPart): Promise<SitemapEntry[]> {
  if (part === 'pages') {
    const [houses, projects, pages] = await Promise.all([
      content.addresses(slugs.houses, withSlug),
      content.addresses(slugs.projects, withSlug),
      content.addresses(slugs.pages, withSlug),
    ])
    return pageEntries({ houses, projects, pages })
  }
  if (part === 'journal') {
    const [issues, articles] = await Promise.all([
      content.addresses(slugs.journalIssues, issueNumbers),
      content.addresses(slugs.articles, [...withSlug, 'issue']),
    ])
    return journalEntries({ issues, articles })
  }
  if (part === 'radio') {
    const [shows, episodes] = await Promise.all([
      content.addresses(slugs.shows, withSlug),
      content.addresses(slugs.episodes, [...withSlug, 'show']),
    ])
    return radioEntries({ shows, episodes })
  }
  return eventEntries((await content.eventAddresses(agendaPartNumber(part)!, EVENTS_PER_PART)).docs)
}

/**
 * `/sitemap/<part>.xml`: one part of the sitemap (`lib/sitemap.ts`); 404 for a name that is no part
 * and for an agenda part past the last event (the index lists none such, and a sitemap may not be
 * empty).
 */
export const GET: APIRoute = async (context) => {
  const part = sitemapPart(context.params.part)
  if (!part) return context.rewrite('/404')
  const entries = await entriesOf(part)
  if (entries.length === 0) return context.rewrite('/404')
  cachePage(context, FRESH_FOR.stable)
  return new Response(await serialiseSitemap(siteEnv().SITE_URL, entries), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  })
}
