import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refId } from '../../cms/access/staff'
import { cases, createAsAdmin as create, createFixtures, type Case } from '../helpers/accessCases'
import { startTestCms, type TestCms } from '../helpers/payload'
import { restAs, type Rest, type RestResponse } from '../helpers/rest'
import { type Actors, allowed, createActors, everyone, type Who } from '../helpers/staff'

/**
 * Every door Payload opens for a collection (list, count, by id, the file of an upload, versions,
 * version by id, restore, duplicate, update and delete by `where`, locking) must give each role exactly what the
 * document's own rule gives it one by one. The walk is generated from the configured collections:
 * a collection without a case fails the first test.
 */
let cms: TestCms
let actors: Actors
let rest: Rest
let houses: Record<'editorA' | 'editorB', number>

/** Collections Payload adds itself; their doors are walked in system-doors.int.spec.ts. */
const systemCollections = [
  'payload-kv',
  'payload-jobs',
  'payload-locked-documents',
  'payload-preferences',
  'payload-migrations',
]

const createAsAdmin = (test: Case, state?: string | boolean) => create(cms.payload, test, state)
const inIds = (field: string, ids: (number | string)[]) =>
  ids.map((id, i) => `where[${field}][in][${i}]=${encodeURIComponent(String(id))}`).join('&')
const idsOf = (response: RestResponse) => (response.status === 200 ? (response.body.docs ?? []) : []).map((d) => d.id)
const sorted = (ids: (number | string)[]) => [...ids].map(String).sort()
const ok = (response: RestResponse) => response.status >= 200 && response.status < 300

/** Does an operation succeed for this role? Refusals and documents it may not see both count as no. */
async function succeeds(operation: () => Promise<unknown>): Promise<boolean> {
  try {
    await operation()
    return true
  } catch (error) {
    if ([403, 404].includes((error as { status?: number }).status ?? 0)) return false
    throw error
  }
}

/** Does the stored document carry every value of the patch? */
const hasPatch = (doc: Record<string, unknown> | null, patch: Record<string, unknown>) =>
  doc !== null && Object.entries(patch).every(([key, value]) => doc[key] === value)

beforeAll(async () => {
  cms = await startTestCms()
  const created = await createActors(cms.payload)
  actors = created.actors
  houses = { editorA: created.houseA.id, editorB: created.houseB.id }
  await createFixtures(cms.payload, created.houseA.id)
  rest = await restAs(cms.payload, cms.config, actors)
})
afterAll(() => cms.stop())

describe('the door walk', () => {
  it('covers every collection of the configuration', () => {
    const walked = [...cases.map((test) => test.collection), ...systemCollections]
    expect(sorted(cms.config.collections.map((collection) => collection.slug))).toEqual(sorted(walked))
  })
})

