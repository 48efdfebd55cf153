import type { Episode, Show } from '../../schemas/content/radio'
import { readable } from '../../schemas/content/common'
import { podcastGuid, radioPaths } from '../../schemas/radio/addresses'
import type { ValueOf } from '../../schemas/vocabulary'
import type { episodeTypes, showTypes } from '../../schemas/vocabularies'
import { aboutKinds, aboutTargets, namedPeople, podcastArtUrl } from './radioLinks'

/** Apple Podcasts truncates channel and item descriptions beyond 4000 bytes. */
export const MAX_DESCRIPTION_BYTES = 4000

/**
 * `podcast:person` role and group for each person role of an episode, from the Podcasting 2.0
 * taxonomy (https://github.com/Podcastindex-org/podcast-namespace/blob/main/taxonomy.json).
 */
const PERSON_TAXONOMY = {
  host: { role: 'host', group: 'cast' },
  guest: { role: 'guest', group: 'cast' },
  reporter: { role: 'reporter', group: 'cast' },
  producer: { role: 'producer', group: 'creative direction' },
  editor: { role: 'audio editor', group: 'audio post-production' },
} as const

export type PodcastItem = {
  title: string
  /** HTML limited to p, a (Apple's allowed tags), at most 4000 bytes. */
  descriptionHtml: string
  link: string
  guid: string
  pubDate: Date
  enclosure: { url: string; length: number; type: string }
  /** Whole seconds. */
  duration: number
  season: number | null
  episode: number | null
  episodeType: ValueOf<typeof episodeTypes>
  imageUrl: string | null
  transcripts: { url: string; type: string; rel?: 'captions' }[]
  chaptersUrl: string | null
  people: { name: string; role: string; group: string }[]
}

