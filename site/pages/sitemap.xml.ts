import type { APIRoute } from 'astro'

import { slugs } from '../../schemas/slugs'
import { cachePage, FRESH_FOR } from '../lib/cache'
import { content } from '../lib/content'
import { siteEnv } from '../lib/env'
import { buildSitemap, serialiseSitemap } from '../lib/sitemap'

const withSlug = ['slug', 'updatedAt'] as const

/** `/sitemap.xml`: every public page, read from the content (see `lib/sitemap.ts`). */
export const GET: APIRoute = async (context) => {
  const [houses, projects, events, issues, articles, shows, episodes, pages] = await Promise.all([
    content.addresses(slugs.houses, withSlug),
    content.addresses(slugs.projects, withSlug),
    content.addresses(slugs.events, withSlug),
    content.addresses(slugs.journalIssues, ['number', 'updatedAt']),
    content.addresses(slugs.articles, [...withSlug, 'issue']),
    content.addresses(slugs.shows, withSlug),
    content.addresses(slugs.episodes, [...withSlug, 'show']),
    content.addresses(slugs.pages, withSlug),
  ])
  cachePage(context, FRESH_FOR.stable)
  const body = serialiseSitemap(
    siteEnv().SITE_URL,
    buildSitemap({ houses, projects, events, issues, articles, shows, episodes, pages }),
  )
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } })
}
