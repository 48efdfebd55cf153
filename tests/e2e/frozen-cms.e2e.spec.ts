import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { cmsProcessGroup } from './cmsProcess'
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
async function publishedEvent(title: string): Promise<{ id: number; slug: string }> {
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

test('a frozen CMS (SIGSTOP): cached pages and feeds stay up, an uncached page is the French 503, publishing resumes after SIGCONT', async () => {
  test.setTimeout(60_000)
  const suffix = randomBytes(3).toString('hex')
  const shown = await publishedEvent(`Repair café ${suffix}`)
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

  const group = cmsProcessGroup()
  process.kill(-group, 'SIGSTOP')
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
    console.log(`Frozen CMS: uncached event page answered ${uncached.status} in ${Math.round(elapsed)} ms.`)
    expect(uncached.status).toBe(503)
    expect(uncached.headers.get('cache-control')).toBe('no-store')
    expect(body).toContain('Le site est momentanément indisponible')
  } finally {
    process.kill(-group, 'SIGCONT')
  }

  // Back: the CMS takes a publication again, and its invalidation reaches the site's cached page.
  // A new session: the connections kept alive from before the freeze are closed by the CMS as it wakes.
  const staff = await adminApi()
  const changed = `Repair café prolongé ${suffix}`
  const edit = await staff.patch(`/api/events/${shown.id}`, { data: { title: changed, _status: 'published' } })
  expect(edit.ok(), await edit.text()).toBe(true)
  await staff.dispose()
  await expect.poll(async () => (await visit(`/agenda/${shown.slug}`)).text()).toContain(changed)
  expect((await visit(`/agenda/${neverVisited.slug}`)).status).toBe(200)
})
