import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parisTime } from '../../schemas/recurrence'
import { searchable, type SearchableCollection } from '../../schemas/content/search'
import { slugs } from '../../schemas/slugs'
import { agendaBetween, involvesHouse } from '../../site/lib/agenda'
import { buildSearchCorpus, SEARCHED_COLLECTIONS, type SearchSources } from '../../site/lib/search/records'
import { typeset } from '../../site/lib/typeset'
import { type CmsHttp, serveCmsReads } from '../helpers/cmsHttp'
import { acceptedWithKey } from '../helpers/contributions'
import { mp3File } from '../helpers/files'
import { eventData } from '../helpers/events'
import { startTestCms, type TestCms } from '../helpers/payload'
import { createShow } from '../helpers/shows'
import { createActors } from '../helpers/staff'

// The site's reads ask the CMS for what a page shows, not for everything to sort out on the site:
// a house's events and projects, the projects under way, the index's fields.
let cms: TestCms
let http: CmsHttp
let houseA: { id: number }
let houseB: { id: number }
const FROM = parisTime('2027-02-01', '00:00')
const TO = parisTime('2027-03-01', '00:00')

const content = async () => (await import('../../site/lib/content')).content

beforeAll(async () => {
  cms = await startTestCms()
  http = await serveCmsReads(cms.config)
  process.env.CMS_URL = http.origin
  ;({ houseA, houseB } = await createActors(cms.payload))
  const event = (title: string, extra: Parameters<typeof eventData>[1]) =>
    cms.payload.create({
      collection: slugs.events,
      data: {
        ...eventData(title, { start: parisTime('2027-02-10', '18:00').toISOString(), ...extra }),
        _status: 'published',
      },
      context: { skipInvalidation: true },
    })
  await event('Organisé par A', { houses: [houseA.id] })
  await event('Chez A, organisé par B', { houses: [houseB.id], venue: { kind: 'house', house: houseA.id } })
  await event('De toute la Coopé', { cooperation: true })
  await event('Organisé par B', { houses: [houseB.id] })
  const project = (title: string, status: string, extra: Record<string, unknown>) =>
    cms.payload.create({
      collection: slugs.projects,
      data: { title, slug: '', summary: 'Un projet de test.', status, _status: 'published', ...extra } as never,
      context: { skipInvalidation: true },
    })
  await project('Jardin de A', 'active', { houses: [houseA.id] })
  await project('Chorale de B', 'active', { houses: [houseB.id] })
  await project('Fête commune', 'completed', { cooperation: true })
  await project('Atelier vélo', 'idea', { houses: [houseA.id, houseB.id] })
})

afterAll(async () => {
  await http?.close()
  await cms?.stop()
})

describe('reads bounded by what a page shows', () => {
  it("reads only the events a house takes part in, as the agenda's house filter tells them", async () => {
    const all = await (await content()).eventsBetween(FROM, TO)
    const ofA = await (await content()).eventsBetween(FROM, TO, houseA.id)
    expect(ofA.map((e) => e.title).sort()).toEqual(['Chez A, organisé par B', 'De toute la Coopé', 'Organisé par A'])
    expect(ofA.map((e) => e.id)).toEqual(all.filter((e) => involvesHouse(e, houseA.id)).map((e) => e.id))
    expect(agendaBetween(ofA, FROM, TO)).toHaveLength(3)
  })

  it("reads a house's unfinished projects (its own and the cooperation's), the projects under way and a page of completed ones", async () => {
    const reads = await content()
    expect((await reads.houseProjects(houseA.id)).map((p) => p.title)).toEqual(['Atelier vélo', 'Jardin de A'])
    expect((await reads.unfinishedProjects()).map((p) => p.title)).toEqual([
      'Atelier vélo',
      'Chorale de B',
      'Jardin de A',
    ])
    const completed = await reads.completedProjectsPage(1, 24)
    expect(completed.docs.map((p) => p.title)).toEqual(['Fête commune'])
    expect(completed.totalPages).toBe(1)
    expect((await reads.runningProjects(4)).map((p) => p.title)).toEqual(['Chorale de B', 'Jardin de A'])
    expect(await reads.runningProjects(1)).toHaveLength(1)
  })

  it('reads the published contributions a page at a time, newest first', async () => {
    for (const title of ['Mot du lundi', 'Mot du mardi', 'Mot du mercredi']) {
      const { contribution } = await acceptedWithKey(cms.payload, houseA.id, 'text', { title })
      await cms.payload.update({
        collection: slugs.contributions,
        id: contribution.id,
        data: { status: 'published' },
        context: { skipInvalidation: true },
      })
    }
    const reads = await content()
    const first = await reads.publishedContributionsPage(1, 2)
    expect(first.docs.map((c) => c.title)).toEqual(['Mot du mercredi', 'Mot du mardi'])
    expect([first.totalDocs, first.totalPages]).toEqual([3, 2])
    expect((await reads.publishedContributionsPage(2, 2)).docs.map((c) => c.title)).toEqual(['Mot du lundi'])
  })

  it('reads the newest episodes about a project, and how many there are, not all of them', async () => {
    const { payload } = cms
    const audio = await payload.create({
      collection: slugs.audio,
      data: { title: 'Son', houses: [houseA.id] },
      file: mp3File(),
    })
    const show = await createShow(payload, [houseA.id], 'le-journal-du-jardin')
    const garden = await payload.find({ collection: slugs.projects, where: { title: { equals: 'Jardin de A' } } })
    const projectId = garden.docs[0]!.id
    for (let day = 1; day <= 12; day += 1)
      await payload.create({
        collection: slugs.episodes,
        data: {
          show,
          title: `Au jardin, jour ${day}`,
          slug: `au-jardin-jour-${day}`,
          description: 'Une visite du jardin.',
          audio: audio.id,
          publishedAt: new Date(Date.UTC(2026, 10, day, 10)).toISOString(),
          episodeType: 'full',
          about: [{ relationTo: slugs.projects, value: projectId }],
          houses: [houseA.id],
          _status: 'published',
        } as never,
        context: { skipInvalidation: true },
      })
    const { episodes, total } = await (await content()).episodesAbout('projects', projectId, 10)
    expect(total).toBe(12)
    expect(episodes.map((e) => e.title)).toEqual(Array.from({ length: 10 }, (_, i) => `Au jardin, jour ${12 - i}`))
  })

  it('builds the search index from only the fields it shows, into the same records as a full read', async () => {
    const { searchPage } = await content()
    const narrow: Record<string, unknown[]> = {}
    const full: Record<string, unknown[]> = {}
    for (const collection of SEARCHED_COLLECTIONS) {
      narrow[collection] = (await searchPage(collection, 1)).docs
      const url = new URL(`/api/${collection}?sort=id&limit=100&depth=1`, http.origin)
      const docs = ((await (await fetch(url)).json()) as { docs: unknown[] }).docs
      full[collection] = typeset(searchable[collection as SearchableCollection].array().parse(docs))
    }
    const builtAt = new Date()
    const records = buildSearchCorpus(narrow as SearchSources, builtAt)
    expect(records.records.map((r) => r.title)).toContain('Chez A, organisé par B')
    expect(records).toEqual(buildSearchCorpus(full as SearchSources, builtAt))
  })
})
