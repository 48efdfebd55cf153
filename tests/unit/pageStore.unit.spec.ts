import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { CACHE_ORIGIN } from '../../site/lib/cacheKey'
import { freshness, PageStore, sharedPageStore, type StoredPage } from '../../site/lib/pageStore'
import { NON_DOCUMENT_CSP } from '../../schemas/http/securityHeaders'
import { announceRender } from '../../site/lib/cacheFront'
import { siteRequestHandler } from '../../site/lib/requestHandler'
import { ROUTE_CACHE } from '../../site/lib/routeCachePolicy'
import { rawRequest } from '../helpers/rawHttp'

const page = (over: Partial<StoredPage> = {}): StoredPage => ({
  body: Buffer.from('<p>Agenda</p>'),
  status: 200,
  headers: [
    ['content-type', 'text/html; charset=utf-8'],
    ['content-security-policy', "default-src 'self'"],
    ['content-length', '999'],
  ],
  storedAt: Date.now(),
  maxAge: 300,
  swr: 60,
  tags: ['events'],
  ...over,
})

describe('page store', () => {
  it('tells fresh, stale and expired pages apart by their windows', () => {
    const stored = page({ storedAt: 0 })
    expect(freshness(stored, 300_000)).toBe('fresh')
    expect(freshness(stored, 330_000)).toBe('stale')
    expect(freshness(stored, 361_000)).toBe('expired')
  })

  it('does not keep a render that a publication made during it concerns, and keeps the others', () => {
    const store = new PageStore(10)
    const since = store.generation
    store.invalidate({ tags: ['events:7'] })
    expect(store.setIfCurrent('http://x/agenda/fete', page({ tags: ['events', 'events:7'] }), since)).toBe(false)
    expect(store.get('http://x/agenda/fete')).toBeUndefined()
    expect(store.setIfCurrent('http://x/journal', page({ tags: ['articles'] }), since)).toBe(true)
    expect(store.setIfCurrent('http://x/agenda/fete', page({ tags: ['events:7'] }), store.generation)).toBe(true)
  })

  it('keeps a corrected page as the fallback of its next render, and drops a withdrawn one', () => {
    const store = new PageStore(10)
    store.set('http://x/agenda/fete', page({ tags: ['events:7'] }))
    store.set('http://x/agenda/loto', page({ tags: ['events:8'] }))
    store.invalidate({ tags: ['events:7'], keepAsFallback: true })
    store.invalidate({ tags: ['events:8'] })
    expect(freshness(store.get('http://x/agenda/fete')!)).toBe('expired')
    expect(store.get('http://x/agenda/loto')).toBeUndefined()
  })

  it('does not keep a render older than the invalidations it remembers', () => {
    const store = new PageStore(10)
    const since = store.generation
    for (let i = 0; i < 201; i++) store.invalidate({ tags: [`articles:${i}`] })
    expect(store.setIfCurrent('http://x/maisons', page({ tags: ['houses'] }), since)).toBe(false)
    expect(store.setIfCurrent('http://x/maisons', page({ tags: ['houses'] }), since + 1)).toBe(true)
  })

  it('drops the least recently used page beyond its size', () => {
    const store = new PageStore(2)
    store.set('http://x/a', page())
    store.set('http://x/b', page())
    store.get('http://x/a')
    store.set('http://x/c', page())
    expect([store.get('http://x/a'), store.get('http://x/b'), store.get('http://x/c')].map(Boolean)).toEqual([
      true,
      false,
      true,
    ])
  })

  it('drops the least recently used pages beyond its bytes, keeping a page larger than them alone', () => {
    const store = new PageStore(10, { maxBytes: 250 })
    const sized = (bytes: number) => ({ ...page(), body: Buffer.alloc(bytes) })
    store.set('http://x/a', sized(100))
    store.set('http://x/b', sized(100))
    store.get('http://x/a')
    store.set('http://x/c', sized(100))
    expect([store.get('http://x/a'), store.get('http://x/b'), store.get('http://x/c')].map(Boolean)).toEqual([
      true,
      false,
      true,
    ])
    expect(store.bytes).toBe(200)
    store.set('http://x/a', sized(50))
    expect(store.bytes).toBe(150)
    store.set('http://x/agenda', sized(400))
    expect([store.size, store.bytes]).toEqual([1, 400])
    store.invalidate({ tags: ['events'], keepAsFallback: true })
    expect(store.bytes).toBe(400)
    store.invalidate({ tags: ['events'] })
    expect([store.size, store.bytes]).toEqual([0, 0])
  })

  it('invalidates by tag and by path', () => {
    const store = new PageStore(10)
    store.set('http://x/agenda?maison=port', page({ tags: ['events'] }))
    store.set('http://x/maisons', page({ tags: ['houses'] }))
    store.set('http://x/journal', page({ tags: ['articles'] }))
    store.invalidate({ tags: ['events'], path: '/maisons' })
    expect(store.size).toBe(1)
    expect(store.get('http://x/journal')).toBeDefined()
  })
})

