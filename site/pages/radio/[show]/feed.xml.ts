import type { APIRoute } from 'astro'

import { buildPodcastFeed } from '../../../feeds/podcastFeed'
import { podcastXml } from '../../../feeds/podcastXml'
import { corsPreflight, feedNotFound, feedResponse } from '../../../feeds/respond'
import { content } from '../../../lib/content'
import { siteEnv } from '../../../lib/env'
import { redirectFromFormerRadioAddress } from '../../../lib/redirects'

/** One show's podcast feed, with every episode (a complete archive: see README, « Flux »). */
export const GET: APIRoute = async (context) => {
  const show = await content.show(context.params.show ?? '')
  if (!show)
    return (await redirectFromFormerRadioAddress(context.url, null, context.params.show ?? '')) ?? feedNotFound(context)
  const feed = buildPodcastFeed({ kind: 'show', show }, await content.episodes(show.id), siteEnv().SITE_URL)
  return feedResponse(context, podcastXml(feed), 'application/rss+xml; charset=utf-8', { cors: true })
}

/** Podcast apps on the web read the feed from their own origin: its CORS preflight. */
export const OPTIONS: APIRoute = () => corsPreflight()
