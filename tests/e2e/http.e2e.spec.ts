import { readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { rawRequest } from '../helpers/rawHttp'
import { hub } from './hub'
import { postChunked, rawGet, rawGetBytes } from './rawHttp'
import { adminApi } from './staff'

const root = path.resolve(import.meta.dirname, '..', '..')
let admin: APIRequestContext
const created: string[] = []

test.beforeAll(async () => {
  admin = await adminApi()
})

test.afterAll(async () => {
  for (const doc of created) await admin.delete(`/api/${doc}`)
  await admin.dispose()
})

/** The headers both servers put on every response. */
function expectBaseHeaders(headers: Record<string, string | string[] | undefined>) {
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['x-frame-options']).toBe('DENY')
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['strict-transport-security']).toBeUndefined()
}

test('site pages, cached pages, static files and API answers carry the security headers', async ({ request }) => {
  const page = await request.get('/maisons')
  expectBaseHeaders(page.headers())
  const csp = page.headers()['content-security-policy']!
  expect(csp).toContain("script-src 'self';")
  expect(csp).not.toMatch(/script-src[^;]*unsafe/)
  expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/)
  const cached = await request.get('/maisons')
  expect(cached.headers()['x-astro-cache']).toBe('HIT')
  expect(cached.headers()['content-security-policy']).toBe(csp)

  // Its styles are inline, each allowed by its hash; static files carry the same headers.
  const styles = (await page.text()).match(/<style\b/g) ?? []
  expect(styles.length).toBe(csp.match(/'sha256-/g)?.length)
  expectBaseHeaders((await request.get('/favicon.svg')).headers())
  expectBaseHeaders((await request.post('/api/cache/invalidate', { data: {} })).headers())
})

test('the admin cannot be framed and runs only scripts with its nonce; the API answers the same headers', async ({
  request,
}) => {
  const login = await request.get(`${hub.cmsUrl}/admin/login`)
  expect(login.status()).toBe(200)
  expectBaseHeaders(login.headers())
  const csp = login.headers()['content-security-policy']!
  const nonce = csp.match(/'nonce-([^']+)'/)?.[1]
  expect(nonce).toBeDefined()
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
  expect(await login.text()).toContain(`nonce="${nonce}"`)
  expectBaseHeaders((await request.get(`${hub.cmsUrl}/api/users`)).headers())
})

test('both servers send Strict-Transport-Security when the visitor came over https', async () => {
  for (const url of [`${hub.siteUrl}/maisons`, `${hub.cmsUrl}/api/houses`, `${hub.cmsUrl}/admin/login`]) {
    const response = await rawGet(url, { 'x-forwarded-proto': 'https' })
    expect(response.headers['strict-transport-security'], url).toContain('max-age=31536000')
  }
})

test('a request target that is no address gets a plain 400 from both servers, which go on serving', async () => {
  // The first one stopped the site's process; the others were 308s and 500s from Next and Astro.
  for (const [origin, page] of [
    [hub.siteUrl, '/maisons'],
    [hub.cmsUrl, '/api/houses'],
  ] as const) {
    for (const target of ['http://[/', 'http://x:99999/api/houses', '/%', '/api/%E0%A4%A', '/journal?page=%C3%28']) {
      const answer = await rawRequest(origin, { target })
      expect(`${origin} ${target} ${answer.status} ${answer.body.toString()}`).toBe(
        `${origin} ${target} 400 Adresse invalide.`,
      )
      expectBaseHeaders(answer.headers)
    }
    expect((await rawRequest(`${origin}${page}`)).status).toBe(200)
  }
})

test("a request Node's parser refuses (an address over 16 KiB) gets its status with a French sentence", async () => {
  for (const origin of [hub.siteUrl, hub.cmsUrl]) {
    const answer = await rawRequest(origin, { target: `/agenda?q=${'a'.repeat(20_000)}` })
    expect(`${origin} ${answer.status} ${answer.body.toString()}`).toBe(`${origin} 431 Adresse ou en-têtes trop longs.`)
    expect(answer.headers['x-content-type-options']).toBe('nosniff')
  }
})

test('a file that does not exist is a 404 for staff, and never a 500', async ({ request }) => {
  const name = `absent-${Date.now()}.jpg`
  const missing = await admin.get(`/api/media/file/${name}`)
  expect(missing.status()).toBe(404)
  expect((await missing.json()).errors[0].message).toBe('Fichier introuvable.')
  // Visitors read only the files no staff member withholds: an unknown name is refused like a withheld one.
  expect((await request.get(`${hub.cmsUrl}/api/media/file/${name}`)).status()).toBe(403)
})