/** No request is for a public upload here. */
const noFiles = () => Promise.resolve(false)
/** Files Astro would serve before any page, as site/server.ts lists them. */
const staticFiles = new Set(['/favicon.svg', '/_astro/site.css'])

describe('front handler over the page store', () => {
  let server: Server
  let base: string
  const store = sharedPageStore(ROUTE_CACHE)

  beforeAll(async () => {
    server = createServer(
      siteRequestHandler({ astro: (_req, res) => res.writeHead(299).end('astro'), files: noFiles, staticFiles }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('answers a fresh page with its stored headers, under the key whatever the host and unread parameters', async () => {
    store.set(new URL('/agenda?maison=port', CACHE_ORIGIN).href, page())
    const response = await fetch(`${base}/agenda?utm_source=x&maison=port`)
    expect(response.status).toBe(200)
    expect(response.headers.get('x-astro-cache')).toBe('HIT')
    // The page's own policy replaces the site's default one; the other security headers stay.
    expect(response.headers.get('content-security-policy')).toBe("default-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(response.headers.get('content-length')).toBe(String('<p>Agenda</p>'.length))
    // As `compression` says of any HTML, before it looks at the size.
    expect(response.headers.get('vary')).toBe('Accept-Encoding')
    expect(await response.text()).toBe('<p>Agenda</p>')
    const head = await fetch(`${base}/agenda?maison=port`, { method: 'HEAD' })
    expect(head.headers.get('x-astro-cache')).toBe('HIT')
    expect(await head.text()).toBe('')
  })

  it('answers 304 without a body when If-None-Match names the stored feed’s ETag', async () => {
    const feed = page({
      body: Buffer.from('<rss/>'),
      headers: [
        ['content-type', 'application/rss+xml'],
        ['etag', '"flux-1"'],
        ['cdn-cache-control', 'max-age=86400'],
      ],
    })
    store.set(new URL('/journal/rss.xml', CACHE_ORIGIN).href, feed)
    const again = await fetch(`${base}/journal/rss.xml`, { headers: { 'if-none-match': '"flux-1"' } })
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe('"flux-1"')
    expect(again.headers.get('x-astro-cache')).toBe('HIT')
    expect(again.headers.get('content-security-policy')).toBe(NON_DOCUMENT_CSP)
    expect(await again.text()).toBe('')
    const whole = await fetch(`${base}/journal/rss.xml`)
    expect(whole.status).toBe(200)
    expect(whole.headers.get('etag')).toBe('"flux-1"')
    expect(await whole.text()).toBe('<rss/>')
  })

  it('answers a target that is no address with a plain 400, and goes on serving', async () => {
    for (const target of ['http://[/', '/agenda/%E0%A4%A']) {
      const answer = await rawRequest(base, { target })
      expect(answer.status).toBe(400)
      expect(answer.headers['x-content-type-options']).toBe('nosniff')
      expect(answer.body.toString()).toBe('Adresse invalide.')
    }
    expect((await fetch(`${base}/nulle-part`)).status).toBe(299)
  })

  it('hands stale pages, misses, other spellings, API calls and writes to Astro', async () => {
    store.set(new URL('/maisons', CACHE_ORIGIN).href, page({ storedAt: Date.now() - 301_000 }))
    store.set(new URL('/api/cache/invalidate', CACHE_ORIGIN).href, page())
    store.set(new URL('/journal', CACHE_ORIGIN).href, page())
    for (const [path, method] of [
      ['/maisons', 'GET'],
      ['/nulle-part', 'GET'],
      ['/journal/', 'GET'],
      ['/api/cache/invalidate', 'GET'],
      ['/journal', 'POST'],
    ]) {
      const response = await fetch(`${base}${path}`, { method })
      expect(`${method} ${path} ${response.status}`).toBe(`${method} ${path} 299`)
    }
  })
})

describe('front handler while a page renders', () => {
  let server: Server
  let base: string
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
    server = createServer(siteRequestHandler({ astro, files: (req, res) => files(req, res), staticFiles }))
    // Registered after the handler: it runs once the handler has taken the request in.
    server.on('request', () => {
      arrived += 1
      for (const waiting of arrivals.filter((entry) => entry.count === arrived)) waiting.then()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('gives the visitors who asked meanwhile what the render gave, one copy compressed for them all', async () => {
    const end = renderUnderWay('/agenda/mois/2027-03')
    toAstro = []
    const answers = await burst('/agenda/mois/2027-03', 30, () => end(page({ body: html })))
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
        const rendered = page({ body: html })
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
    const stale = page({ body: html, storedAt: Date.now() - 301_000 })
    store.set(key('/projets'), stale)
    const endStale = renderUnderWay('/projets')
    toAstro = []
    const answers = await burst('/projets', 10)
    expect(toAstro).toEqual(['/projets'])
    expect(answers.filter((answer) => answer.headers['x-astro-cache'] === 'STALE')).toHaveLength(9)
    endStale(undefined)

    store.set(key('/radio'), page({ body: html, storedAt: Date.now() - 400_000 }))
    const endFailed = renderUnderWay('/radio')
    const afterFailure = await burst('/radio', 5, () =>
      endFailed({ ...page({ body: Buffer.from('<p>Indisponible</p>') }), status: 503 }),
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
    const address = new URL(`${base}/agenda/archives?page=2`)
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

describe('compressed copies of cached pages', () => {
  let server: Server
  let base: string
  const store = sharedPageStore(ROUTE_CACHE)
  const html = Buffer.from(`<ul>${'<li>Atelier cuisine du mercredi, Maison du Port</li>'.repeat(200)}</ul>`)
  const key = (address: string) => new URL(address, CACHE_ORIGIN).href
  const get = (address: string, headers: Record<string, string> = {}) => rawRequest(`${base}${address}`, { headers })
  /** The answer once the page's copy in the coding `headers` ask for is made (the first ones go to Astro). */
  const fromCopy = (address: string, headers: Record<string, string>) =>
    vi.waitFor(async () => {
      const answer = await get(address, headers)
      expect(answer.status).toBe(200)
      return answer
    })

  /** Requests Astro answered: those the front handler did not. */
  let toAstro: string[] = []

  beforeAll(async () => {
    const astro = (req: IncomingMessage, res: ServerResponse) => {
      toAstro.push(req.url!)
      res.writeHead(299).end('astro')
    }
    server = createServer(siteRequestHandler({ astro, files: noFiles, staticFiles }))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  it('answers a browser from a copy made once in the coding it prefers, brotli first, tagged weak', async () => {
    store.set(key('/agenda'), page({ body: html, headers: [...page().headers, ['etag', '"agenda-1"']] }))
    const browser = { 'accept-encoding': 'gzip, deflate, br' }
    // The first compressed answer comes from Astro; the second waits for the copy it starts.
    expect((await get('/agenda', browser)).status).toBe(299)
    const brotli = await get('/agenda', browser)
    expect(brotli.headers).toMatchObject({
      'content-encoding': 'br',
      'x-astro-cache': 'HIT',
      vary: 'Accept-Encoding',
      etag: 'W/"agenda-1"',
      'content-length': String(brotli.body.length),
    })
    expect(brotli.body.length).toBeLessThan(html.length / 10)
    expect(brotliDecompressSync(brotli.body).equals(html)).toBe(true)
    expect((await get('/agenda', { 'accept-encoding': 'br' })).body.equals(brotli.body)).toBe(true)

    const gzipped = await fromCopy('/agenda', { 'accept-encoding': 'gzip, br;q=0.5' })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzipped.body).equals(html)).toBe(true)

    const plain = await get('/agenda')
    expect(plain.headers).toMatchObject({ vary: 'Accept-Encoding', etag: '"agenda-1"' })
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.equals(html)).toBe(true)
  })

  it('makes one copy for a burst of browsers asking for a page just stored, and sends it to all but the first', async () => {
    store.set(key('/agenda/archives'), page({ body: html }))
    toAstro = []
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => get('/agenda/archives', { 'accept-encoding': 'br' })),
    )
    expect(toAstro).toEqual(['/agenda/archives'])
    const fromStore = answers.filter((answer) => answer.status === 200)
    expect(fromStore).toHaveLength(39)
    for (const answer of fromStore) expect(brotliDecompressSync(answer.body).equals(html)).toBe(true)
  })

  it('answers 304 with the Vary and the tag of the 200 it stands for, weak when that one is compressed', async () => {
    store.set(
      key('/journal/rss.xml'),
      page({
        body: html,
        headers: [
          ['content-type', 'application/rss+xml'],
          ['etag', '"flux-2"'],
        ],
      }),
    )
    for (const [accepts, etag] of [
      ['br', 'W/"flux-2"'],
      ['identity', '"flux-2"'],
    ] as const) {
      const again = await get('/journal/rss.xml', { 'if-none-match': 'W/"flux-2"', 'accept-encoding': accepts })
      expect([again.status, again.headers.etag, again.headers.vary, again.body.length]).toEqual([
        304,
        etag,
        'Accept-Encoding',
        0,
      ])
    }
  })

  it('makes a new copy of a page rendered again, never serving the old one', async () => {
    store.set(key('/maisons'), page({ body: html }))
    const before = await fromCopy('/maisons', { 'accept-encoding': 'gzip' })
    expect(gunzipSync(before.body).equals(html)).toBe(true)
    const changed = Buffer.from(html.toString().replaceAll('mercredi', 'jeudi'))
    store.set(key('/maisons'), page({ body: changed }))
    expect((await get('/maisons', { 'accept-encoding': 'gzip' })).status).toBe(299)
    expect(gunzipSync((await fromCopy('/maisons', { 'accept-encoding': 'gzip' })).body).equals(changed)).toBe(true)
  })

  it('sends the bytes as they are to a client that accepts no coding, a HEAD, and pages not to compress', async () => {
    const small = page({ body: Buffer.from('<p>Agenda</p>') })
    const untouched = page({ body: html, headers: [...page().headers, ['cache-control', 'public, no-transform']] })
    const audio = page({ body: html, headers: [['content-type', 'audio/mpeg']] })
    const ranged = page({ body: html, headers: [...page().headers, ['accept-ranges', 'bytes']] })
    store.set(key('/projets'), page({ body: html }))
    store.set(key('/journal'), small)
    store.set(key('/radio'), untouched)
    store.set(key('/recherche'), audio)
    store.set(key('/contributions'), ranged)
    for (const [address, headers] of [
      ['/projets', {}],
      ['/projets', { 'accept-encoding': 'identity' }],
      ['/projets', { 'accept-encoding': 'br;q=0, gzip;q=0' }],
      ['/journal', { 'accept-encoding': 'br, gzip' }],
      ['/radio', { 'accept-encoding': 'br, gzip' }],
      ['/recherche', { 'accept-encoding': 'br, gzip' }],
      ['/contributions', { 'accept-encoding': 'br, gzip' }],
    ] as const) {
      const answer = await get(address, headers)
      const label = `${address} ${JSON.stringify(headers)}`
      expect(`${label} ${answer.status} ${answer.headers['content-encoding']}`).toBe(`${label} 200 undefined`)
      expect(answer.body.length).toBe(address === '/journal' ? small.body.length : html.length)
    }
    const head = await rawRequest(`${base}/projets`, { method: 'HEAD', headers: { 'accept-encoding': 'br' } })
    expect([head.status, head.headers['content-encoding']]).toEqual([200, undefined])
  })
})

describe('page store on disk', () => {
  it('gives a restarted site the pages it had, to re-render, without those invalidated since', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coope-pages-'))
    try {
      const before = new PageStore(10, { dir })
      before.set('http://x/agenda', page({ tags: ['events'], storedAt: 0 }))
      before.set('http://x/maisons', page({ tags: ['houses'] }))
      before.set('http://x/journal', page({ tags: ['articles'] }))
      // Written and removed at once: the removal must not overtake the write.
      before.invalidate({ tags: ['articles'] })
      await before.flushed()
      writeFileSync(path.join(dir, 'cut-short.json'), '{"key":')

      const after = new PageStore(10, { dir })
      expect(after.size).toBe(2)
      const agenda = after.get('http://x/agenda')!
      expect(agenda.body.toString()).toBe('<p>Agenda</p>')
      expect(freshness(agenda)).toBe('expired')
      // Served at once, rendered again at its first visit: a publication may have been missed.
      expect(freshness(after.get('http://x/maisons')!)).toBe('stale')
      expect(after.get('http://x/journal')).toBeUndefined()

      // Restarted with less room: the newest page stays, the older one leaves memory and disk.
      const smaller = new PageStore(10, { dir, maxBytes: 20 })
      expect([smaller.size, Boolean(smaller.get('http://x/maisons'))]).toEqual([1, true])
      await smaller.flushed()
      expect(new PageStore(10, { dir }).size).toBe(1)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
