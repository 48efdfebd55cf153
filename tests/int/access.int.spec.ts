import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { globalSlugs, slugs } from '../../schemas/slugs'
import { identity } from '../../cms/seed/content/identity'
import { cases, createAsAdmin as create, createFixtures, type Case } from '../helpers/accessCases'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type Actors, allowed, createActors, everyone } from '../helpers/staff'

let cms: TestCms
let actors: Actors
let houseA: number

const createAsAdmin = (test: Case, state?: string | boolean) => create(cms.payload, test, state)

beforeAll(async () => {
  cms = await startTestCms()
  const created = await createActors(cms.payload)
  actors = created.actors
  houseA = created.houseA.id
  await createFixtures(cms.payload, houseA)
})
afterAll(() => cms.stop())

describe.each(cases)('access to $collection', (test) => {
  it.each(everyone)('create as %s', async (who) => {
    const file = test.file ? await test.file() : undefined
    const data = test.public ? { ...test.data(), [test.public.field]: test.public.on } : test.data()
    const ok = await allowed(() =>
      cms.payload.create({
        collection: test.collection,
        data: data as never,
        file,
        user: actors[who],
        overrideAccess: false,
      }),
    )
    expect(ok).toBe(test.create.includes(who))
  })

  it.each(everyone)('read as %s', async (who) => {
    const shown = await createAsAdmin(test, test.public?.on)
    const hidden = test.public ? await createAsAdmin(test, test.public.off) : undefined
    const expected = [shown.id, hidden?.id].filter((id) => id !== undefined)
    let ids: (number | string)[] = []
    await allowed(async () => {
      const found = await cms.payload.find({
        collection: test.collection,
        where: { id: { in: expected } },
        user: actors[who],
        overrideAccess: false,
        depth: 0,
      })
      ids = found.docs.map((d) => d.id)
    })
    if (test.readNone?.includes(who)) expect(ids).toEqual([])
    else if (test.readAll.includes(who) || !hidden) expect(ids.sort()).toEqual(expected.sort())
    else expect(ids).toEqual([shown.id])
  })

  it.each(everyone)('update as %s', async (who) => {
    const doc = test.collection === slugs.houses ? { id: houseA } : await createAsAdmin(test, test.public?.on)
    const ok = await allowed(() =>
      cms.payload.update({
        collection: test.collection,
        id: doc.id,
        data: test.patch as never,
        user: actors[who],
        overrideAccess: false,
      }),
    )
    expect(ok).toBe(test.update.includes(who))
  })

  it.each(everyone)('delete as %s', async (who) => {
    const doc = await createAsAdmin(test, test.public?.on)
    const ok = await allowed(() =>
      cms.payload.delete({ collection: test.collection, id: doc.id, user: actors[who], overrideAccess: false }),
    )
    expect(ok).toBe(test.delete.includes(who))
  })
})

describe.each(Object.values(globalSlugs))('access to the %s global', (slug) => {
  it.each(everyone)('read and update as %s', async (who) => {
    const read = await allowed(() => cms.payload.findGlobal({ slug, user: actors[who], overrideAccess: false }))
    expect(read).toBe(true)
    const data = {
      [globalSlugs.identity]: identity,
      [globalSlugs.navigation]: { header: [{ label: 'Agenda', href: '/agenda' }] },
      [globalSlugs.settings]: { siteName: 'La Coopé' },
    }[slug]
    const update = await allowed(() =>
      cms.payload.updateGlobal({ slug, data: data as never, user: actors[who], overrideAccess: false }),
    )
    expect(update).toBe(who === 'admin')
  })
})
