import type { APIRoute } from 'astro'

import { buildPodcastFeed } from '../../feeds/podcastFeed'
import { podcastXml } from '../../feeds/podcastXml'
import { corsPreflight, feedResponse } from '../../feeds/respond'
import { content } from '../../lib/content'
import { siteEnv } from '../../lib/env'

/**
 * How many episodes the feed of all shows carries. It is one subscription for what is new on the
 * radio; each show's own feed (radio/[show]/feed.xml) keeps that show's whole archive. Without a
 * bound, this feed would be read and rendered whole after every publication, slower each year.
 */
const NEWEST_EPISODES = 100

/** The newest episodes of every show, newest first: one subscription for the whole radio. */
export const GET: APIRoute = async (context) => {
  const [shows, episodes, { settings }] = await Promise.all([
    content.shows(),
    content.newestEpisodes(NEWEST_EPISODES),
    context.locals.chrome,
  ])
  const feed = buildPodcastFeed(
    {
      kind: 'all',
      shows,
      title: 'La radio de la Coopé',
      description:
        'Toutes les émissions de la radio de la Coopé, enregistrées par les habitant·es et les équipes des trois maisons. Chaque épisode est accompagné de sa transcription.',
      guid: settings.radioPodcastGuid ?? null,
    },
    episodes,
    siteEnv().SITE_URL,
  )
  return feedResponse(context, podcastXml(feed), 'application/rss+xml; charset=utf-8', { cors: true })
}

/** Podcast apps on the web read the feed from their own origin: its CORS preflight. */
export const OPTIONS: APIRoute = () => corsPreflight()