describe.each(cases)('doors of $collection', (test) => {
  const slug = test.collection
  const config = () => cms.config.collections.find((collection) => collection.slug === slug)!
  const read = (id: number | string) =>
    cms.payload.findByID({ collection: slug, id, depth: 0, disableErrors: true }) as Promise<Record<
      string,
      unknown
    > | null>

  it.each(everyone)('as %s, each door applies the document’s rule', async (who: Who) => {
    const asRole = { user: actors[who], overrideAccess: false as const, depth: 0 }
    const versioned = Boolean(config().versions)
    const shown = await createAsAdmin(test, test.public?.on)
    const hidden = test.public ? await createAsAdmin(test, test.public.off) : undefined
    const ids = [shown.id, ...(hidden ? [hidden.id] : [])]

    // Reading: list, count and by id show what a Local API read as this role shows.
    const readable = await cms.payload
      .find({ collection: slug, where: { id: { in: ids } }, ...asRole })
      .then((found) => found.docs.map((d) => d.id))
      .catch((): (number | string)[] => [])
    expect(sorted(idsOf(await rest(who, 'GET', `${slug}?depth=0&${inIds('id', ids)}`)))).toEqual(sorted(readable))
    const count = await rest(who, 'GET', `${slug}/count?${inIds('id', ids)}`)
    expect(count.status === 200 ? count.body.totalDocs : 0).toBe(readable.length)
    for (const id of ids) {
      expect(ok(await rest(who, 'GET', `${slug}/${id}?depth=0`))).toBe(readable.includes(id))
    }
    if (config().upload) {
      const file = await rest(
        who,
        'GET',
        `${slug}/file/${encodeURIComponent(String((shown as { filename?: string }).filename))}`,
      )
      expect(ok(file)).toBe(readable.includes(shown.id))
    }

    // Writing one by one, on a twin: the rule the doors below must apply.
    const twin = await createAsAdmin(test, test.public?.on)
    const mayUpdate = await allowed(() =>
      cms.payload.update({ collection: slug, id: twin.id, data: test.patch as never, ...asRole }),
    )
    const mayDelete = await allowed(() => cms.payload.delete({ collection: slug, id: twin.id, ...asRole }))

    if (versioned) {
      // Versions are seen by those who see the drafts of the document.
      const seesDrafts = hidden
        ? await succeeds(() => cms.payload.findByID({ collection: slug, id: hidden.id, draft: true, ...asRole }))
        : false
      const versions = await rest(who, 'GET', `${slug}/versions?depth=0&${inIds('parent', ids)}`)
      expect(ok(versions) && (versions.body.docs?.length ?? 0) > 0).toBe(seesDrafts)
      const all = await cms.payload.findVersions({ collection: slug, where: { parent: { in: ids } }, depth: 0 })
      for (const version of all.docs) {
        expect(ok(await rest(who, 'GET', `${slug}/versions/${version.id}?depth=0`))).toBe(seesDrafts)
      }

      // Restoring a version is an update of the document.
      await cms.payload.update({ collection: slug, id: shown.id, data: test.patch as never })
      const first = await cms.payload.findVersions({
        collection: slug,
        where: { parent: { equals: shown.id } },
        sort: 'createdAt',
        limit: 1,
      })
      const restore = await rest(who, 'POST', `${slug}/versions/${first.docs[0]!.id}`)
      expect(ok(restore)).toBe(mayUpdate)
      expect(hasPatch(await read(shown.id), test.patch)).toBe(!mayUpdate)
    }

    // Update and delete by `where` touch only what one-by-one operations may touch.
    const target = await createAsAdmin(test, test.public?.on)
    await rest(who, 'PATCH', `${slug}?${inIds('id', [target.id])}`, test.patch)
    expect(hasPatch(await read(target.id), test.patch)).toBe(mayUpdate)
    await rest(who, 'DELETE', `${slug}?${inIds('id', [target.id])}`)
    expect((await read(target.id)) === null).toBe(mayDelete)

    // A duplicate is a new document of the duplicating role: editors get their own houses' copy.
    // Payload opens no duplicate door on accounts (disableDuplicate is its default for auth collections).
    const duplicate = await rest(who, 'POST', `${slug}/${shown.id}/duplicate`, test.distinct?.())
    const editor = who === 'editorA' || who === 'editorB'
    const duplicable = config().disableDuplicate !== true
    const mayCreate = duplicable && (test.create.includes(who) || (editor && test.create.includes('editorA')))
    expect(ok(duplicate), JSON.stringify(duplicate.body)).toBe(mayCreate)
    const copy = (duplicate.body.doc ?? null) as { houses?: unknown[]; cooperation?: boolean } | null
    if (mayCreate && editor && copy && 'houses' in copy) {
      expect((copy.houses ?? []).map((house) => refId(house as number))).toEqual([String(houses[who])])
      expect(copy.cooperation).toBe(false)
    }

    // Locking a document blocks its editors: only those who may change it may lock it.
    const user = actors[who]
    const lock = await rest(who, 'POST', 'payload-locked-documents', {
      document: { relationTo: slug, value: shown.id },
      user: user ? { relationTo: 'users', value: user.id } : undefined,
    })
    expect(ok(lock)).toBe(mayUpdate)
    await cms.payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })
  })
})
