import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, request, test } from '@playwright/test'

import { load } from '../bench/load/run'
import { hub } from './hub'
import { type Account, adminApi, apiAs, createEditor, houseId } from './staff'

const VISITORS = 200
const SECONDS = 60
const EVENTS = 10
const CHANGES = 20

let admin: APIRequestContext
let editor: Account
let editorApi: APIRequestContext
const events: { id: number; slug: string; base: string; title: string }[] = []

test.beforeAll(async () => {
  admin = await adminApi()
  const house = await houseId(admin, 'Maison des Tilleuls')
  editor = await createEditor(admin, house, 'editrice-affluence')
  editorApi = await apiAs(editor)
  const tag = randomBytes(3).toString('hex')
  for (let i = 0; i < EVENTS; i++) {
    const title = `Permanence ${tag} ${i + 1}`
    const answer = await editorApi.post('/api/events', {
      data: {
        title,
        start: new Date(Date.now() + (1 + (i % 5)) * 86_400_000).toISOString(),
        houses: [house],
        venue: { kind: 'house', house },
        _status: 'published',
      },
    })
    expect(answer.ok(), await answer.text()).toBe(true)
    const { id, slug } = (await answer.json()).doc
    events.push({ id, slug, base: title, title })
  }
})

test.afterAll(async () => {
  for (const event of events) await admin.delete(`/api/events/${event.id}`)
  if (editor) await admin.delete(`/api/users/${editor.id}`)
  await editorApi?.dispose()
  await admin.dispose()
})

/** The public address of the first file of an upload collection, as a visitor's browser asks for it. */
async function firstFile(cms: APIRequestContext, collection: string): Promise<string> {
  const { docs } = await (await cms.get(`/api/${collection}`, { params: { limit: 1, depth: 0 } })).json()
  expect(docs[0]?.filename, `a ${collection} file in the demo content`).toBeTruthy()
  return `/fichiers/${collection}/${docs[0].filename}`
}

/** What residents browse: pages of every main kind, the three feeds, and an image, a PDF and an MP3. */
async function browsingMix(): Promise<string[]> {
  const cms = await request.newContext({ baseURL: hub.cmsUrl })
  const first = async (collection: string, params: Record<string, string> = {}) =>
    (await (await cms.get(`/api/${collection}`, { params: { limit: '1', depth: '1', ...params } })).json()).docs[0]
  const article = await first('articles', { 'where[issue][exists]': 'true' })
  const episode = await first('episodes')
  const house = await first('houses')
  const paths = [
    '/',
    '/agenda',
    '/maisons',
    `/maisons/${house.slug}`,
    '/projets',
    '/journal',
    `/journal/${article.issue.number}`,
    `/journal/${article.issue.number}/${article.slug}`,
    '/radio',
    `/radio/${episode.show.slug}`,
    `/radio/${episode.show.slug}/${episode.slug}`,
    '/agenda.ics',
    '/radio/feed.xml',
    '/journal/rss.xml',
    ...events.map((event) => `/agenda/${event.slug}`),
    await firstFile(cms, 'media'),
    await firstFile(cms, 'documents'),
    await firstFile(cms, 'audio'),
  ]
  await cms.dispose()
  return paths
}

test('200 visitors browse for 60 s while an editor publishes 20 changes: no error, every change on the site', async () => {
  test.setTimeout(150_000)
  const paths = await browsingMix()
  // Every address answers 200 before the crowd arrives: any error later is the load's doing.
  for (const path of paths) expect((await fetch(`${hub.siteUrl}${path}`)).status, path).toBe(200)

  const crowd = load({ url: hub.siteUrl, connections: VISITORS, seconds: SECONDS, paths })
  const reachedSite: number[] = []
  for (let change = 0; change < CHANGES; change++) {
    const event = events[change % EVENTS]!
    event.title = `${event.base} modifiée ${change + 1}`
    const saved = await editorApi.patch(`/api/events/${event.id}`, {
      data: { title: event.title, _status: 'published' },
    })
    expect(saved.ok(), await saved.text()).toBe(true)
    const started = performance.now()
    await expect
      .poll(async () => (await fetch(`${hub.siteUrl}/agenda/${event.slug}`)).text(), { timeout: 20_000 })
      .toContain(event.title)
    reachedSite.push(performance.now() - started)
  }
  const result = await crowd

  const sorted = [...reachedSite].sort((a, b) => a - b)
  console.log(
    [
      `Load: ${VISITORS} connections for ${SECONDS} s over ${paths.length} addresses while ${CHANGES} changes were published.`,
      `  ${result.requests} requests, ${Math.round(result.requestsPerSecond)} req/s, latency p50 ${result.p50} ms, p99 ${result.p99} ms.`,
      `  Status: ${JSON.stringify(result.byStatus)}; socket errors ${result.errors}, timeouts ${result.timeouts}.`,
      `  Failed answers: ${JSON.stringify(result.failed ?? {})}.`,
      `  A change on the site after its publication: median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms, slowest ${Math.round(sorted.at(-1)!)} ms.`,
    ].join('\n'),
  )
  expect(result.requests).toBeGreaterThan(0)
  expect(result.failed ?? {}).toEqual({})
  expect(result.byStatus['5xx']).toBe(0)
  expect(result.errors).toBe(0)
  expect(result.timeouts).toBe(0)

  // Once the crowd has gone, the last version of every event is on its page and on the agenda.
  // (A page whose new render fails while the CMS catches up is served as it was: polled, not read once.)
  for (const event of events) {
    await expect.poll(async () => (await fetch(`${hub.siteUrl}/agenda/${event.slug}`)).text()).toContain(event.title)
    await expect.poll(async () => (await fetch(`${hub.siteUrl}/agenda`)).text()).toContain(event.title)
  }
})
