import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { slugs } from '../../schemas/slugs'
import type { BundleList } from '../../site/lib/search/indexDir'
import { type CmsHttp, serveCmsReads } from '../helpers/cmsHttp'
import { createEvent, eventData } from '../helpers/events'
import { startTestCms, type TestCms } from '../helpers/payload'

/**
 * The site's search index against a real CMS: the site's reading code fetches the CMS's REST API
 * over HTTP as an anonymous visitor, and the CMS's invalidation jobs reach the site's own
 * invalidation endpoint, which schedules the debounced rebuild.
 */
let cms: TestCms
let cmsHttp: CmsHttp
let siteServer: Server
let search: typeof import('../../site/lib/search/searchIndex')
let match: typeof import('../../site/lib/search/match')
let indexDir: string
/** The CMS reads the site made, as decoded paths with their query (`/api/events?where[id][in]=3,4…`). */
const cmsReads: string[] = []
/** While true, the CMS answers every read with a 503, as while it restarts. */
let cmsDown = false

const listen = (server: Server) =>
  new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)))

beforeAll(async () => {
  siteServer = createServer()
  const sitePort = await listen(siteServer)
  cms = await startTestCms({ SITE_URL: `http://127.0.0.1:${sitePort}` })
  cmsHttp = await serveCmsReads(cms.config, cmsReads, () => cmsDown)
  Object.assign(process.env, {
    CMS_URL: cmsHttp.origin,
    DATA_DIR: cms.dir,
    SEARCH_REBUILD_DELAY_MS: '200',
  })
  indexDir = path.join(cms.dir, 'search')
  search = await import('../../site/lib/search/searchIndex')
  match = await import('../../site/lib/search/match')
  const { POST } = await import('../../site/pages/api/cache/invalidate')
  siteServer.on('request', (request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const forwarded = new Request('http://site.invalid/api/cache/invalidate', {
        method: 'POST',
        headers: request.headers as Record<string, string>,
        body: Buffer.concat(chunks),
      })
      void (POST as (context: unknown) => Promise<Response>)({ request: forwarded, cache: { enabled: false } }).then(
        async (answer) => response.writeHead(answer.status).end(await answer.text()),
      )
    })
  })
})

afterAll(async () => {
  await search.searchIndexSettled()
  await cms.stop()
  await cmsHttp.close()
  await new Promise((resolve) => siteServer.close(resolve))
})

/** Every byte of the current index (its records and the bundles it lists), Pagefind's compressed files opened, as text. */
function indexText(): string {
  const texts: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const file = path.join(dir, name)
      if (statSync(file).isDirectory()) walk(file)
      else {
        const bytes = readFileSync(file)
        texts.push((bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8'))
      }
    }
  }
  walk(path.join(indexDir, 'current'))
  const { bundles } = JSON.parse(readFileSync(path.join(indexDir, 'current', 'bundles.json'), 'utf8')) as BundleList
  for (const bundle of bundles) walk(path.join(indexDir, 'parts', bundle))
  return texts.join('\n')
}

/** A published event the site is not told of: the test then names it to the index itself. */
const publishedUnannounced = (title: string) =>
  cms.payload.create({
    collection: slugs.events,
    data: { ...eventData(title, { cooperation: true }), _status: 'published' },
    context: { skipInvalidation: true },
  })

const found = async (query: string) =>
  match.searchRecords((await search.currentSearchCorpus())!, query, {}, 50).hits.map((hit) => hit.record.url)

