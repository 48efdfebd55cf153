import type { IncomingMessage, ServerResponse } from 'node:http'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { NON_DOCUMENT_CSP } from '../../schemas/http/securityHeaders'
import { CACHE_ORIGIN } from '../../site/lib/cacheKey'
import { sharedPageStore } from '../../site/lib/pageStore'
import { ROUTE_CACHE } from '../../site/lib/routeCachePolicy'
import { rawRequest } from '../helpers/rawHttp'
import { startFrontHandler, storedPage } from '../helpers/storedPages'

/** The site's front handler (site/lib/cacheFront.ts) answering from the page store, and its compressed copies. */
describe('front handler over the page store', () => {
  let base: string
  let stop: () => Promise<void>
  const store = sharedPageStore(ROUTE_CACHE)
  /** The target and Host of the last request handed to Astro. */
  let astroSaw: { url?: string; host?: string } = {}

  beforeAll(async () => {
    ;({ base, stop } = await startFrontHandler((req, res) => {
      astroSaw = { url: req.url, host: req.headers.host }
      res.writeHead(299).end('astro')
    }))
  })
  afterAll(() => stop())

  it('answers a fresh page with its stored headers, under the key whatever the host and unread parameters', async () => {
    store.set(new URL('/agenda?maison=port', CACHE_ORIGIN).href, storedPage())
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
    const feed = storedPage({
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

  it('reads a target in absolute form as its path, its authority as the Host (RFC 9112, 3.2.2)', async () => {
    store.set(new URL('/projets', CACHE_ORIGIN).href, storedPage({ body: Buffer.from('<p>Projets</p>') }))
    const cached = await rawRequest(base, { target: 'http://ailleurs.example/projets?utm_source=x' })
    expect(cached.headers['x-astro-cache']).toBe('HIT')
    expect(cached.body.toString()).toBe('<p>Projets</p>')
    expect((await rawRequest(base, { target: 'HTTP://ailleurs.example:8080/nulle/../part?q=1' })).status).toBe(299)
    expect(astroSaw).toEqual({ url: '/part?q=1', host: 'ailleurs.example:8080' })
    // The asterisk form is for OPTIONS of a whole server; another scheme names no page here.
    for (const target of ['*', 'ftp://ailleurs.example/projets']) {
      const refused = await rawRequest(base, { method: 'OPTIONS', target })
      expect(refused.status, target).toBe(400)
    }
  })

  it('hands stale pages, misses, other spellings, API calls and writes to Astro', async () => {
    store.set(new URL('/maisons', CACHE_ORIGIN).href, storedPage({ storedAt: Date.now() - 301_000 }))
    store.set(new URL('/api/cache/invalidate', CACHE_ORIGIN).href, storedPage())
    store.set(new URL('/journal', CACHE_ORIGIN).href, storedPage())
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

describe('compressed copies of cached pages', () => {
  let base: string
  let stop: () => Promise<void>
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
    ;({ base, stop } = await startFrontHandler(astro))
  })
  afterAll(() => stop())

  it('answers a browser from a copy made once in the coding it prefers, brotli first, tagged weak', async () => {
    store.set(key('/agenda'), storedPage({ body: html, headers: [...storedPage().headers, ['etag', '"agenda-1"']] }))
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
    store.set(key('/agenda/archives'), storedPage({ body: html }))
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
      storedPage({
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
    store.set(key('/maisons'), storedPage({ body: html }))
    const before = await fromCopy('/maisons', { 'accept-encoding': 'gzip' })
    expect(gunzipSync(before.body).equals(html)).toBe(true)
    const changed = Buffer.from(html.toString().replaceAll('mercredi', 'jeudi'))
    store.set(key('/maisons'), storedPage({ body: changed }))
    expect((await get('/maisons', { 'accept-encoding': 'gzip' })).status).toBe(299)
    expect(gunzipSync((await fromCopy('/maisons', { 'accept-encoding': 'gzip' })).body).equals(changed)).toBe(true)
  })

  it('sends the bytes as they are to a client that accepts no coding, a HEAD, and pages not to compress', async () => {
    const small = storedPage({ body: Buffer.from('<p>Agenda</p>') })
    const untouched = storedPage({
      body: html,
      headers: [...storedPage().headers, ['cache-control', 'public, no-transform']],
    })
    const audio = storedPage({ body: html, headers: [['content-type', 'audio/mpeg']] })
    const ranged = storedPage({ body: html, headers: [...storedPage().headers, ['accept-ranges', 'bytes']] })
    store.set(key('/projets'), storedPage({ body: html }))
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
