import { randomBytes } from 'node:crypto'

import { expect, test } from '@playwright/test'

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
  try {
    const page = await request.get(`/agenda/${event.slug}`)
    expect(page.status()).toBe(200)
    expect(page.headers()['x-astro-cache']).not.toBe('HIT')
    const tags = new Set(page.headers()['cache-tag']?.split(/,\s*/))
    // The event itself, what it was read with (houses, themes, images), and the frame every page reads.
    const read = [`events:${event.id}`, 'houses', 'themes', 'media', 'identity', 'navigation', 'settings']
    expect([...tags].sort()).toEqual(read.sort())
    await expect(page.text()).resolves.toContain('Maison des Tilleuls')
  } finally {
    await admin.delete(`/api/events/${event.id}`)
    await admin.dispose()
  }
})