describe('search index', () => {
  it('is built when the site first needs it, from public documents only', async () => {
    await createEvent(cms.payload, eventData('Atelier zythologie publique', { cooperation: true }), 'published')
    await createEvent(cms.payload, eventData('Brouillon xylophonique secret', { cooperation: true }), 'draft')
    const published = await createEvent(
      cms.payload,
      eventData('Concert de quartier', { cooperation: true }),
      'published',
    )
    // A newer draft of a published event stays out too.
    await cms.payload.update({
      collection: slugs.events,
      id: published.id,
      data: { title: 'Concert clavecinesque pas encore validé' },
      draft: true,
    })
    await cms.payload.create({
      collection: slugs.contributions,
      data: {
        kind: 'letter',
        title: 'Un banc pour la place',
        content: 'Les anciens aimeraient s’asseoir.',
        signature: 'Awa, quartier du Port',
        contributor: { name: 'Quenelladine Privée', email: 'quenelladine@example.org', phone: '0611223344' },
        consent: { publication: true },
        moderationNote: 'Note interne ornithorynque',
        status: 'published',
      },
    })
    await cms.payload.create({
      collection: slugs.contributions,
      data: {
        kind: 'letter',
        title: 'Lettre pas encore modérée sur les pangolins',
        contributor: { name: 'Awa' },
        consent: { publication: true },
        status: 'received',
      },
    })
    await search.searchIndexSettled()
    search.ensureSearchIndex()
    await vi.waitFor(async () => expect(await search.currentSearchCorpus()).not.toBeNull(), { timeout: 30_000 })
    await search.searchIndexSettled()

    expect(await found('zythologie')).toHaveLength(1)
    expect(await found('concert')).toHaveLength(1)
    expect(await found('banc')).toEqual([expect.stringMatching(/^\/contributions#contribution-\d+$/)])
    const text = indexText()
    expect(text).toContain('zythologie')
    for (const secret of [
      'xylophonique',
      'clavecinesque',
      'Quenelladine',
      'quenelladine@example.org',
      '0611223344',
      'ornithorynque',
      'pangolins',
    ]) {
      expect(text).not.toContain(secret)
    }
    expect(await found('xylophonique')).toEqual([])
  })

  it('shows a publication once the debounced rebuild has run after the CMS told the site', async () => {
    await search.searchIndexSettled()
    const before = (await search.currentSearchCorpus())!.builtAt
    await createEvent(cms.payload, eventData('Balade ethnobotanique au canal', { cooperation: true }), 'published')
    await vi.waitFor(
      async () => expect(await found('ethnobotanique')).toEqual([expect.stringMatching(/^\/agenda\//)]),
      {
        timeout: 30_000,
        interval: 100,
      },
    )
    expect((await search.currentSearchCorpus())!.builtAt).not.toBe(before)
    expect(indexText()).toContain('ethnobotanique')
  })

  it('reads again only the documents a publication changed, and drops one no longer public', async () => {
    await search.searchIndexSettled()
    const walk = await createEvent(
      cms.payload,
      eventData('Promenade dendrologique', { cooperation: true }),
      'published',
    )
    await vi.waitFor(async () => expect(await found('dendrologique')).toHaveLength(1), {
      timeout: 30_000,
      interval: 100,
    })
    await search.searchIndexSettled()
    const total = (await search.currentSearchCorpus())!.records.length
    cmsReads.length = 0
    await cms.payload.update({ collection: slugs.events, id: walk.id, data: { _status: 'draft' } })
    await vi.waitFor(async () => expect(await found('dendrologique')).toEqual([]), { timeout: 30_000, interval: 100 })
    await search.searchIndexSettled()
    expect(cmsReads).toEqual([expect.stringMatching(new RegExp(`^/api/events\\?.*where\\[id\\]\\[in\\]=${walk.id}&`))])
    expect((await search.currentSearchCorpus())!.records).toHaveLength(total - 1)
    expect(indexText()).not.toContain('dendrologique')
  })

  it('builds no new index when the documents a publication changed show the same in search', async () => {
    await search.searchIndexSettled()
    const tasting = await createEvent(
      cms.payload,
      eventData('Dégustation œnologique', { cooperation: true }),
      'published',
    )
    await vi.waitFor(async () => expect(await found('œnologique')).toHaveLength(1), { timeout: 30_000, interval: 100 })
    await search.searchIndexSettled()
    const built = readlinkSync(path.join(indexDir, 'current'))
    const { builtAt } = (await search.currentSearchCorpus())!
    cmsReads.length = 0
    // A price is not searched: the event is read again, and that is all.
    await cms.payload.update({
      collection: slugs.events,
      id: tasting.id,
      data: { price: { free: false, amount: '5 €' } },
    })
    await vi.waitFor(() => expect(cmsReads).toHaveLength(1), { timeout: 30_000, interval: 100 })
    await search.searchIndexSettled()
    expect(cmsReads[0]).toMatch(new RegExp(`^/api/events\\?.*where\\[id\\]\\[in\\]=${tasting.id}&`))
    expect(readlinkSync(path.join(indexDir, 'current'))).toBe(built)
    expect((await search.currentSearchCorpus())!.builtAt).toBe(builtAt)
  })

  it('reads every document again when a house other records name changes', async () => {
    await search.searchIndexSettled()
    const house = await cms.payload.create({
      collection: slugs.houses,
      data: { name: 'Maison Pivoine', slug: 'maison-pivoine', summary: 'Maison de test.', _status: 'published' },
    })
    await createEvent(
      cms.payload,
      eventData('Goûter cucurbitacé', { houses: [house.id], venue: { kind: 'house', house: house.id } }),
      'published',
    )
    await vi.waitFor(async () => expect(await found('cucurbitacé pivoine')).toHaveLength(1), {
      timeout: 30_000,
      interval: 100,
    })
    await search.searchIndexSettled()
    cmsReads.length = 0
    await cms.payload.update({ collection: slugs.houses, id: house.id, data: { name: 'Maison Quinconce' } })
    await vi.waitFor(async () => expect(await found('cucurbitacé quinconce')).toHaveLength(1), {
      timeout: 30_000,
      interval: 100,
    })
    await search.searchIndexSettled()
    expect(cmsReads.some((read) => read.startsWith('/api/partners?'))).toBe(true)
  })

  it('reads at most 100 changed documents per request', async () => {
    await search.searchIndexSettled()
    const ids: string[] = []
    // Published unbeknown to the site, then named all at once, as after a burst of publications.
    for (let n = 0; n < 101; n += 1) {
      const doc = await publishedUnannounced(`Atelier cartonnage ${n}`)
      ids.push(String(doc.id))
    }
    cmsReads.length = 0
    search.requestSearchUpdate([slugs.events, ...ids.map((id) => `${slugs.events}:${id}`)])
    await vi.waitFor(async () => expect(await found('cartonnage')).toHaveLength(50), { timeout: 30_000, interval: 100 })
    await search.searchIndexSettled()
    const named = cmsReads.map((read) => /where\[id\]\[in\]=([\w,]+)/.exec(read)?.[1]?.split(',') ?? [])
    expect(named.map((list) => list.length)).toEqual([100, 1])
    expect(named.flat().sort()).toEqual([...ids].sort())
    const sources = new Set((await search.currentSearchCorpus())!.records.map((record) => record.source))
    expect(ids.every((id) => sources.has(`${slugs.events}:${id}`))).toBe(true)
  })

  it('tries a failed update again by itself once the CMS answers', async () => {
    await search.searchIndexSettled()
    const event = await publishedUnannounced('Initiation à la reliure japonaise')
    cmsReads.length = 0
    cmsDown = true
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      search.requestSearchUpdate([slugs.events, `${slugs.events}:${event.id}`])
      await vi.waitFor(() => expect(errors).toHaveBeenCalledWith(expect.stringMatching(/search index not rebuilt/)), {
        timeout: 30_000,
        interval: 100,
      })
      expect(await found('reliure')).toEqual([])
      cmsDown = false
      // Nothing else asks: the retry alone brings the event into search.
      await vi.waitFor(async () => expect(await found('reliure japonaise')).toHaveLength(1), {
        timeout: 30_000,
        interval: 200,
      })
    } finally {
      cmsDown = false
      errors.mockRestore()
    }
  })

  it('reads every document again at the first update a day after the last complete read', async () => {
    await search.searchIndexSettled()
    const event = await publishedUnannounced('Atelier de vannerie')
    cmsReads.length = 0
    // Only the clock moves: the debounce and the CMS's timers keep their real time. The index then
    // counts its last complete read a day ahead, so this test stays the file's last.
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 25 * 60 * 60 * 1000 })
    try {
      search.requestSearchUpdate([slugs.events, `${slugs.events}:${event.id}`])
      await vi.waitFor(async () => expect(await found('vannerie')).toHaveLength(1), { timeout: 30_000, interval: 100 })
      await search.searchIndexSettled()
    } finally {
      vi.useRealTimers()
    }
    expect(cmsReads.some((read) => read.startsWith('/api/partners?'))).toBe(true)
    expect(cmsReads.some((read) => read.includes('where[id][in]'))).toBe(false)
  })
})
