import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { createEvent, eventData } from '../helpers/events'
import { pngFile } from '../helpers/files'
import type { TestCms } from '../helpers/payload'
import { restAs, type Rest, type RestResponse } from '../helpers/rest'
import { type Actors, startCmsWithActors } from '../helpers/staff'

/** Shared content keeps its owners: editors add houses, but only admins take owners away. */
let cms: TestCms
let rest: Rest
let actors: Actors
let houseA: number
let houseB: number
let houseC: number
let n = 0

const event = (ownership: { houses: number[]; cooperation?: boolean }) =>
  createEvent(cms.payload, eventData(`Sortie ${++n}`, ownership), 'published')
const stored = (id: number) => cms.payload.findByID({ collection: slugs.events, id, depth: 0, disableErrors: true })
const codeOf = (response: RestResponse) =>
  (response.body.errors as { data?: { code?: string } }[] | undefined)?.[0]?.data?.code

beforeAll(async () => {
  ;({ cms, actors, houseA, houseB } = await startCmsWithActors())
  houseC = (
    await cms.payload.create({
      collection: slugs.houses,
      data: { name: 'Maison C', slug: 'maison-c', summary: 'Maison de test.', _status: 'published' },
    })
  ).id
  rest = await restAs(cms.payload, cms.config, actors)
})
afterAll(() => cms.stop())

describe('changing owners', () => {
  it('refuses an editor making a cooperation event their house’s alone', async () => {
    const shared = await event({ houses: [houseA], cooperation: true })
    const response = await rest('editorA', 'PATCH', `${slugs.events}/${shared.id}`, {
      cooperation: false,
      houses: [houseA],
    })
    expect(response.status).toBe(403)
    expect(codeOf(response)).toBe('ownership.cooperation-removed')
    expect((await stored(shared.id))?.cooperation).toBe(true)
  })

  it('refuses an editor removing another house, by id or by `where`', async () => {
    const joint = await event({ houses: [houseA, houseB] })
    const byId = await rest('editorA', 'PATCH', `${slugs.events}/${joint.id}`, { houses: [houseA] })
    expect(byId.status).toBe(403)
    expect(codeOf(byId)).toBe('ownership.house-removed')
    await rest('editorA', 'PATCH', `${slugs.events}?where[id][equals]=${joint.id}`, { houses: [houseA] })
    expect((await stored(joint.id))?.houses).toEqual([houseA, houseB])
  })

  it('refuses restoring a version that had fewer owners', async () => {
    const joint = await event({ houses: [houseA, houseB] })
    await cms.payload.update({ collection: slugs.events, id: joint.id, data: { cooperation: true } })
    const [first] = (
      await cms.payload.findVersions({
        collection: slugs.events,
        where: { parent: { equals: joint.id } },
        sort: 'createdAt',
      })
    ).docs
    const restore = await rest('editorA', 'POST', `${slugs.events}/versions/${first!.id}`)
    expect(restore.status).toBe(403)
    expect((await stored(joint.id))?.cooperation).toBe(true)
  })

  it('lets an editor add another house to their event', async () => {
    const own = await event({ houses: [houseA] })
    expect((await rest('editorA', 'PATCH', `${slugs.events}/${own.id}`, { houses: [houseA, houseB] })).status).toBe(200)
    expect((await stored(own.id))?.houses).toEqual([houseA, houseB])
  })

  it('lets an editor of two houses take one of their own houses off a joint event', async () => {
    const joint = await event({ houses: [houseA, houseB, houseC] })
    await cms.payload.update({
      collection: slugs.events,
      id: joint.id,
      data: { houses: [houseB, houseC] },
      user: { ...actors.editorA!, houses: [houseA, houseC] },
      overrideAccess: false,
    })
    expect((await stored(joint.id))?.houses).toEqual([houseB, houseC])
  })

  it('lets an admin change any owner', async () => {
    const shared = await event({ houses: [houseA, houseB], cooperation: true })
    const response = await rest('admin', 'PATCH', `${slugs.events}/${shared.id}`, {
      houses: [houseC],
      cooperation: false,
    })
    expect(response.status).toBe(200)
  })
})

describe('deleting shared content', () => {
  it('keeps a joint event of the three houses from an editor’s delete by `where`', async () => {
    const joint = await event({ houses: [houseA, houseB, houseC], cooperation: true })
    await rest('editorA', 'DELETE', `${slugs.events}?where[houses][in]=${houseB}`)
    expect(await stored(joint.id)).not.toBeNull()
  })

  it('refuses an editor deleting content shared with the cooperation or another house, with a code', async () => {
    for (const ownership of [{ houses: [houseA], cooperation: true }, { houses: [houseA, houseB] }]) {
      const shared = await event(ownership)
      const response = await rest('editorA', 'DELETE', `${slugs.events}/${shared.id}`)
      expect(response.status).toBe(403)
      expect(codeOf(response)).toBe('ownership.shared-delete')
      expect(await stored(shared.id)).not.toBeNull()
    }
  })

  it('lets an editor delete what their houses alone own, and an admin delete shared content', async () => {
    const own = await event({ houses: [houseA] })
    expect((await rest('editorA', 'DELETE', `${slugs.events}/${own.id}`)).status).toBe(200)
    const shared = await event({ houses: [houseA, houseB], cooperation: true })
    expect((await rest('admin', 'DELETE', `${slugs.events}/${shared.id}`)).status).toBe(200)
  })
})

describe('duplicating', () => {
  it('gives an editor’s copy of another house’s event to the editor’s house', async () => {
    const ofB = await event({ houses: [houseB] })
    const copy = await rest('editorA', 'POST', `${slugs.events}/${ofB.id}/duplicate?depth=0`)
    expect(copy.status).toBe(200)
    expect(copy.body.doc).toMatchObject({ houses: [houseA], cooperation: false })
    expect((await stored(ofB.id))?.houses).toEqual([houseB])
  })

  it('gives the copy an address of its own, made from its title, and none of the original’s former ones', async () => {
    const original = await event({ houses: [houseA] })
    const renamed = await rest('admin', 'PATCH', `${slugs.events}/${original.id}?depth=0`, { slug: 'nouvelle-adresse' })
    expect(renamed.status).toBe(200)
    const copy = await rest('editorA', 'POST', `${slugs.events}/${original.id}/duplicate?depth=0`)
    expect(copy.status).toBe(200)
    const doc = copy.body.doc as { id: number; slug: string; previousSlugs?: string[]; title: string }
    expect(doc.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    expect(doc.slug).not.toBe('nouvelle-adresse')
    expect(doc.previousSlugs ?? []).toEqual([])
    const published = await rest('editorA', 'PATCH', `${slugs.events}/${doc.id}?depth=0`, { _status: 'published' })
    expect(published.status, JSON.stringify(published.body)).toBe(200)
  })

  it('gives an editor’s copy of another house’s image to the editor’s house', async () => {
    const image = await cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Logo de B', houses: [houseB] },
      file: await pngFile(),
    })
    const copy = await rest('editorA', 'POST', `${slugs.media}/${image.id}/duplicate?depth=0`)
    expect(copy.status).toBe(200)
    expect(copy.body.doc).toMatchObject({ houses: [houseA], cooperation: false })
  })
})