test('uploaded files: sniffed type, nosniff, documents downloaded, immutable names cached for a year by browsers, minutes by shared caches', async ({
  request,
}) => {
  const image = await admin.post('/api/media', {
    multipart: {
      file: {
        name: 'logo.png',
        mimeType: 'image/png',
        buffer: readFileSync(path.join(root, 'media/demo/logo-port.png')),
      },
      _payload: JSON.stringify({ alt: 'Logo de test', cooperation: true }),
    },
  })
  expect(image.ok(), await image.text()).toBe(true)
  const imageDoc = (await image.json()).doc
  created.push(`media/${imageDoc.id}`)
  expect(imageDoc.filename).toMatch(/^logo-[0-9a-f]{12}\.png$/)
  const served = await request.get(`${hub.cmsUrl}/api/media/file/${imageDoc.filename}`)
  expect(served.headers()['content-type']).toBe('image/png')
  expect(served.headers()['x-content-type-options']).toBe('nosniff')
  expect(served.headers()['content-disposition']).toBeUndefined()
  expect(served.headers()['cache-control']).toBe('public, max-age=31536000, s-maxage=300, immutable')

  const pdf = await admin.post('/api/documents', {
    multipart: {
      file: {
        name: 'numero.pdf',
        mimeType: 'application/pdf',
        buffer: readFileSync(path.join(root, 'media/demo/journal-1.pdf')),
      },
      _payload: JSON.stringify({ title: 'Numéro de test', cooperation: true }),
    },
  })
  expect(pdf.ok(), await pdf.text()).toBe(true)
  const pdfDoc = (await pdf.json()).doc
  created.push(`documents/${pdfDoc.id}`)
  // Staff read it: a PDF is withheld from visitors until a published journal issue offers it.
  expect((await request.get(`${hub.cmsUrl}/api/documents/file/${pdfDoc.filename}`)).status()).toBe(403)
  const document = await admin.get(`/api/documents/file/${pdfDoc.filename}`)
  expect(document.status()).toBe(200)
  expect(document.headers()['content-type']).toBe('application/pdf')
  // Kept by the staff member's browser, never by a cache in front of the CMS.
  expect(document.headers()['cache-control']).toBe('private, max-age=31536000, immutable')
  expect((await admin.get(`/api/media/file/${imageDoc.filename}`)).headers()['cache-control']).toBe(
    'private, max-age=31536000, immutable',
  )
  expect(document.headers()['content-disposition']).toBe('attachment')
})

test('request bodies are cut off by the bytes received, chunked ones too', async () => {
  const signed = { 'content-type': 'application/json', 'x-coope-signature': `t=${Date.now()},v1=${'0'.repeat(64)}` }
  expect(await postChunked(`${hub.siteUrl}/api/cache/invalidate`, 1024 * 1024, signed)).toBe(413)
  const json = { 'content-type': 'application/json', origin: hub.cmsUrl }
  expect(await postChunked(`${hub.cmsUrl}/api/users/login`, 8 * 1024 * 1024, json)).toBe(413)
})

test('a refused request is one short line in the log, not an error with a stack trace', async ({ request }) => {
  const before = statSync(hub.cmsLog).size
  expect((await request.get(`${hub.cmsUrl}/api/users`)).status()).toBe(403)
  // E-mail is off in this hub: an anonymous reset request is refused the same quiet way.
  const reset = await request.post(`${hub.cmsUrl}/api/users/forgot-password`, {
    data: { email: 'personne@test.coope' },
    headers: { origin: hub.cmsUrl },
  })
  expect(reset.status()).toBe(503)
  let written = ''
  await expect(async () => {
    written = readFileSync(hub.cmsLog).subarray(before).toString('utf8')
    expect(written).toContain('Refused (403)')
    expect(written).toContain('Refused (503)')
  }).toPass({ timeout: 10_000 })
  expect(written).not.toContain('ERROR')
  expect(written).not.toMatch(/\n\s+at /)
})

test('an unknown address under /api/ is the French 404 page, another method than POST on the invalidation is a 405, with nothing in the log', async ({
  page,
}) => {
  const before = statSync(hub.siteLog).size
  for (const path of ['/api/x', '/api/cache', '/api/foo/bar']) {
    const response = await page.goto(`${hub.siteUrl}${path}`)
    expect(response?.status(), path).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable')
  }
  const invalidation = await page.request.get(`${hub.siteUrl}/api/cache/invalidate`)
  expect(invalidation.status()).toBe(405)
  expect(invalidation.headers()['allow']).toBe('POST')
  const written = readFileSync(hub.siteLog).subarray(before).toString('utf8')
  expect(written).not.toMatch(/\n\s+at /)
  expect(written).not.toContain('TypeError')
  expect(written).not.toContain('WARN')
})

