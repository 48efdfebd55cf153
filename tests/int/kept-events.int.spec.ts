import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { parisTime } from '../../schemas/recurrence'
import { slugs } from '../../schemas/slugs'
import { type CmsHttp, serveCmsReads } from '../helpers/cmsHttp'
import { eventData } from '../helpers/events'
import { startTestCms, type TestCms } from '../helpers/payload'
import { createActors } from '../helpers/staff'

// The agenda's events are kept between renders by the version they were read at: a listing read
// again after a change reads in full only what changed, and never shows an outdated event.
let cms: TestCms
let http: CmsHttp
const reads: string[] = []
let house: { id: number }
const FROM = parisTime('2027-02-01', '00:00')
const TO = parisTime('2027-03-01', '00:00')

const site = async () => await import('../../site/lib/content')
const titles = async () => (await (await site()).content.eventsBetween(FROM, TO)).map((event) => event.title)
/** The reads of whole events (by id) since the last `beforeEach`, as the ids each asked for. */
const fullReads = () => reads.flatMap((read) => /\[id\]\[in\]=([\w,]+)/.exec(read)?.[1] ?? [])
/** The reads of the whole listing at once (its events' fields, not by id, not their versions only). */
const listingReads = () => reads.filter((read) => read.includes('select[title]=true') && !read.includes('[id][in]'))

const publish = (title: string, day: string, extra: Parameters<typeof eventData>[1] = {}) =>
  cms.payload.create({
    collection: slugs.events,
    data: { ...eventData(title, { start: parisTime(day, '18:00').toISOString(), ...extra }), _status: 'published' },
    context: { skipInvalidation: true },
  })

beforeAll(async () => {
  cms = await startTestCms()
  http = await serveCmsReads(cms.config, reads)
  process.env.CMS_URL = http.origin
  ;({ houseA: house } = await createActors(cms.payload))
  await publish('Atelier couture', '2027-02-03', { houses: [house.id] })
  await publish('Repas partagé', '2027-02-10', { cooperation: true })
  await publish('Conte pour les petits', '2027-02-17', {
    houses: [house.id],
    venue: { kind: 'house', house: house.id },
  })
})

afterAll(async () => {
  await http?.close()
  await cms?.stop()
})

beforeEach(() => {
  reads.length = 0
})

describe('events kept between renders', () => {
  it('are read in full once, in one read of the listing, then only asked for their versions', async () => {
    expect(await titles()).toEqual(['Atelier couture', 'Repas partagé', 'Conte pour les petits'])
    // Nothing kept yet: no versions asked first.
    expect(reads).toHaveLength(1)
    expect(listingReads()).toHaveLength(1)
    reads.length = 0
    const again = await (await site()).content.eventsBetween(FROM, TO)
    expect(again.map((event) => event.title)).toEqual(['Atelier couture', 'Repas partagé', 'Conte pour les petits'])
    expect(reads).toHaveLength(1)
    expect(reads[0]).toContain('select[updatedAt]=true')
    expect(fullReads()).toEqual([])
    // Shared by every page that shows them: a page that tried to change one would fail at once.
    expect(() => Object.assign(again[0]!, { title: 'Autre' })).toThrow(TypeError)
  })

  it('read again only the event that changed, in its new place in the order', async () => {
    await titles()
    const [couture] = (
      await cms.payload.find({ collection: slugs.events, where: { title: { equals: 'Atelier couture' } } })
    ).docs
    reads.length = 0
    await cms.payload.update({
      collection: slugs.events,
      id: couture!.id,
      data: { title: 'Atelier couture et tricot', start: parisTime('2027-02-20', '18:00').toISOString() },
      context: { skipInvalidation: true },
    })
    expect(await titles()).toEqual(['Repas partagé', 'Conte pour les petits', 'Atelier couture et tricot'])
    expect(fullReads()).toEqual([String(couture!.id)])
  })

  it('leave out an event no longer public, and show one published since', async () => {
    const [meal] = (await cms.payload.find({ collection: slugs.events, where: { title: { equals: 'Repas partagé' } } }))
      .docs
    await cms.payload.update({
      collection: slugs.events,
      id: meal!.id,
      data: { _status: 'draft' },
      context: { skipInvalidation: true },
    })
    const added = await publish('Bal folk', '2027-02-25', { cooperation: true })
    expect(await titles()).toEqual(['Conte pour les petits', 'Atelier couture et tricot', 'Bal folk'])
    expect(fullReads()).toEqual([String(added.id)])
  })

  it('are dropped when a house they show changes, and the change shows', async () => {
    await titles()
    await cms.payload.update({
      collection: slugs.houses,
      id: house.id,
      data: { name: 'Maison des Tilleuls' },
      context: { skipInvalidation: true },
    })
    const housesOf = async () =>
      (await (await site()).content.eventsBetween(FROM, TO)).flatMap((event) =>
        (event.houses ?? []).map((shown) => (typeof shown === 'object' ? shown.name : shown)),
      )
    // Until the CMS announces the change, the kept events show the house as they read it…
    expect(await housesOf()).not.toContain('Maison des Tilleuls')
    reads.length = 0
    ;(await site()).forgetKeptDocuments([slugs.houses, `${slugs.houses}:${house.id}`])
    // …then every event is read again, in one read of the listing.
    expect(await housesOf()).toContain('Maison des Tilleuls')
    expect(reads).toHaveLength(1)
    expect(listingReads()).toHaveLength(1)
  })

  it('are kept through a change to a collection they do not show', async () => {
    await titles()
    reads.length = 0
    ;(await site()).forgetKeptDocuments([slugs.articles, `${slugs.articles}:1`, 'identity'])
    await titles()
    expect(fullReads()).toEqual([])
  })
})
