import { createLocalReq, getAccessResults } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { globalSlugs, slugs } from '../../schemas/slugs'
import { createEvent, eventData } from '../helpers/events'
import type { TestCms } from '../helpers/payload'
import { restAs, type Rest, type RestResponse } from '../helpers/rest'
import { type Actors, startCmsWithActors, everyone } from '../helpers/staff'

/**
 * The doors Payload opens beside the project's collections: document locks, preferences, the jobs
 * queue, its own system collections and the versions of globals.
 */
let cms: TestCms
let actors: Actors
let rest: Rest
let houseA: number
let houseB: number

const locks = 'payload-locked-documents'
const ok = (response: RestResponse) => response.status >= 200 && response.status < 300
const userRef = (who: keyof Actors) => ({ relationTo: slugs.users, value: actors[who]!.id })
let n = 0
const event = (houses: number[]) => createEvent(cms.payload, eventData(`Atelier ${++n}`, { houses }), 'published')
const lockOf = (id: number, who: keyof Actors) => ({
  document: { relationTo: slugs.events, value: id },
  user: userRef(who),
})

beforeAll(async () => {
  ;({ cms, actors, houseA, houseB } = await startCmsWithActors())
  rest = await restAs(cms.payload, cms.config, actors)
})
afterAll(() => cms.stop())

describe('document locks', () => {
  it('refuses an editor locking another house’s event, so its editors are never shut out', async () => {
    const ofB = await event([houseB])
    expect((await rest('editorA', 'POST', locks, lockOf(ofB.id, 'editorA'))).status).toBe(403)
    const edit = await rest('editorB', 'PATCH', `${slugs.events}/${ofB.id}`, { summary: 'Mise à jour' })
    expect(edit.status).toBe(200)
  })

  it('never puts a lock in someone else’s name, not even by changing a lock afterwards', async () => {
    const joint = await event([houseA, houseB])
    expect((await rest('editorA', 'POST', locks, lockOf(joint.id, 'editorB'))).status).toBe(403)
    const own = await rest('editorA', 'POST', locks, lockOf(joint.id, 'editorA'))
    expect(own.status).toBe(201)
    const id = (own.body.doc as { id: number }).id
    expect((await rest('editorA', 'PATCH', `${locks}/${id}`, { user: userRef('editorB') })).status).toBe(403)
    expect(
      (await rest('editorA', 'PATCH', `${locks}?where[id][equals]=${id}`, { user: userRef('editorB') })).status,
    ).toBe(403)
    await cms.payload.delete({ collection: locks, id })
  })

  it('refuses moving one’s own lock onto a document one may not change', async () => {
    const own = await rest('editorA', 'POST', locks, lockOf((await event([houseA])).id, 'editorA'))
    const id = (own.body.doc as { id: number }).id
    const ofB = await event([houseB])
    const moved = await rest('editorA', 'PATCH', `${locks}?where[id][equals]=${id}`, {
      document: { relationTo: slugs.events, value: ofB.id },
    })
    expect(moved.status).toBe(403)
    await cms.payload.delete({ collection: locks, id })
  })

  it('lets the editors of a shared event see, take over and release its lock, as the admin does', async () => {
    const joint = await event([houseA, houseB])
    const id = ((await rest('editorA', 'POST', locks, lockOf(joint.id, 'editorA'))).body.doc as { id: number }).id
    const seen = await rest('editorB', 'GET', `${locks}?where[document.value][equals]=${joint.id}`)
    expect(seen.body.docs?.map((lock) => lock.id)).toEqual([id])
    expect((await rest('editorB', 'PATCH', `${locks}/${id}`, { user: userRef('editorB') })).status).toBe(200)
    expect((await rest('editorB', 'DELETE', `${locks}/${id}`)).status).toBe(200)
  })

  it('shows moderators and visitors no lock on the agenda', async () => {
    const joint = await event([houseA, houseB])
    const id = ((await rest('editorA', 'POST', locks, lockOf(joint.id, 'editorA'))).body.doc as { id: number }).id
    expect((await rest('moderator', 'GET', locks)).body.docs ?? []).toEqual([])
    expect((await rest('moderator', 'DELETE', `${locks}/${id}`)).status).toBe(403)
    expect(ok(await rest('anonymous', 'GET', locks))).toBe(false)
    await cms.payload.delete({ collection: locks, id })
  })

  it.each(everyone)('lets only those who may change a global lock it (%s)', async (who) => {
    for (const globalSlug of Object.values(globalSlugs)) {
      const user = actors[who] ? userRef(who) : undefined
      const response = await rest(who, 'POST', locks, { globalSlug, user })
      expect(ok(response)).toBe(who === 'admin')
    }
    await cms.payload.delete({ collection: locks, where: { id: { exists: true } } })
  })
})

