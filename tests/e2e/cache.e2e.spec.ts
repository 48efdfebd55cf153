import { expect, test } from '@playwright/test'

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
