import type { APIContext } from 'astro'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { fixedPageHref } from '../../schemas/addresses'
import { type CollectionSlug, slugs } from '../../schemas/slugs'
import { richText } from '../helpers/accessCases'
import { routeCmsFetch } from '../helpers/cmsOverHttp'
import { createEvent, eventData } from '../helpers/events'
import { mp3File, pngFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'

// Staff change the address of published documents; every route of the site that takes that
// address answers the former one with a 301 to the same route at the new one. The endpoints
// (feeds, files) are called as Astro calls them; the pages, which only a build renders, through
// the helpers they call (their wiring is covered by tests/e2e/former-addresses.e2e.spec.ts).

const SITE = 'https://coope.example.org'
const CMS = 'http://cms.test'
let cms: TestCms
let restore: () => void
let redirects: typeof import('../../site/lib/redirects')
let articlePage: typeof import('../../site/lib/articlePage')
let showFeed: typeof import('../../site/pages/radio/[show]/feed.xml')
let chapters: typeof import('../../site/pages/radio/[show]/[episode]/chapitres.json')
let vtt: typeof import('../../site/pages/radio/[show]/[episode]/transcription.vtt')
let eventIcs: typeof import('../../site/pages/agenda/[slug].ics')
let agendaIcs: typeof import('../../site/pages/agenda.ics')
let logos: typeof import('../../site/pages/identite/logos/[file]')
let otherShowId: number

/** Publishes `data` in `collection`, then moves it from its address to `renamed`, as staff would. */
async function publishThenRename(collection: CollectionSlug, data: Record<string, unknown>, renamed: string) {
  const doc = (await cms.payload.create({ collection, data: { ...data, _status: 'published' } as never })) as {
    id: number
  }
  return rename(collection, doc.id, renamed)
}

async function rename(collection: CollectionSlug, id: number, slug: string) {
  const doc = (await cms.payload.update({ collection, id, data: { slug, _status: 'published' } as never })) as {
    id: number
    previousSlugs?: string[] | null
  }
  expect(doc.previousSlugs?.length, collection).toBeGreaterThan(0)
  return doc
}

/** What Astro gives an endpoint for `path` (no route cache here). */
const contextOf = (path: string, params: Record<string, string>) =>
  ({
    params,
    url: new URL(path, SITE),
    cache: { enabled: false },
    rewrite: async () => new Response('404', { status: 404 }),
  }) as unknown as APIContext

const locationOf = (response: Response | null) => {
  expect(response?.status).toBe(301)
  return response!.headers.get('location')
}

beforeAll(async () => {
  cms = await startTestCms({ SITE_URL: SITE, CMS_URL: CMS })
  restore = routeCmsFetch(cms.config, CMS)
  redirects = await import('../../site/lib/redirects')
  articlePage = await import('../../site/lib/articlePage')
  showFeed = await import('../../site/pages/radio/[show]/feed.xml')
  chapters = await import('../../site/pages/radio/[show]/[episode]/chapitres.json')
  vtt = await import('../../site/pages/radio/[show]/[episode]/transcription.vtt')
  eventIcs = await import('../../site/pages/agenda/[slug].ics')
  agendaIcs = await import('../../site/pages/agenda.ics')
  logos = await import('../../site/pages/identite/logos/[file]')
  const { payload } = cms
  const cover = await payload.create({
    collection: slugs.media,
    data: { alt: 'Visuel', cooperation: true },
    file: await pngFile('visuel.png', 1400),
  })
  const audio = await payload.create({
    collection: slugs.audio,
    data: { title: 'Son', cooperation: true },
    file: mp3File(),
  })
  const showData = (title: string, slug: string) => ({
    title,
    slug,
    description: 'Les voix des habitant·es.',
    cover: cover.id,
    language: 'fr' as const,
    category: 'News' as const,
    owner: { name: 'Radio', email: 'radio@example.org' },
    cooperation: true,
  })
  const show = await payload.create({
    collection: slugs.shows,
    data: { ...showData('Le grand magazine', 'le-grand-magazine'), _status: 'published' },
  })
  const other = await payload.create({
    collection: slugs.shows,
    data: { ...showData('Autre émission', 'autre-emission'), _status: 'published' },
  })
  otherShowId = other.id
  await publishThenRename(
    slugs.episodes,
    {
      show: show.id,
      title: 'Premier numéro',
      slug: 'premier-numero',
      description: 'Le premier.',
      audio: audio.id,
      publishedAt: '2026-11-02T10:00:00.000Z',
      episodeType: 'full',
      transcript: 'WEBVTT\n\n00:00:00.000 --> 00:00:04.000\nBonjour !\n',
      chapters: [{ startTime: 0, title: 'Générique' }],
      cooperation: true,
    },
    'numero-un',
  )
  await rename(slugs.shows, show.id, 'magazine-du-soir')
  const event = await createEvent(
    payload,
    eventData('Loto', { slug: 'loto-de-printemps', cooperation: true }),
    'published',
  )
  await rename(slugs.events, event.id, 'loto-d-hiver')
  await publishThenRename(
    slugs.projects,
    { title: 'La conserverie', slug: 'la-conserverie', summary: 'Des bocaux.', status: 'active', cooperation: true },
    'conserverie-partagee',
  )
  await publishThenRename(
    slugs.houses,
    { name: 'Maison du Parc', slug: 'maison-du-parc', summary: 'Au parc.' },
    'le-parc',
  )
  await publishThenRename(slugs.themes, { name: 'Mobilité', slug: 'mobilite' }, 'se-deplacer')
  await publishThenRename(
    slugs.pages,
    { title: 'Mentions légales', slug: 'mentions-legales', body: richText('Éditeur'), cooperation: true },
    'mentions',
  )
  await publishThenRename(
    slugs.pages,
    { title: 'Charte', slug: 'charte', body: richText('La charte'), cooperation: true },
    'charte-des-habitants',
  )
  const issue = await payload.create({
    collection: slugs.journalIssues,
    data: { number: 3, title: 'Printemps', date: '2026-11-01T10:00:00.000Z', cooperation: true, _status: 'published' },
  })
  await publishThenRename(
    slugs.articles,
    {
      title: 'Les bocaux',
      slug: 'les-bocaux',
      summary: 'Chapô.',
      body: richText('Texte'),
      easyRead: richText('Facile'),
      publishedAt: '2026-11-10T10:00:00.000Z',
      issue: issue.id,
      cooperation: true,
    },
    'bocaux-d-hiver',
  )
})
afterAll(async () => {
  restore?.()
  await cms?.stop()
})

describe('a renamed show keeps its subscribers', () => {
  it('answers its former feed address with a 301 to the new feed, query string kept', async () => {
    const moved = await showFeed.GET(
      contextOf('/radio/le-grand-magazine/feed.xml?format=rss', { show: 'le-grand-magazine' }),
    )
    expect(locationOf(moved)).toBe('/radio/magazine-du-soir/feed.xml?format=rss')
    const feed = await showFeed.GET(contextOf('/radio/magazine-du-soir/feed.xml', { show: 'magazine-du-soir' }))
    expect(feed.status).toBe(200)
    expect(await feed.text()).toContain('Premier numéro')
  })

  it('still answers 404 for a feed address no show ever had', async () => {
    const response = await showFeed.GET(contextOf('/radio/jamais-vue/feed.xml', { show: 'jamais-vue' }))
    expect(response.status).toBe(404)
  })

  it('sends the former show page on to the new one', async () => {
    const moved = await redirects.redirectFromFormerRadioAddress(
      new URL('/radio/le-grand-magazine', SITE),
      null,
      'le-grand-magazine',
    )
    expect(locationOf(moved)).toBe('/radio/magazine-du-soir')
  })
})

describe('a renamed episode, or an episode of a renamed show', () => {
  it('sends its page on under the show’s former address, keeping the episode', async () => {
    const moved = await redirects.redirectFromFormerRadioAddress(
      new URL('/radio/le-grand-magazine/numero-un', SITE),
      null,
      'le-grand-magazine',
      'numero-un',
    )
    expect(locationOf(moved)).toBe('/radio/magazine-du-soir/numero-un')
  })

  it('sends its files on under its own former address and its show’s', async () => {
    const byEpisode = await vtt.GET(
      contextOf('/radio/magazine-du-soir/premier-numero/transcription.vtt', {
        show: 'magazine-du-soir',
        episode: 'premier-numero',
      }),
    )
    expect(locationOf(byEpisode)).toBe('/radio/magazine-du-soir/numero-un/transcription.vtt')
    const byShow = await chapters.GET(
      contextOf('/radio/le-grand-magazine/numero-un/chapitres.json', {
        show: 'le-grand-magazine',
        episode: 'numero-un',
      }),
    )
    expect(locationOf(byShow)).toBe('/radio/magazine-du-soir/numero-un/chapitres.json')
    const current = await chapters.GET(
      contextOf('/radio/magazine-du-soir/numero-un/chapitres.json', { show: 'magazine-du-soir', episode: 'numero-un' }),
    )
    expect(current.status).toBe(200)
  })

  it('does not send an episode’s former address on from another show', async () => {
    const response = await vtt.GET(
      contextOf('/radio/autre-emission/premier-numero/transcription.vtt', {
        show: 'autre-emission',
        episode: 'premier-numero',
      }),
    )
    expect(response.status).toBe(404)
    const page = await redirects.redirectFromFormerRadioAddress(
      new URL('/radio/autre-emission/premier-numero', SITE),
      { id: otherShowId },
      'autre-emission',
      'premier-numero',
    )
    expect(page).toBeNull()
  })
})

describe('a renamed event', () => {
  it('sends its iCalendar file on to the new one', async () => {
    const moved = await eventIcs.GET(contextOf('/agenda/loto-de-printemps.ics', { slug: 'loto-de-printemps' }))
    expect(locationOf(moved)).toBe('/agenda/loto-d-hiver.ics')
    const unknown = await eventIcs.GET(contextOf('/agenda/jamais-vu.ics', { slug: 'jamais-vu' }))
    expect(unknown.status).toBe(404)
  })

  it('sends its page on to the new one', async () => {
    const url = new URL('/agenda/loto-de-printemps?date=2027-01-20', SITE)
    const moved = await redirects.redirectFromFormerAddress(url, slugs.events, 'loto-de-printemps', 2)
    expect(locationOf(moved)).toBe('/agenda/loto-d-hiver?date=2027-01-20')
  })
})

describe('renamed projects, houses and fixed pages', () => {
  it('send their pages on to the new address', async () => {
    const project = await redirects.redirectFromFormerAddress(
      new URL('/projets/la-conserverie', SITE),
      slugs.projects,
      'la-conserverie',
      2,
    )
    expect(locationOf(project)).toBe('/projets/conserverie-partagee')
    const house = await redirects.redirectFromFormerAddress(
      new URL('/maisons/maison-du-parc', SITE),
      slugs.houses,
      'maison-du-parc',
      2,
    )
    expect(locationOf(house)).toBe('/maisons/le-parc')
    const legal = await redirects.redirectFromFormerAddress(
      new URL('/mentions-legales', SITE),
      slugs.pages,
      'mentions-legales',
      fixedPageHref,
    )
    expect(locationOf(legal)).toBe('/pages/mentions')
    const page = await redirects.redirectFromFormerAddress(
      new URL('/pages/charte', SITE),
      slugs.pages,
      'charte',
      fixedPageHref,
    )
    expect(locationOf(page)).toBe('/pages/charte-des-habitants')
  })

  it('send a house’s logos on, in the same variant and format', async () => {
    const chrome = { identity: { palette: {} }, settings: {}, houses: [{ slug: 'le-parc', name: 'Maison du Parc' }] }
    const logo = (file: string) => {
      const context = contextOf(`/identite/logos/${file}`, { file })
      return logos.GET(Object.assign(context, { locals: { chrome } }))
    }
    expect(locationOf(await logo('maison-du-parc-clair.png'))).toBe('/identite/logos/le-parc-clair.png')
    expect(locationOf(await logo('maison-du-parc.svg'))).toBe('/identite/logos/le-parc.svg')
    expect((await logo('inconnue.svg')).status).toBe(404)
  })

  it('leave an address nothing ever had to the 404 page', async () => {
    const url = new URL('/projets/inconnu', SITE)
    expect(await redirects.redirectFromFormerAddress(url, slugs.projects, 'inconnu', 2)).toBeNull()
  })
})

describe('the agenda filtered by a renamed house or theme', () => {
  const houses = [{ slug: 'le-parc' }]

  it('sends a calendar subscription on to the new filter values, the other filters kept', async () => {
    const context = contextOf('/agenda.ics?maison=maison-du-parc&theme=mobilite&gratuit=1', {})
    Object.assign(context, { locals: { chrome: { houses } } })
    expect(locationOf(await agendaIcs.GET(context))).toBe('/agenda.ics?maison=le-parc&theme=se-deplacer&gratuit=1')
  })

  it('sends the agenda page on, and leaves values nothing ever had to the page’s own handling', async () => {
    const themes = [{ slug: 'se-deplacer' }]
    const moved = await redirects.redirectFromFormerFilterValues(
      new URL('/agenda/widget?maison=maison-du-parc', SITE),
      { houses, themes },
    )
    expect(locationOf(moved)).toBe('/agenda/widget?maison=le-parc')
    const unknown = new URL('/agenda?maison=inconnue&theme=se-deplacer', SITE)
    expect(await redirects.redirectFromFormerFilterValues(unknown, { houses, themes })).toBeNull()
  })
})

describe('a renamed journal article', () => {
  const astroFor = (path: string, article: string) => ({
    params: { numero: '3', article },
    url: new URL(path, SITE),
    cache: { enabled: false } as never,
  })

  it('sends its page and its easy-read version on to the new address, query string kept', async () => {
    expect(await articlePage.resolveArticle(astroFor('/journal/3/les-bocaux?ref=rss', 'les-bocaux'))).toEqual({
      redirect: '/journal/3/bocaux-d-hiver?ref=rss',
    })
    expect(
      await articlePage.resolveArticle(astroFor('/journal/3/les-bocaux/facile-a-lire', 'les-bocaux'), '/facile-a-lire'),
    ).toEqual({ redirect: '/journal/3/bocaux-d-hiver/facile-a-lire' })
  })

  it('is found at its new address', async () => {
    const found = await articlePage.resolveArticle(astroFor('/journal/3/bocaux-d-hiver', 'bocaux-d-hiver'))
    expect('article' in found && found.article.slug).toBe('bocaux-d-hiver')
  })
})