export type PodcastFeed = {
  title: string
  descriptionHtml: string
  link: string
  feedUrl: string
  language: string
  copyright: string
  author: string
  owner: { name: string; email: string }
  imageUrl: string | null
  category: string
  explicit: boolean
  type: ValueOf<typeof showTypes>
  guid: string
  license: string | null
  location: string | null
  funding: { url: string; label: string } | null
  lastPublished: Date | null
  items: PodcastItem[]
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Cuts plain text so that `wrap(text)` stays within `bytes`, at a word, with an ellipsis. */
function fitBytes(text: string, wrap: (text: string) => string, bytes: number): string {
  if (Buffer.byteLength(wrap(text)) <= bytes) return wrap(text)
  let cut = text
  while (cut && Buffer.byteLength(wrap(`${cut}…`)) > bytes) cut = cut.slice(0, cut.lastIndexOf(' ', cut.length - 2))
  return wrap(`${cut}…`)
}

const paragraphs = (text: string) =>
  text
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('')

/**
 * An episode's description as Apple allows it (`p`, `a`): its text, then links to what it is about
 * and to its page, within 4000 bytes (the text is shortened, never the links).
 */
function itemDescription(episode: Episode, origin: string, link: string): string {
  const about = aboutTargets(episode)
    .map((t) => `<a href="${escapeHtml(origin + t.path)}">${escapeHtml(`${aboutKinds[t.kind]}\u00a0: ${t.title}`)}</a>`)
    .join(' · ')
  const tail =
    (about ? `<p>À propos\u00a0: ${about}</p>` : '') +
    `<p><a href="${escapeHtml(link)}">Écouter et lire la transcription sur le site</a></p>`
  return fitBytes(episode.description, (text) => paragraphs(text) + tail, MAX_DESCRIPTION_BYTES)
}

/** Apple lists M4A as `audio/x-m4a`; the CMS sniffs the MP4 container as `audio/mp4`. */
const enclosureType = (mime: string) => (mime === 'audio/mp4' ? 'audio/x-m4a' : mime)

/**
 * One feed item, or null when the episode cannot be one (no readable sound, or a sound of unknown
 * length): podcast apps drop an item whose enclosure has no exact byte length.
 */
export function podcastItem(episode: Episode, show: Show | undefined, origin: string): PodcastItem | null {
  const [audio] = readable([episode.audio])
  const [owner] = readable([episode.show])
  const length = audio?.filesize ?? episode.size
  if (!audio || !owner || !length || !audio.mimeType) return null
  const link = origin + radioPaths.episode(owner.slug, episode.slug)
  // The CMS validated the WebVTT when it was saved: the signature is enough here (parsing every
  // transcript would make a long feed several times slower to build).
  const hasTranscript = /^\uFEFF?WEBVTT/.test(episode.transcript ?? '')
  return {
    title: episode.title,
    descriptionHtml: itemDescription(episode, origin, link),
    link,
    guid: episode.guid ?? `${origin}${radioPaths.episode(owner.slug, episode.slug)}`,
    pubDate: new Date(episode.publishedAt),
    enclosure: { url: new URL(audio.url, origin).href, length, type: enclosureType(audio.mimeType) },
    duration: Math.round(audio.duration ?? episode.duration ?? 0),
    season: episode.season ?? null,
    episode: episode.number ?? null,
    episodeType: episode.episodeType ?? 'full',
    imageUrl: show ? absolute(podcastArtUrl(show), origin) : null,
    transcripts: hasTranscript
      ? [
          { url: origin + radioPaths.transcriptVtt(owner.slug, episode.slug), type: 'text/vtt', rel: 'captions' },
          { url: origin + radioPaths.transcriptText(owner.slug, episode.slug), type: 'text/plain' },
        ]
      : [],
    chaptersUrl: episode.chapters?.length ? origin + radioPaths.chapters(owner.slug, episode.slug) : null,
    people: namedPeople(episode).map((person) => ({ name: person.name, ...PERSON_TAXONOMY[person.role] })),
  }
}

const absolute = (url: string | null, origin: string) => (url ? new URL(url, origin).href : null)

export type FeedSubject =
  | { kind: 'show'; show: Show }
  /**
   * The feed of every show, described by the radio's own words; `guid` is its `podcast:guid` as the
   * settings keep it (given once by the CMS), null before the CMS has given it one.
   */
  | { kind: 'all'; shows: Show[]; title: string; description: string; guid: string | null }

/**
 * The podcast feed of one show, or of all shows, from validated content: channel facts from the
 * show (Apple Podcasts, Spotify and Podcasting 2.0 requirements), one item per episode that can be
 * one, newest first. `origin` is the site's public address. Pure: same input, same feed.
 */
export function buildPodcastFeed(subject: FeedSubject, episodes: Episode[], origin: string): PodcastFeed {
  const shows = subject.kind === 'show' ? [subject.show] : subject.shows
  const main = shows[0]
  const showOf = new Map(shows.map((s) => [String(s.id), s]))
  const feedPath = subject.kind === 'show' ? radioPaths.showFeed(subject.show.slug) : radioPaths.allShowsFeed
  const feedUrl = origin + feedPath
  const items = episodes
    .map((episode) => {
      const [owner] = readable([episode.show])
      return podcastItem(episode, owner ? showOf.get(String(owner.id)) : undefined, origin)
    })
    .filter((item): item is PodcastItem => item !== null)
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime())
  const title = subject.kind === 'show' ? subject.show.title : subject.title
  const description = subject.kind === 'show' ? subject.show.description : subject.description
  const first = items.at(-1)?.pubDate ?? new Date()
  const author = main?.author || main?.owner?.name || 'La Coopé'
  return {
    title,
    descriptionHtml: fitBytes(description, paragraphs, MAX_DESCRIPTION_BYTES),
    link: origin + (subject.kind === 'show' ? radioPaths.show(subject.show.slug) : radioPaths.home),
    feedUrl,
    language: main?.language ?? 'fr',
    copyright: `© ${first.getUTCFullYear()} ${main?.owner?.name ?? author}`,
    author,
    owner: { name: main?.owner?.name ?? author, email: main?.owner?.email ?? '' },
    imageUrl: main ? absolute(podcastArtUrl(main), origin) : null,
    category: main?.category ?? 'Society & Culture',
    explicit: shows.some((s) => s.explicit),
    type: subject.kind === 'show' ? (subject.show.showType ?? 'episodic') : 'episodic',
    guid: (subject.kind === 'show' ? subject.show.podcastGuid : subject.guid) ?? podcastGuid(feedUrl),
    license: main?.license || null,
    location: main?.location || null,
    funding: main?.funding?.url ? { url: main.funding.url, label: main.funding.label || 'Soutenir la radio' } : null,
    lastPublished: items[0]?.pubDate ?? null,
    items,
  }
}