test('host names, unknown query values and headers neither grow the route cache nor change a page', async () => {
  expect((await rawGet(`${hub.siteUrl}/maisons`)).status).toBe(200)
  for (let i = 0; i < 25; i++) {
    // Fetched again each round: an invalidation left over from an earlier test may drop the page
    // at any moment, and then only this plain address may render it anew.
    const reference = (await rawGet(`${hub.siteUrl}/maisons`)).body
    for (const [url, headers] of [
      [`${hub.siteUrl}/maisons`, { host: `visiteur-${i}.example` }],
      [`${hub.siteUrl}/maisons?utm_source=${i}&maison=inconnue-${i}&x=${i}`, {}],
      [
        `${hub.siteUrl}/maisons`,
        { 'accept-language': `x-${i}`, 'x-forwarded-host': `autre-${i}.example`, cookie: `c=${i}` },
      ],
    ] as const) {
      const response = await rawGet(url, headers)
      expect(response.headers['x-astro-cache'], `${url} ${JSON.stringify(headers)}`).toBe('HIT')
      expect(response.body).toBe(reference)
    }
    const unknownHouse = await rawGet(`${hub.siteUrl}/agenda?maison=inconnue-${i}`)
    expect(unknownHouse.status).toBe(302)
    expect(unknownHouse.headers.location).toBe('/agenda')
    const otherSpelling = await rawGet(`${hub.siteUrl}/maison%73/`)
    expect(otherSpelling.status).toBe(301)
    expect(otherSpelling.headers.location).toBe('/maisons')
  }
})

test('pages and feeds travel compressed to browsers that accept it, the same bytes once decoded; ranges and validated files as they are', async () => {
  const decoders = { br: brotliDecompressSync, gzip: gunzipSync }
  for (const address of ['/agenda', '/agenda.ics', '/radio/feed.xml']) {
    const plain = await rawGetBytes(`${hub.siteUrl}${address}`)
    expect(plain.status, address).toBe(200)
    expect(plain.headers['content-encoding'], address).toBeUndefined()
    for (const [encoding, decode] of Object.entries(decoders)) {
      const packed = await rawGetBytes(`${hub.siteUrl}${address}`, { 'accept-encoding': encoding })
      expect(packed.headers['content-encoding'], `${address} ${encoding}`).toBe(encoding)
      expect(packed.headers.vary, address).toContain('Accept-Encoding')
      // From the route cache: compressed on the way out at first, then from its copy (lib/compressedCopies.ts).
      expect(packed.headers['x-astro-cache'], address).toBe('HIT')
      expect(decode(packed.body).equals(plain.body), `${address} ${encoding}`).toBe(true)
      expect(packed.body.length, address).toBeLessThan(plain.body.length / 2)
    }
  }
  // Pollers of a feed get 304 once they hold its tag, compressed or not, from the cache's front.
  for (const address of ['/agenda.ics', '/radio/feed.xml', '/journal/rss.xml']) {
    const plain = await rawGetBytes(`${hub.siteUrl}${address}`)
    const etag = plain.headers.etag as string
    expect(etag, address).toMatch(/^"[A-Za-z0-9_-]+"$/)
    const packed = await rawGetBytes(`${hub.siteUrl}${address}`, { 'accept-encoding': 'gzip' })
    // A strong tag names the identity bytes: the compressed ones carry it weak.
    expect(packed.headers.etag, address).toBe(packed.headers['content-encoding'] ? `W/${etag}` : etag)
    for (const tag of [etag, `W/${etag}`]) {
      const again = await rawGetBytes(`${hub.siteUrl}${address}`, { 'if-none-match': tag, 'accept-encoding': 'gzip' })
      expect(again.status, `${address} ${tag}`).toBe(304)
      expect(again.body.length, address).toBe(0)
    }
  }
  // A static script over the size worth compressing, with its validator: as it is, whole or in part.
  const script = `${hub.siteUrl}/pcm-capture.worklet.js`
  const whole = await rawGetBytes(script, { 'accept-encoding': 'br, gzip' })
  expect(whole.headers['content-encoding']).toBeUndefined()
  expect(whole.headers.etag).toBeDefined()
  expect(whole.body.length).toBeGreaterThan(1024)
  const part = await rawGetBytes(script, { 'accept-encoding': 'br, gzip', range: 'bytes=0-1' })
  expect(part.status).toBe(206)
  expect(part.headers['content-encoding']).toBeUndefined()
  expect(part.body.equals(whole.body.subarray(0, 2))).toBe(true)
})

test('a form sent from another site is refused with a French page; one sent through a proxy that ends TLS is received', async ({
  request,
}) => {
  const host = new URL(hub.siteUrl).host
  const form = { form: { message: 'Bonjour' }, maxRedirects: 0 }
  for (const path of ['/contribuer', '/contribuer/retrait']) {
    const forged = await request.post(`${hub.siteUrl}${path}`, {
      ...form,
      headers: { origin: 'https://pirate.example' },
    })
    expect(forged.status(), path).toBe(403)
    expect(forged.headers()['cache-control']).toBe('no-store')
    const refusal = await forged.text()
    expect(refusal).toContain('Ce formulaire n’a pas été reçu')
    expect(refusal).not.toContain('<form')
  }
  // The browser sent https to the proxy, which asks the site in http and says so.
  const proxied = await request.post(`${hub.siteUrl}/contribuer`, {
    ...form,
    headers: { origin: `https://${host}`, 'x-forwarded-proto': 'https' },
  })
  // Read by the form page, which asks for what is missing (here its form token) in its own words.
  const received = await proxied.text()
  expect(received).toContain('<h1>Contribuer</h1>')
  expect(received).toContain('Ce formulaire a expiré ou ne vient pas de cette page')
})
