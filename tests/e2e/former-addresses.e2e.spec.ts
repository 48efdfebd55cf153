import { randomBytes } from 'node:crypto'

import { type APIRequestContext, expect, test } from '@playwright/test'

import { adminApi } from './staff'

// Pages render only in a built site: the integration test (tests/int/former-addresses.int.spec.ts)
// covers the endpoints and the helpers; this one, that each page route calls them.

let admin: APIRequestContext
const created: { collection: string; id: number }[] = []
const suffix = randomBytes(3).toString('hex')

/** A one-paragraph rich text, as the admin's editor saves it. */
const richText = (text: string) => ({
  root: {
    type: 'root',
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [
      {
        type: 'paragraph',
        direction: null,
        format: '',
        indent: 0,
        version: 1,
        children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

/** Publishes a document through the CMS's REST API, then changes its address as staff would; both addresses. */
async function publishThenRename(collection: string, data: Record<string, unknown>): Promise<[string, string]> {
  const response = await admin.post(`/api/${collection}`, { data: { ...data, _status: 'published' } })
  expect(response.ok(), await response.text()).toBe(true)
  const doc = (await response.json()).doc as { id: number; slug: string }
  created.push({ collection, id: doc.id })
  const renamed = `${doc.slug}-nouvelle`
  const patched = await admin.patch(`/api/${collection}/${doc.id}`, { data: { slug: renamed } })
  expect(patched.ok(), await patched.text()).toBe(true)
  return [doc.slug, renamed]
}

test.beforeAll(async () => {
  admin = await adminApi()
})

test.afterAll(async () => {
  for (const { collection, id } of created.reverse()) await admin.delete(`/api/${collection}/${id}`)
  await admin.dispose()
})

test('the pages of renamed documents answer their former addresses with a 301 to the new ones', async ({ request }) => {
  const [project, newProject] = await publishThenRename('projects', {
    title: `Projet ${suffix}`,
    summary: 'Un projet.',
    status: 'active',
    cooperation: true,
  })
  const [house, newHouse] = await publishThenRename('houses', { name: `Maison ${suffix}`, summary: 'Une maison.' })
  const [page, newPage] = await publishThenRename('pages', {
    title: `Page ${suffix}`,
    body: richText('Une page.'),
    cooperation: true,
  })
  const [event, newEvent] = await publishThenRename('events', {
    title: `Fête ${suffix}`,
    start: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    venue: { kind: 'elsewhere', name: 'Salle des fêtes' },
    cooperation: true,
  })
  const [article, newArticle] = await publishThenRename('articles', {
    title: `Article ${suffix}`,
    body: richText('Un article.'),
    easyRead: richText('Facile.'),
    publishedAt: new Date().toISOString(),
    cooperation: true,
  })
  const moves = {
    [`/projets/${project}?vue=1`]: `/projets/${newProject}?vue=1`,
    [`/maisons/${house}`]: `/maisons/${newHouse}`,
    [`/agenda?maison=${house}`]: `/agenda?maison=${newHouse}`,
    [`/agenda/widget?maison=${house}&gratuit=1`]: `/agenda/widget?maison=${newHouse}&gratuit=1`,
    [`/pages/${page}`]: `/pages/${newPage}`,
    [`/agenda/${event}`]: `/agenda/${newEvent}`,
    [`/agenda/${event}.ics`]: `/agenda/${newEvent}.ics`,
    [`/journal/hors-numero/${article}`]: `/journal/hors-numero/${newArticle}`,
    [`/journal/hors-numero/${article}/facile-a-lire`]: `/journal/hors-numero/${newArticle}/facile-a-lire`,
  }
  for (const [from, to] of Object.entries(moves)) {
    const response = await request.get(from, { maxRedirects: 0 })
    expect(response.status(), from).toBe(301)
    const location = new URL(response.headers().location ?? '', 'http://site')
    expect(`${location.pathname}${location.search}`, from).toBe(to)
    expect((await request.get(to)).status(), to).toBe(200)
  }
})

test('a show’s page, feed and episodes answer its former address with a 301 that keeps the rest of the path', async ({
  request,
}) => {
  const shows = await admin.get('/api/shows', { params: { limit: 1, depth: 0, 'where[_status][equals]': 'published' } })
  const show = (await shows.json()).docs[0] as { id: number; slug: string }
  const episodes = await admin.get('/api/episodes', {
    params: { limit: 1, depth: 0, 'where[show][equals]': show.id, 'where[_status][equals]': 'published' },
  })
  const episode = (await episodes.json()).docs[0] as { slug: string }
  const renamed = `${show.slug}-${suffix}`
  const patched = await admin.patch(`/api/shows/${show.id}`, { data: { slug: renamed } })
  expect(patched.ok(), await patched.text()).toBe(true)
  try {
    for (const rest of ['', '/feed.xml', `/${episode.slug}`, `/${episode.slug}/transcription.txt`]) {
      const response = await request.get(`/radio/${show.slug}${rest}`, { maxRedirects: 0 })
      expect(response.status(), rest).toBe(301)
      expect(new URL(response.headers().location ?? '', 'http://site').pathname, rest).toBe(`/radio/${renamed}${rest}`)
    }
    expect((await request.get(`/radio/${renamed}/feed.xml`)).status()).toBe(200)
  } finally {
    // The demo show gets its address back; the former one is no longer a redirect once it is its own again.
    await admin.patch(`/api/shows/${show.id}`, { data: { slug: show.slug } })
  }
})
