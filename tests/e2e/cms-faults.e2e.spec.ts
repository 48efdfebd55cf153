import { randomBytes } from 'node:crypto'

import { type APIRequestContext, type APIResponse, expect, test } from '@playwright/test'

import { cmsProcessGroup } from './cmsProcess'
import { ALL_CALLS, failDatabaseCalls, WRITE_CALLS } from './databaseFault'
import { hub } from './hub'
import { adminApi, houseId } from './staff'

let admin: APIRequestContext
const created: number[] = []

test.beforeAll(async () => {
  admin = await adminApi()
})

test.afterAll(async () => {
  for (const id of created) await admin.delete(`/api/events/${id}`)
  await admin.dispose()
})

/** A published event of the Maison des Tilleuls, a few days ahead; removed after the test. */
async function publishedEvent(title: string): Promise<Published> {
  const house = await houseId(admin, 'Maison des Tilleuls')
  const answer = await admin.post('/api/events', {
    data: {
      title,
      start: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      houses: [house],
      venue: { kind: 'house', house },
      _status: 'published',
    },
  })
  expect(answer.ok(), await answer.text()).toBe(true)
  const { id, slug } = (await answer.json()).doc
  created.push(id)
  return { id, slug }
}

/** A GET on the site that gives up after 15 s, so a hang fails the test instead of stalling it. */
const visit = (path: string) => fetch(`${hub.siteUrl}${path}`, { signal: AbortSignal.timeout(15_000) })

type Published = { id: number; slug: string }

/**
 * A CMS fault as visitors and staff live it. Before: two published events, one whose page, with the
 * other pages and feeds listed, the site has cached, and one no visitor has asked for yet. During
 * the fault (`cause` starts it and gives the function that ends it): every cached page and feed
 * answers 200, and the page never visited the French 503 (its time is printed).
 * After: the first event still has its title, a change to it is published and reaches its page,
 * and the other page answers 200.
 */
async function survives(fault: string, cause: () => Promise<() => Promise<void>>): Promise<void> {
  const suffix = randomBytes(3).toString('hex')
  const title = `Repair café ${suffix}`
  const shown = await publishedEvent(title)
  // Published, but no visitor has asked for its page yet: only the CMS can answer for it.
  const neverVisited = await publishedEvent(`Atelier couture ${suffix}`)
  const cached = [
    '/',
    '/agenda',
    '/maisons',
    `/agenda/${shown.slug}`,
    '/agenda.ics',
    '/radio/feed.xml',
    '/journal/rss.xml',
  ]
  await expect.poll(async () => (await visit('/agenda')).text()).toContain(`Atelier couture ${suffix}`)
  for (const path of cached)
    await expect.poll(async () => (await visit(path)).headers.get('x-astro-cache'), path).toBe('HIT')

  const end = await cause()
  try {
    for (const path of cached) {
      const answer = await visit(path)
      expect(answer.status, path).toBe(200)
      await answer.arrayBuffer()
    }
    const started = performance.now()
    const uncached = await visit(`/agenda/${neverVisited.slug}`)
    const body = await uncached.text()
    const elapsed = performance.now() - started
    console.log(`${fault}: uncached event page answered ${uncached.status} in ${Math.round(elapsed)} ms.`)
    expect(uncached.status).toBe(503)
    expect(uncached.headers.get('cache-control')).toBe('no-store')
    expect(body).toContain('Le site est momentanément indisponible')
  } finally {
    await end()
  }

  // Back: the CMS takes a publication again, and its invalidation reaches the site's cached page.
  // A new session: connections kept alive from before the fault may be closed by the CMS.
  const staff = await adminApi()
  const before = await staff.get(`/api/events/${shown.id}`, { params: { depth: 0 } })
  expect((await before.json()).title).toBe(title)
  const changed = `Repair café prolongé ${suffix}`
  const edit = await staff.patch(`/api/events/${shown.id}`, { data: { title: changed, _status: 'published' } })
  expect(edit.ok(), await edit.text()).toBe(true)
  await staff.dispose()
  await expect.poll(async () => (await visit(`/agenda/${shown.slug}`)).text()).toContain(changed)
  expect((await visit(`/agenda/${neverVisited.slug}`)).status).toBe(200)
}

test('a frozen CMS (SIGSTOP): cached pages and feeds stay up, an uncached page is the French 503, publishing resumes after SIGCONT', async () => {
  test.setTimeout(60_000)
  await survives('Frozen CMS', async () => {
    const group = cmsProcessGroup()
    process.kill(-group, 'SIGSTOP')
    return async () => {
      process.kill(-group, 'SIGCONT')
    }
  })
})

test('an unreachable database (every call on its files fails with EIO): cached pages and feeds stay up, an uncached page is the French 503, publishing resumes after', async () => {
  // SQLite retries a lock it cannot take for about 10 s before it gives up: the CMS's queries wait
  // that long (they are synchronous), which the site's own time limit hides from visitors.
  test.setTimeout(120_000)
  await survives('Unreachable database', () => failDatabaseCalls(ALL_CALLS))
})

test('a database whose every write fails with EIO: an edit is refused and changes nothing, and succeeds once writes do', async () => {
  const title = `Troc de graines ${randomBytes(3).toString('hex')}`
  const { id } = await publishedEvent(title)
  const end = await failDatabaseCalls(WRITE_CALLS)
  let refused: APIResponse
  try {
    refused = await admin.patch(`/api/events/${id}`, { data: { title: `${title} (jamais)`, _status: 'published' } })
  } finally {
    await end()
  }
  expect(refused.status(), await refused.text()).toBe(500)
  expect(await refused.text()).not.toMatch(/EIO|SQLITE|at .+\.js/)
  const staff = await adminApi()
  expect((await (await staff.get(`/api/events/${id}`, { params: { depth: 0 } })).json()).title).toBe(title)
  const versions = await staff.get('/api/events/versions', { params: { 'where[parent][equals]': id, depth: 0 } })
  expect((await versions.json()).totalDocs).toBe(1)
  const again = await staff.patch(`/api/events/${id}`, { data: { title: `${title} (enfin)`, _status: 'published' } })
  expect(again.ok(), await again.text()).toBe(true)
  await staff.dispose()
})
