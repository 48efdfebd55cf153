import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { connect } from 'node:net'
import { parseEnv } from 'node:util'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { signInvalidation } from '../../schemas/invalidation'
import { hub } from './hub'
import { adminApi, houseId } from './staff'

test('pages are served from the route cache once rendered', async ({ request }) => {
  await request.get('/maisons')
  const again = await request.get('/maisons')
  expect(again.status()).toBe(200)
  expect(again.headers()['x-astro-cache']).toBe('HIT')
})

test('the site ignores cache invalidations that are not signed by the CMS', async ({ request }) => {
  await request.get('/maisons')
  const forged: { headers: Record<string, string>; data: { tags: string[] } }[] = [
    { headers: {}, data: { tags: ['houses'] } },
    { headers: { 'x-coope-signature': `t=${Date.now()},v1=${'0'.repeat(64)}` }, data: { tags: ['houses'] } },
  ]
  for (const attempt of forged) {
    const response = await request.post('/api/cache/invalidate', attempt)
    expect(response.status()).toBe(401)
  }
  expect((await request.get('/maisons')).headers()['x-astro-cache']).toBe('HIT')
})

/** A cache invalidation of `tags` signed as the CMS signs them, as the options of its POST. */
function signedInvalidation(tags: string[]) {
  const secret = parseEnv(readFileSync(hub.env.ENV_FILE, 'utf8')).SITE_INVALIDATION_SECRET ?? ''
  const body = JSON.stringify({ tags })
  return {
    headers: { 'content-type': 'application/json', 'x-coope-signature': signInvalidation(body, secret) },
    data: body,
  }
}

/** Sends the site a cache invalidation signed as the CMS signs them. */
async function invalidate(request: APIRequestContext, tags: string[]): Promise<void> {
  const response = await request.post('/api/cache/invalidate', signedInvalidation(tags))
  expect(response.status()).toBe(200)
}

test('a page is tagged with everything it read from the CMS, without the page naming a tag', async ({ request }) => {
  const admin = await adminApi()
  const house = await houseId(admin, 'Maison des Tilleuls')
  const created = await admin.post('/api/events', {
    data: {
      title: `Atelier étiquettes ${randomBytes(3).toString('hex')}`,
      start: new Date(Date.now() + 4 * 86_400_000).toISOString(),
      houses: [house],
      venue: { kind: 'house', house },
      _status: 'published',
    },
  })
  expect(created.ok(), await created.text()).toBe(true)
  const event = (await created.json()).doc
  const cached = async () => (await request.get(`/agenda/${event.slug}`)).headers()['x-astro-cache']
  try {
    await expect.poll(cached).toBe('HIT')
    // The event itself, what it was read with (houses, themes, images, its project), the episodes
    // about it (« À écouter », with what they are about), and the frame every page reads: a change
    // to any of them must drop the page.
    for (const tag of [
      `events:${event.id}`,
      'houses',
      'themes',
      'media',
      'projects',
      'episodes',
      'articles',
      'identity',
      'navigation',
      'settings',
    ]) {
      await invalidate(request, [tag])
      expect(await cached(), tag).not.toBe('HIT')
      // Polled: a change the CMS announces meanwhile (the hub's own jobs) may drop it once more.
      await expect.poll(cached, { message: tag }).toBe('HIT')
    }
    // What it did not read leaves it alone.
    for (const tag of ['partners', 'purposes', 'contributions', `events:${event.id + 1}`]) {
      await invalidate(request, [tag])
      expect(await cached(), tag).toBe('HIT')
    }
  } finally {
    await admin.delete(`/api/events/${event.id}`)
    await admin.dispose()
  }
})

test('a change to what every page frames (the settings) reaches the pages it drops, though the frame is kept between pages', async ({
  request,
}) => {
  const admin = await adminApi()
  const settings = async () =>
    (await (await admin.get('/api/globals/settings', { params: { depth: 0 } })).json()) as { tagline?: string | null }
  const before = await settings()
  const tagline = `Trois maisons, une même porte ${randomBytes(3).toString('hex')}`
  try {
    // A page reads the frame and keeps it for the next ones.
    expect((await request.get('/maisons')).status()).toBe(200)
    const saved = await admin.post('/api/globals/settings', { data: { tagline } })
    expect(saved.ok(), await saved.text()).toBe(true)
    // The invalidation drops the home and the kept frame: the home rendered again shows the change.
    await expect.poll(async () => (await request.get('/')).text()).toContain(tagline)
  } finally {
    await admin.post('/api/globals/settings', { data: { tagline: before.tagline ?? null } })
    await admin.dispose()
  }
})

test('a client that pipelines requests behind answers it never reads holds up no page for other visitors', async ({
  request,
}) => {
  const feed = await (await request.get('/radio/feed.xml')).text()
  const audio = new URL(/<enclosure url="([^"]+)"/.exec(feed)![1]!).pathname
  const site = new URL(hub.siteUrl)
  await request.get('/agenda')
  // The agenda not fresh, as right after a publication: the next visitor renders it.
  await invalidate(request, ['events'])
  const attacker = connect(Number(site.port), site.hostname)
  try {
    const firstBytes = new Promise((resolve) => attacker.once('data', resolve))
    // Megabytes of sound never read, then a target the URL parser reads as the path /agenda.
    const line = (target: string) => `GET ${target} HTTP/1.1\r\nHost: ${site.host}\r\n\r\n`
    attacker.write(line(audio).repeat(150) + line('//x/agenda'))
    await firstBytes
    attacker.pause()
    const answer = await request.get('/agenda', { timeout: 10_000 })
    expect(answer.status()).toBe(200)
  } finally {
    attacker.destroy()
  }
})

test('a client claiming https through X-Forwarded-Proto changes the policy of no cached page', async ({ request }) => {
  await invalidate(request, ['projects'])
  const claimed = await request.get('/projets', { headers: { 'x-forwarded-proto': 'https' } })
  expect(claimed.headers()['x-astro-cache']).toBe('MISS')
  const next = await request.get('/projets')
  expect(next.headers()['x-astro-cache']).toBe('HIT')
  // The site's public address (SITE_URL) is http here: nothing is to be upgraded to https.
  for (const answer of [claimed, next])
    expect(answer.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests')
})

test('a signed invalidation counts once: the same request sent again is refused', async ({ request }) => {
  const signed = signedInvalidation(['partners'])
  expect((await request.post('/api/cache/invalidate', signed)).status()).toBe(200)
  const again = await request.post('/api/cache/invalidate', signed)
  expect(again.status()).toBe(409)
  expect(await again.json()).toEqual({ error: 'already received' })
})

test('a preview address with a forged or expired token is refused before anything is rendered', async ({ request }) => {
  // Well-formed but signed by nobody, to come and to past; then no token at all.
  const signedByNobody = (expiresAt: number) => `events.1.${expiresAt}.${'A'.repeat(43)}`
  const now = Math.floor(Date.now() / 1000)
  for (const token of [signedByNobody(now + 600), signedByNobody(now - 600), 'x']) {
    for (const path of ['/agenda.ics', '/agenda', '/']) {
      const answer = await request.get(`${path}?apercu=${token}`)
      expect(answer.status(), `${path} ${token}`).toBe(403)
      expect(answer.headers()['cache-control']).toBe('no-store')
      expect(answer.headers()['x-robots-tag']).toBe('noindex')
      expect(await answer.text()).toContain('Cet aperçu n’est pas valable')
    }
  }
})
