import { Episode, Show } from '../../../schemas/content/radio'
import { buildPodcastFeed } from '../../../site/feeds/podcastFeed'
import { podcastXml } from '../../../site/feeds/podcastXml'
import { ms, percentile } from '../stats'

const origin = 'https://la-coope.example.org'

const show = Show.parse({
  id: 1,
  title: 'Les Ondes de la Coopé',
  slug: 'les-ondes-de-la-coope',
  description: 'L’émission des habitant·es. '.repeat(20),
  cover: { id: 1, alt: 'Visuel', url: '/fichiers/media/visuel-0123456789ab.jpg', width: 2560, height: 2560 },
  language: 'fr',
  category: 'Society & Culture',
  owner: { name: 'La Coopé', email: 'radio@example.org' },
  author: 'Radio de la Coopé',
  explicit: false,
  podcastGuid: '917393e3-1b1e-5cef-ace4-edaa54e1f810',
  createdAt: '2016-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
})
const cues = Array.from({ length: 40 }, (_, i) => {
  const t = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`
  return `${t(i * 10)} --> ${t(i * 10 + 10)}\n<v Karim>Une phrase de la transcription numéro ${i}.`
})
const episodesOf = (count: number) =>
  Array.from({ length: count }, (_, i) =>
    Episode.parse({
      id: i + 1,
      title: `Épisode ${i + 1}`,
      slug: `episode-${i + 1}`,
      description: 'Un reportage dans les quartiers, avec les habitant·es. '.repeat(8),
      show: { id: 1, title: show.title, slug: show.slug },
      audio: {
        id: i + 1,
        url: `/fichiers/audio/episode-${String(i).padStart(12, '0')}.mp3`,
        filesize: 20_000_000 + i,
        mimeType: 'audio/mpeg',
        duration: 1800,
      },
      season: Math.floor(i / 50) + 1,
      number: (i % 50) + 1,
      episodeType: 'full',
      publishedAt: new Date(Date.UTC(2016, 0, 1) + i * 7 * 86_400_000).toISOString(),
      updatedAt: '2026-01-01T00:00:00.000Z',
      transcript: `WEBVTT\n\n${cues.join('\n\n')}\n`,
      chapters: [
        { startTime: 0, title: 'Générique' },
        { startTime: 60, title: 'Reportage' },
      ],
      people: [{ name: 'Karim Haddad', role: 'host', consent: true }],
      about: [],
      guid: `urn:uuid:00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    }),
  )

/**
 * The cost of building and writing a podcast feed of `count` episodes from validated content
 * (`buildPodcastFeed` + `podcastXml`): the work a feed request does on a route-cache miss besides
 * reading the CMS. A line with p50/p95 over `rounds` and the feed's size.
 */
export function measureFeedBuild(count: number, rounds: number): string {
  const episodes = episodesOf(count)
  const times: number[] = []
  let size = 0
  for (let round = 0; round < rounds; round++) {
    const started = performance.now()
    size = Buffer.byteLength(podcastXml(buildPodcastFeed({ kind: 'show', show }, episodes, origin)))
    times.push(performance.now() - started)
  }
  return `Podcast feed of ${count} episodes, built and written ${rounds} times in process: p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))}, ${(size / 1024).toFixed(0)} KiB.`
}