describe('the admin’s permissions', () => {
  it.each(everyone)('are computed for every collection and global without error (%s)', async (who) => {
    const req = await createLocalReq({ user: actors[who] }, cms.payload)
    const permissions = await getAccessResults({ req })
    expect(Object.keys(permissions.collections ?? {})).toContain(slugs.events)
  })
})

describe('preferences', () => {
  it('keeps each account’s preferences to itself', async () => {
    const set = await rest('editorA', 'POST', 'payload-preferences/colonnes', { value: { columns: ['title'] } })
    expect(ok(set)).toBe(true)
    for (const who of everyone.filter((w) => w !== 'editorA')) {
      const read = await rest(who, 'GET', 'payload-preferences/colonnes')
      expect(JSON.stringify(read.body)).not.toContain('title')
      const listed = await rest(who, 'GET', 'payload-preferences')
      expect(JSON.stringify(listed.body)).not.toContain('title')
    }
    expect(ok(await rest('anonymous', 'POST', 'payload-preferences/colonnes', { value: {} }))).toBe(false)
  })

  it('stores a preference under its author’s name whatever the request says', async () => {
    const created = await rest('editorA', 'POST', 'payload-preferences', {
      key: 'forgee',
      value: { x: 1 },
      user: userRef('editorB'),
    })
    if (ok(created)) {
      const stored = await cms.payload.find({ collection: 'payload-preferences', where: { key: { equals: 'forgee' } } })
      expect(stored.docs.map((doc) => (doc.user as { value: { id: number } }).value.id)).toEqual([actors.editorA!.id])
    }
    const hers = await rest('editorB', 'GET', 'payload-preferences/forgee')
    expect(JSON.stringify(hers.body)).not.toContain('"x"')
  })
})

describe('the jobs queue', () => {
  it.each(everyone)('runs jobs over HTTP for admins only (%s)', async (who) => {
    for (const path of ['payload-jobs/run', 'payload-jobs/handle-schedules']) {
      const response = await rest(who, 'GET', path)
      expect([401, 403].includes(response.status)).toBe(who !== 'admin')
    }
  })
})

describe('system collections', () => {
  it.each(everyone)('opens no door of the jobs, key-value and migrations records (%s)', async (who) => {
    for (const slug of ['payload-jobs', 'payload-kv', 'payload-migrations']) {
      for (const [method, path] of [
        ['GET', slug],
        ['POST', slug],
        ['PATCH', `${slug}?where[id][exists]=true`],
        ['DELETE', `${slug}?where[id][exists]=true`],
      ] as const) {
        const response = await rest(who, method, path, method === 'POST' || method === 'PATCH' ? {} : undefined)
        expect(ok(response), `${method} ${path}`).toBe(false)
      }
    }
  })
})

describe('versions of globals', () => {
  it.each(everyone)('are read and restored by admins only (%s)', async (who) => {
    for (const slug of Object.values(globalSlugs)) {
      const list = await rest(who, 'GET', `globals/${slug}/versions`)
      expect(list.status === 403 || (list.body.docs ?? []).length === 0).toBe(true)
      if (who !== 'admin') expect(list.status).toBe(403)
      const restore = await rest(who, 'POST', `globals/${slug}/versions/1`)
      expect(ok(restore)).toBe(false)
    }
  })
})
