import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type Actors, allowed, createActors } from '../helpers/staff'

let cms: TestCms
let actors: Actors
let houseA: number
let houseB: number
let n = 0
const unique = (prefix: string) => `${prefix}-${++n}`

beforeAll(async () => {
  cms = await startTestCms()
  const created = await createActors(cms.payload)
  actors = created.actors
  houseA = created.houseA.id
  houseB = created.houseB.id
})
afterAll(() => cms.stop())

describe('ownership rules', () => {
  const event = (ownership: Record<string, unknown>) =>
    cms.payload.create({
      collection: slugs.events,
      data: { title: unique('Commun'), start: '2027-02-01T10:00:00.000Z', _status: 'published', ...ownership } as never,
    })

  it('gives new content without owners to the editor’s own houses, and refuses it from others', async () => {
    const data = { title: unique('Sans maison'), start: '2027-02-01T10:00:00.000Z', status: 'scheduled' }
    const created = await cms.payload.create({
      collection: slugs.events,
      data: data as never,
      user: actors.editorA,
      overrideAccess: false,
    })
    expect(created.houses?.map((house) => (typeof house === 'object' ? house.id : house))).toEqual([houseA])
    const moderator = await allowed(() =>
      cms.payload.create({
        collection: slugs.events,
        data: data as never,
        user: actors.moderator,
        overrideAccess: false,
      }),
    )
    expect(moderator).toBe(false)
  })

  it.each([
    ['what the cooperation owns', { cooperation: true, houses: [] as number[] }],
    ['an event their house shares with another house', { houses: [] as number[] }],
  ])('lets an editor change %s', async (_, ownership) => {
    const shared = await event({ ...ownership, houses: [houseA, houseB] })
    const ok = await allowed(() =>
      cms.payload.update({
        collection: slugs.events,
        id: shared.id,
        data: { summary: 'x' },
        user: actors.editorB,
        overrideAccess: false,
      }),
    )
    expect(ok).toBe(true)
  })

  it('refuses an editor handing their event over to a house that is not theirs', async () => {
    const own = await event({ houses: [houseA] })
    const ok = await allowed(() =>
      cms.payload.update({
        collection: slugs.events,
        id: own.id,
        data: { houses: [houseB], cooperation: false },
        user: actors.editorA,
        overrideAccess: false,
      }),
    )
    expect(ok).toBe(false)
    expect((await cms.payload.findByID({ collection: slugs.events, id: own.id, depth: 0 })).houses).toEqual([houseA])
  })

  it('never lets staff raise their own role, but lets them edit their own account', async () => {
    const editor = actors.editorA!
    await cms.payload.update({
      collection: slugs.users,
      id: editor.id,
      data: { name: 'Nouveau nom', role: 'admin' },
      user: editor,
      overrideAccess: false,
    })
    const after = await cms.payload.findByID({ collection: slugs.users, id: editor.id })
    expect(after).toMatchObject({ name: 'Nouveau nom', role: 'editor' })
  })

  it('hides the contributor of a published contribution from the public', async () => {
    const published = await cms.payload.create({
      collection: slugs.contributions,
      data: {
        kind: 'letter',
        title: 'Merci',
        status: 'published',
        contributor: { name: 'Awa Diallo', email: 'awa@example.org' },
      },
    })
    const asPublic = await cms.payload.findByID({
      collection: slugs.contributions,
      id: published.id,
      overrideAccess: false,
    })
    expect(asPublic.title).toBe('Merci')
    expect(JSON.stringify(asPublic)).not.toContain('Awa Diallo')
    const asModerator = await cms.payload.findByID({
      collection: slugs.contributions,
      id: published.id,
      user: actors.moderator,
      overrideAccess: false,
    })
    expect(asModerator.contributor?.email).toBe('awa@example.org')
  })
})
