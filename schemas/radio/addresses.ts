import { v5 as uuidv5 } from 'uuid'

/** Podcasting 2.0's namespace for `podcast:guid` (https://podcastindex.org/namespace/1.0#guid). */
export const PODCAST_GUID_NAMESPACE = 'ead4c236-bf58-58c6-a2c6-a6b28d128cb6'

/** Addresses of the radio on the site (French paths), relative to the site's origin. */
export const radioPaths = {
  home: '/radio',
  allShowsFeed: '/radio/feed.xml',
  show: (show: string) => `/radio/${show}`,
  showFeed: (show: string) => `/radio/${show}/feed.xml`,
  episode: (show: string, episode: string) => `/radio/${show}/${episode}`,
  transcriptVtt: (show: string, episode: string) => `/radio/${show}/${episode}/transcription.vtt`,
  transcriptText: (show: string, episode: string) => `/radio/${show}/${episode}/transcription.txt`,
  chapters: (show: string, episode: string) => `/radio/${show}/${episode}/chapitres.json`,
} as const

/**
 * The `podcast:guid` of a feed: a UUIDv5 in the Podcasting 2.0 namespace over the feed's address
 * without its scheme and trailing slashes (https://podcastindex.org/namespace/1.0#guid). It is
 * computed once, when the show is first saved, and then kept even if the address changes.
 */
export function podcastGuid(feedUrl: string): string {
  const withoutScheme = feedUrl.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/\/+$/, '')
  return uuidv5(withoutScheme, PODCAST_GUID_NAMESPACE)
}
