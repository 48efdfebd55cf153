import RSS from 'rss'

import type { PodcastFeed } from './podcastFeed'

/** Namespaces of Apple Podcasts (case-sensitive, as Apple reads it) and of Podcasting 2.0. */
export const PODCAST_NAMESPACES = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
} as const

type Element = Record<string, unknown>
const attrs = (values: Record<string, string | number>): Element => ({ _attr: values })
const when = <T>(value: T | null | undefined, make: (value: T) => Element[]): Element[] =>
  value === null || value === undefined ? [] : make(value)

/**
 * Writes a podcast feed as RSS 2.0 (UTF-8) with the `rss` package: channel and items with the
 * iTunes tags Apple Podcasts requires and recommends (https://podcasters.apple.com/support/823-podcast-requirements)
 * and the Podcasting 2.0 tags (https://podcastindex.org/namespace/1.0). Pure.
 */
export function podcastXml(feed: PodcastFeed): string {
  const rss = new RSS({
    title: feed.title,
    description: feed.descriptionHtml,
    site_url: feed.link,
    feed_url: feed.feedUrl,
    language: feed.language,
    copyright: feed.copyright,
    generator: 'La Coopé',
    pubDate: feed.lastPublished ?? undefined,
    custom_namespaces: PODCAST_NAMESPACES,
    custom_elements: [
      { 'itunes:author': feed.author },
      { 'itunes:owner': [{ 'itunes:name': feed.owner.name }, { 'itunes:email': feed.owner.email }] },
      ...when(feed.imageUrl, (href) => [{ 'itunes:image': attrs({ href }) }]),
      { 'itunes:category': attrs({ text: feed.category }) },
      { 'itunes:explicit': String(feed.explicit) },
      { 'itunes:type': feed.type },
      { 'podcast:guid': feed.guid },
      { 'podcast:locked': [attrs({ owner: feed.owner.email }), 'yes'] },
      { 'podcast:medium': 'podcast' },
      ...when(feed.license, (license) => [{ 'podcast:license': license }]),
      ...when(feed.location, (location) => [{ 'podcast:location': location }]),
      ...when(feed.funding, (funding) => [{ 'podcast:funding': [attrs({ url: funding.url }), funding.label] }]),
    ],
  })
  for (const item of feed.items) {
    rss.item({
      title: item.title,
      description: item.descriptionHtml,
      url: item.link,
      guid: item.guid,
      date: item.pubDate,
      enclosure: { url: item.enclosure.url, size: item.enclosure.length, type: item.enclosure.type },
      custom_elements: [
        { 'itunes:title': item.title },
        { 'itunes:duration': item.duration },
        { 'itunes:episodeType': item.episodeType },
        { 'itunes:explicit': String(feed.explicit) },
        ...when(item.imageUrl, (href) => [{ 'itunes:image': attrs({ href }) }]),
        ...when(item.season, (season) => [{ 'itunes:season': season }, { 'podcast:season': season }]),
        ...when(item.episode, (episode) => [{ 'itunes:episode': episode }, { 'podcast:episode': episode }]),
        ...item.transcripts.map((t) => ({
          'podcast:transcript': attrs({ url: t.url, type: t.type, ...(t.rel ? { rel: t.rel } : {}) }),
        })),
        ...when(item.chaptersUrl, (url) => [{ 'podcast:chapters': attrs({ url, type: 'application/json+chapters' }) }]),
        ...item.people.map((p) => ({ 'podcast:person': [attrs({ role: p.role, group: p.group }), p.name] })),
      ],
    })
  }
  return rss.xml({ indent: false })
}
