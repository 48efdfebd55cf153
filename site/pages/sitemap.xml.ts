import type { APIRoute } from 'astro'

import { cachePage, FRESH_FOR } from '../lib/cache'
import { content } from '../lib/content'
import { siteEnv } from '../lib/env'
import { serialiseSitemapIndex, sitemapParts } from '../lib/sitemap'

/** `/sitemap.xml`: the sitemap index, listing its parts under /sitemap/ (see `lib/sitemap.ts`). */
export const GET: APIRoute = async (context) => {
  const parts = sitemapParts((await content.eventAddresses(1, 1)).totalDocs)
  cachePage(context, FRESH_FOR.stable)
  return new Response(await serialiseSitemapIndex(siteEnv().SITE_URL, parts), {
    headers: { 'content-type': 'application/xml; charset=utf-8' },
  })
}
