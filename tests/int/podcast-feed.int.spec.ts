import { parseFeed } from 'podcast-partytime'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DELETE_FILE_IN_USE } from '../../cms/uploads/refuseDeletingUsedFile'
import { podcastGuid } from '../../schemas/radio/addresses'
import { slugs } from '../../schemas/slugs'
import { episodeFiles } from '../../site/feeds/episodeFiles'
import { buildPodcastFeed } from '../../site/feeds/podcastFeed'
import { podcastXml } from '../../site/feeds/podcastXml'
import { routeCmsFetch } from '../helpers/cmsOverHttp'
import { mp3File, pngFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'

const SITE = 'https://radio.example.org'
const CMS = 'http://cms.test'
let cms: TestCms
let restore: () => void
let xml: string
let content: (typeof import('../../site/lib/content'))['content']
let showId: number
let audioSize: number
let audioSeconds: number

const transcript = [
  'WEBVTT',
  '',
  '00:00:00.000 --> 00:00:04.000',
  '<v Karim>Bonjour et bienvenue !',
  '',
  '00:00:04.000 --> 00:00:09.000',
  '<v Awa>Merci de m’accueillir.',
  '',
].join('\n')

beforeAll(async () => {
  cms = await startTestCms({ SITE_URL: SITE, CMS_URL: CMS })
  restore = routeCmsFetch(cms.config, CMS)
  content = (await import('../../site/lib/content')).content
  const { payload } = cms
  const cover = await payload.create({
    collection: slugs.media,
    data: { alt: 'Visuel', cooperation: true },
    file: await pngFile('visuel.png', 1400),
  })
  const mp3 = mp3File()
  audioSize = mp3.size
  const audio = await payload.create({ collection: slugs.audio, data: { title: 'Son', cooperation: true }, file: mp3 })
  audioSeconds = Math.round(audio.duration!)
  const lostAudio = await payload.create({
    collection: slugs.audio,
    data: { title: 'Son perdu', cooperation: true },
    file: { ...mp3File(), name: 'perdu.mp3' },
  })
  const project = await payload.create({
    collection: slugs.projects,
    data: {
      title: 'La conserverie',
      slug: 'la-conserverie',
      summary: 'Des bocaux.',
      status: 'active',
      cooperation: true,
      _status: 'published',
    },
  })
  const show = await payload.create({
    collection: slugs.shows,
    data: {
      title: 'Les Ondes',
      slug: 'les-ondes',
      description: 'L’émission des habitant·es.',
      cover: cover.id,
      language: 'fr',
      category: 'Society & Culture',
      owner: { name: 'La Coopé', email: 'radio@example.org' },
      funding: { url: 'https://example.org/soutenir', label: 'Soutenir la radio' },
      cooperation: true,
      _status: 'published',
    },
  })
  showId = show.id
  const episode = (title: string, slug: string, day: number, extra: Record<string, unknown>) =>
    payload.create({
      collection: slugs.episodes,
      data: {
        show: show.id,
        title,
        slug,
        description: `Description de ${title}.`,
        audio: audio.id,
        publishedAt: `2026-11-${String(day).padStart(2, '0')}T10:00:00.000Z`,
        episodeType: 'full',
        season: 1,
        cooperation: true,
        _status: 'published',
        ...extra,
      },
    })
  await episode('La cuisine partagée', 'la-cuisine', 2, {
    number: 1,
    transcript,
    chapters: [
      { startTime: 4, title: 'L’invitée' },
      { startTime: 0, title: 'Générique' },
    ],
    people: [
      { name: 'Karim Haddad', role: 'host', consent: true },
      { name: 'Awa Diallo', role: 'guest', consent: false },
    ],
    about: [{ relationTo: slugs.projects, value: project.id }],
  })
  await episode('Le jardin', 'le-jardin', 9, { number: 2 })
  await episode('Sans son', 'sans-son', 12, { audio: lostAudio.id })
  // The sound of this episode is lost afterwards (staff can no longer delete a sound in use, but a
  // database from before that rule, or a withdrawn contribution, can hold such an episode): it can
  // no longer be a feed item.
  await payload.delete({ collection: slugs.audio, id: lostAudio.id, context: { [DELETE_FILE_IN_USE]: true } })
  await payload.create({
    collection: slugs.episodes,
    draft: true,
    data: {
      show: show.id,
      title: 'Brouillon',
      slug: 'brouillon',
      description: 'x',
      audio: audio.id,
      publishedAt: '2026-11-20T10:00:00.000Z',
      episodeType: 'full',
      cooperation: true,
      _status: 'draft',
    },
  })
  const read = await content.show('les-ondes')
  xml = podcastXml(buildPodcastFeed({ kind: 'show', show: read! }, await content.episodes(read!.id), SITE))
})
afterAll(async () => {
  restore()
  await cms.stop()
})

describe('podcast feed of a show', () => {
  it('parses in podcast-partytime with every channel tag Apple, Spotify and Podcasting 2.0 ask for', () => {
    const feed = parseFeed(xml)!
    expect(feed).not.toBeNull()
    expect(feed.title).toBe('Les Ondes')
    expect(feed.description).toContain('L’émission des habitant·es.')
    expect(feed.link).toBe(`${SITE}/radio/les-ondes`)
    expect(feed.language).toBe('fr')
    expect(feed.author).toBe('Radio de la Coopé')
    expect(feed.owner).toEqual({ name: 'La Coopé', email: 'radio@example.org' })
    expect(feed.itunesImage).toMatch(
      new RegExp(`^${SITE}/fichiers/pochettes/visuel-[0-9a-f]{12}\\.png\\.[\\w-]{16}\\.jpg$`),
    )
    expect(feed.itunesCategory).toContain('Society & Culture')
    expect(feed.explicit).toBe(false)
    expect(feed.itunesType).toBe('episodic')
    expect(feed.copyright).toMatch(/^© 2026 La Coopé$/)
    expect(feed.pubsub?.self).toBe(`${SITE}/radio/les-ondes/feed.xml`)
    expect(feed.guid).toBe(podcastGuid(`${SITE}/radio/les-ondes/feed.xml`))
    expect(feed.locked).toBe(true)
    expect(feed.podcastOwner).toBe('radio@example.org')
    expect(feed.podcastFunding?.[0]).toMatchObject({
      url: 'https://example.org/soutenir',
      message: 'Soutenir la radio',
    })
    expect(feed.podcastLocation?.name).toBe('Valmont-sur-Loire')
    expect(feed.license).toEqual({ identifier: 'cc-by-nc-sa-4.0', url: expect.stringContaining('CC-BY-NC-SA-4.0') })
    expect(feed.medium).toBe('podcast')
    expect(xml).toContain('<itunes:explicit>false</itunes:explicit>')
    expect(xml).toContain('xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"')
  })

  it('lists published episodes with a sound only, newest first, each with every item tag', () => {
    const feed = parseFeed(xml)!
    expect(feed.items.map((i) => i.title)).toEqual(['Le jardin', 'La cuisine partagée'])
    const [, first] = feed.items
    expect(first!.enclosure).toEqual({
      url: expect.stringMatching(new RegExp(`^${SITE}/fichiers/audio/episode-[0-9a-f]{12}\\.mp3$`)),
      length: audioSize,
      type: 'audio/mpeg',
    })
    expect(first!.guid).toMatch(/^urn:uuid:/)
    expect(first!.pubDate?.toISOString()).toBe('2026-11-02T10:00:00.000Z')
    expect(first!.duration).toBe(audioSeconds)
    expect(first!.itunesEpisode).toBe(1)
    expect(first!.itunesSeason).toBe(1)
    expect(first!.itunesEpisodeType).toBe('full')
    expect(first!.link).toBe(`${SITE}/radio/les-ondes/la-cuisine`)
    expect(first!.podcastSeason?.number).toBe(1)
    expect(first!.podcastEpisode?.number).toBe(1)
    expect(first!.podcastTranscripts).toEqual([
      expect.objectContaining({
        url: `${SITE}/radio/les-ondes/la-cuisine/transcription.vtt`,
        type: 'text/vtt',
        rel: 'captions',
      }),
      expect.objectContaining({ url: `${SITE}/radio/les-ondes/la-cuisine/transcription.txt`, type: 'text/plain' }),
    ])
    expect(first!.podcastChapters).toEqual({
      url: `${SITE}/radio/les-ondes/la-cuisine/chapitres.json`,
      type: 'application/json+chapters',
    })
    // partytime capitalises the taxonomy's words; the feed writes them lowercase, as the taxonomy does.
    expect(xml).toContain('<podcast:person role="host" group="cast">Karim Haddad</podcast:person>')
    expect(first!.podcastPeople).toEqual([expect.objectContaining({ name: 'Karim Haddad', role: 'Host' })])
    expect(xml).not.toContain('Awa Diallo')
    expect(first!.description).toContain(`<a href="${SITE}/projets/la-conserverie">Projet\u00a0: La conserverie</a>`)
  })

  it('parses in rss-parser as a valid RSS 2.0 document', async () => {
    const feed = await new Parser().parseString(xml)
    expect(feed.title).toBe('Les Ondes')
    expect(feed.items).toHaveLength(2)
    expect(feed.items.every((item) => item.enclosure?.url && Number(item.enclosure.length) > 0)).toBe(true)
    expect(new Set(feed.items.map((item) => item.enclosure!.url)).size).toBeLessThanOrEqual(2)
  })

  it('gives anonymous readers of the CMS only the people who agreed to be named, staff everyone', async () => {
    const [read] = (await content.episodes(showId)).filter((e) => e.slug === 'la-cuisine')
    expect(read!.people).toEqual([expect.objectContaining({ name: 'Karim Haddad' })])
    expect(read!.transcript).toContain('<v Intervenant·e>Merci')
    expect(JSON.stringify(read)).not.toContain('Awa')
    const { docs } = await cms.payload.find({ collection: slugs.episodes, where: { slug: { equals: 'la-cuisine' } } })
    expect(docs[0]!.people?.map((person) => person.name)).toEqual(['Karim Haddad', 'Awa Diallo'])
    expect(docs[0]!.transcript).toContain('<v Awa>')
  })

  it('serves the transcript as WebVTT and plain text, and chapters as JSON chapters', async () => {
    const [episode] = (await content.episodes(showId)).filter((e) => e.slug === 'la-cuisine')
    // Awa Diallo did not agree to be named: her voice is « Intervenant·e » wherever the public reads it.
    expect(episodeFiles.vtt(episode!)).toBe(transcript.replace('<v Awa>', '<v Intervenant·e>'))
    expect(episodeFiles.text(episode!)).toBe(
      'Karim\u00a0: Bonjour et bienvenue !\n\nIntervenant·e\u00a0: Merci de m’accueillir.\n',
    )
    expect(JSON.parse(episodeFiles.chapters(episode!)!)).toEqual({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Générique', endTime: 4 },
        { startTime: 4, title: 'L’invitée' },
      ],
    })
  })

  it('finds the episodes about a project, the other way round', async () => {
    const project = await cms.payload.find({
      collection: slugs.projects,
      where: { slug: { equals: 'la-conserverie' } },
    })
    const about = await content.episodesAbout('projects', project.docs[0]!.id, 10)
    expect(about.episodes.map((e) => e.slug)).toEqual(['la-cuisine'])
    expect(about.total).toBe(1)
  })
})

