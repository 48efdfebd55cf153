import type { APIRoute } from 'astro'

import { cachePage, FRESH_FOR } from '../lib/cache'
import { siteEnv } from '../lib/env'

/** `/robots.txt`: everything public may be indexed; the sitemap lists it. The cache API is not a page. */
export const GET: APIRoute = (context) => {
  cachePage(context, FRESH_FOR.stable)
  const body = `User-agent: *\nDisallow: /api/\n\nSitemap: ${new URL('/sitemap.xml', `${siteEnv().SITE_URL}/`).href}\n`
  return new Response(body, { headers: { 'content-type': 'text/plain; charset=utf-8' } })
}
