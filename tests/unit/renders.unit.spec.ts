import type { IncomingMessage, ServerResponse } from 'node:http'
import { PassThrough } from 'node:stream'
import { brotliDecompressSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { announceRender } from '../../site/lib/cacheFront'
import { CACHE_ORIGIN } from '../../site/lib/cacheKey'
import { sharedPageStore, type StoredPage } from '../../site/lib/pageStore'
import { ANNOUNCED_RENDER_MS } from '../../site/lib/renders'
import { ROUTE_CACHE } from '../../site/lib/routeCachePolicy'
import { storeKey } from '../../site/lib/targetFacts'
import { rawRequest } from '../helpers/rawHttp'
import { noFiles, startFrontHandler, staticFiles, storedPage } from '../helpers/storedPages'

/** Renders shared by the route cache and the front handler (site/lib/renders.ts), as visitors see them. */
describe('front handler while a page renders', () => {
  let base: string
  let stop: () => Promise<void>
  let toAstro: string[] = []
  /** What Astro does with a request, when not the plain 299: returns whether it answered. */
  let astroDoes: (req: IncomingMessage, res: ServerResponse) => boolean = () => false
  /** Public uploads, as site/files/ serves them. */
  let files: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> = noFiles
  const store = sharedPageStore(ROUTE_CACHE)
  const html = Buffer.from(`<ol>${'<li>Soirée jeux, Maison du Port</li>'.repeat(300)}</ol>`)
  const key = (address: string) => new URL(address, CACHE_ORIGIN).href
  /** A render of `address` begun, as the route cache begins it, and the function that ends it. */
  function renderUnderWay(address: string) {
    const render = store.renders.begin(key(address), store.generation)
    return (rendered: StoredPage | undefined) => {
      // As the route cache keeps it: a failure page goes to those who waited, not to the store.
      if (rendered && rendered.status < 500) store.set(key(address), rendered)
      render.end(rendered)
    }
  }
  /** Requests the server has taken in so far, and who waits for the next ones. */
  let arrived = 0
  const arrivals: { count: number; then: () => void }[] = []
  /** `count` requests of `address` at once; `meanwhile` runs once the server has taken them all in. */
  async function burst(address: string, count: number, meanwhile: () => void = () => {}) {
    const target = arrived + count
    const allIn = new Promise<void>((resolve) => arrivals.push({ count: target, then: resolve }))
    const answers = Promise.all(
      Array.from({ length: count }, () => rawRequest(`${base}${address}`, { headers: { 'accept-encoding': 'br' } })),
    )
    await allIn
    meanwhile()
    return answers
  }

  beforeAll(async () => {
    const astro = (req: IncomingMessage, res: ServerResponse) => {
      toAstro.push(req.url!)
      if (!astroDoes(req, res)) res.writeHead(299).end('astro')
    }
    const taken = () => {
      arrived += 1
      for (const waiting of arrivals.filter((entry) => entry.count === arrived)) waiting.then()
    }
    ;({ base, stop } = await startFrontHandler(astro, (req, res) => files(req, res), taken))
  })
  afterAll(() => stop())

  it('gives the visitors who asked meanwhile what the render gave, one copy compressed for them all', async () => {
    const end = renderUnderWay('/agenda/mois/2027-03')
    toAstro = []
    const answers = await burst('/agenda/mois/2027-03', 30, () => end(storedPage({ body: html })))
    // The first compressed answer of a page goes out through Astro (from the store), no copy made for it.
    expect(toAstro).toEqual(['/agenda/mois/2027-03'])
    const fromFront = answers.filter((answer) => answer.status === 200)
    expect(fromFront).toHaveLength(29)
    for (const answer of fromFront) {
      expect(answer.headers['x-astro-cache']).toBe('MISS')
      expect(brotliDecompressSync(answer.body).equals(html)).toBe(true)
    }
  })

  it('makes those who ask before the render begins wait for it too', async () => {
    const address = '/agenda/mois/2027-04'
    let allIn!: () => void
    const arrived = new Promise<void>((resolve) => (allIn = resolve))
    // As the route cache does with the request the front handler hands it: it begins the render.
    // As the route cache does with the request the front handler hands it: it begins the render,
    // here only once the others have asked.
    astroDoes = (req, res) => {
      if (req.url !== address) return false
      astroDoes = () => false
      void arrived.then(() => {
        const render = store.renders.begin(key(address), store.generation)
        const rendered = storedPage({ body: html })
        store.set(key(address), rendered)
        render.end(rendered)
        res.writeHead(299).end('astro')
      })
      return true
    }
    toAstro = []
    const answers = await burst(address, 20, allIn)
    // The one that began the render, and the first compressed answer of the page it gave.
    expect(toAstro).toEqual([address, address])
    const fromFront = answers.filter((answer) => answer.status === 200)
    expect(fromFront.map((answer) => answer.headers['x-astro-cache'])).toEqual(Array(18).fill('MISS'))
  })

  it('serves the stale page while it re-renders, and the expired one when the render fails', async () => {
    const stale = storedPage({ body: html, storedAt: Date.now() - 301_000 })
    store.set(key('/projets'), stale)
    const endStale = renderUnderWay('/projets')
    toAstro = []
    const answers = await burst('/projets', 10)
    expect(toAstro).toEqual(['/projets'])
    expect(answers.filter((answer) => answer.headers['x-astro-cache'] === 'STALE')).toHaveLength(9)
    endStale(undefined)

    store.set(key('/radio'), storedPage({ body: html, storedAt: Date.now() - 400_000 }))
    const endFailed = renderUnderWay('/radio')
    const afterFailure = await burst('/radio', 5, () =>
      endFailed({ ...storedPage({ body: Buffer.from('<p>Indisponible</p>') }), status: 503 }),
    )
    expect(afterFailure.filter((answer) => answer.headers['x-astro-cache'] === 'STALE')).toHaveLength(4)
  })

  it('holds no one asking for a public file or one of the build’s, which no render makes', async () => {
    const started: string[] = []
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    files = async (req, res) => {
      if (!req.url!.startsWith('/fichiers/')) return false
      started.push(req.url!)
      await released
      res.writeHead(200).end('son')
      return true
    }
    astroDoes = (req, res) => {
      if (!staticFiles.has(req.url!)) return false
      started.push(req.url!)
      void released.then(() => res.writeHead(200).end('fichier'))
      return true
    }
    const ask = (address: string) => rawRequest(`${base}${address}`, { headers: { 'accept-encoding': 'br' } })
    const answers = Promise.all(
      Array.from({ length: 4 }, () => ['/fichiers/episode.mp3', '/_astro/site.css', '/favicon.svg'].map(ask)).flat(),
    )
    // All are being served before any answer ends: none waits for another's.
    await vi.waitFor(() => expect(started).toHaveLength(12))
    release()
    expect((await answers).map((answer) => answer.status)).toEqual(Array(12).fill(200))
    files = noFiles
    astroDoes = () => false
  })

  it('leaves no announcement behind a visitor who left, or an answer that began no render', async () => {
    const address = storeKey(new URL(`${base}/agenda/archives?page=2`))
    announceRender({ method: 'GET' } as IncomingMessage, { destroyed: true } as ServerResponse, address)
    expect(store.renders.get(key('/agenda/archives?page=2'))).toBeUndefined()
    const answer = new PassThrough()
    announceRender({ method: 'GET' } as IncomingMessage, answer as unknown as ServerResponse, address)
    const announced = store.renders.get(key('/agenda/archives?page=2'))!
    answer.end()
    answer.resume()
    expect(await announced.page).toBeUndefined()
    expect(store.renders.get(key('/agenda/archives?page=2'))).toBeUndefined()
  })

  it('gives up an announced render that has not begun in time, whose answer never ends', async () => {
    vi.useFakeTimers()
    try {
      const address = storeKey(new URL(`${base}/agenda/archives?page=3`))
      announceRender({ method: 'GET' } as IncomingMessage, new PassThrough() as unknown as ServerResponse, address)
      const announced = store.renders.get(key('/agenda/archives?page=3'))!
      vi.advanceTimersByTime(ANNOUNCED_RENDER_MS - 1)
      expect(store.renders.get(key('/agenda/archives?page=3'))).toBe(announced)
      vi.advanceTimersByTime(1)
      expect(await announced.page).toBeUndefined()
      expect(store.renders.get(key('/agenda/archives?page=3'))).toBeUndefined()
    } finally {
      vi.useRealTimers()
    }
  })

  it('leaves to Astro a render begun before an invalidation, and one that gave nothing to share', async () => {
    const end = renderUnderWay('/journal/archives')
    store.invalidate({ tags: ['articles'] })
    toAstro = []
    await burst('/journal/archives', 3)
    expect(toAstro).toHaveLength(3)
    end(undefined)

    const endPersonal = renderUnderWay('/contribuer')
    toAstro = []
    await burst('/contribuer', 3, () => endPersonal(undefined))
    expect(toAstro).toHaveLength(3)
  })
})