describe('podcast feed of all shows', () => {
  it('keeps the podcast:guid it was given once, whatever a save sends and wherever the site moves', async () => {
    const { assignRadioPodcastGuid } = await import('../../cms/globals/hooks/radioPodcastGuid')
    const { globalSlugs } = await import('../../schemas/slugs')
    const given = podcastGuid(`${SITE}/radio/feed.xml`)
    expect((await content.frame()).settings.radioPodcastGuid ?? null).toBeNull()
    await assignRadioPodcastGuid(cms.payload)
    await assignRadioPodcastGuid(cms.payload)
    await cms.payload.updateGlobal({ slug: globalSlugs.settings, data: { radioPodcastGuid: 'autre' } })
    const { settings } = await content.frame()
    expect(settings.radioPodcastGuid).toBe(given)
    const moved = 'https://nouvelle-adresse.example.org'
    const shows = await content.shows()
    const subject = { kind: 'all' as const, shows, title: 'La radio', description: 'Tout.' }
    const episodes = await content.newestEpisodes(10)
    expect(buildPodcastFeed({ ...subject, guid: settings.radioPodcastGuid! }, episodes, moved).guid).toBe(given)
    expect(buildPodcastFeed({ ...subject, guid: null }, episodes, moved).guid).not.toBe(given)
  })
})
