import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { parseEnv } from 'node:util'

import { type APIRequestContext, expect, request, test } from '@playwright/test'
import { parseFeed } from 'podcast-partytime'
import sharp from 'sharp'

import { podcastArtName } from '../../site/files/podcastArtName'
import { hub } from './hub'
import { walkListingPages } from './pageLinks'
import { adminApi, apiAs, createEditor, houseId } from './staff'

test('with the keyboard alone, a listener finds an episode, plays it and reads its transcript', async ({ page }) => {
  await page.goto('/radio')
  const episodeLink = page.getByRole('link', { name: 'La cuisine partagée aux Tilleuls' })
  for (let tabs = 0; tabs < 40 && !(await episodeLink.evaluate((el) => el === document.activeElement)); tabs++) {
    await page.keyboard.press('Tab')
  }
  await expect(episodeLink).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('La cuisine partagée aux Tilleuls')
  const audio = page.locator('audio')
  await expect(audio).toHaveAttribute('preload', 'none')
  expect(await audio.evaluate((el: HTMLAudioElement) => el.autoplay)).toBe(false)
  for (let tabs = 0; tabs < 40 && !(await audio.evaluate((el) => el === document.activeElement)); tabs++) {
    await page.keyboard.press('Tab')
  }
  await expect(audio).toBeFocused()
  await page.keyboard.press('Space')
  await expect.poll(() => audio.evaluate((el: HTMLAudioElement) => !el.paused && el.currentTime > 0)).toBe(true)
  const transcript = page.getByRole('region', { name: 'Transcription' })
  await expect(transcript).toContainText('Karim\u00a0: Bonjour à toutes et à tous')
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    '/radio/les-ondes-de-la-coope/feed.xml',
  )
})

test('the demo show’s feed has its artwork, enclosures that answer Apple’s probe, and its files with CORS', async () => {
  const site = await request.newContext({ baseURL: hub.siteUrl })
  const answer = await site.get('/radio/les-ondes-de-la-coope/feed.xml')
  expect(answer.headers()['content-type']).toContain('application/rss+xml')
  expect(answer.headers()['access-control-allow-origin']).toBe('*')
  const feed = parseFeed(await answer.text())!
  expect(feed.items).toHaveLength(2)
  const art = await site.get(new URL(feed.itunesImage!).pathname)
  expect(art.headers()['content-type']).toBe('image/jpeg')
  const { width, height, format } = await sharp(await art.body()).metadata()
  expect({ format, square: width === height, inRange: width >= 1400 && width <= 3000 }).toEqual({
    format: 'jpeg',
    square: true,
    inRange: true,
  })
  for (const item of feed.items) {
    const probe = await site.get(new URL(item.enclosure.url).pathname, { headers: { range: 'bytes=0-1' } })
    expect(probe.status()).toBe(206)
    expect(probe.headers()['content-range']).toBe(`bytes 0-1/${item.enclosure.length}`)
    // Web players that read the sound with fetch (waveforms, offline copies) need CORS too.
    expect(probe.headers()['access-control-allow-origin']).toBe('*')
    for (const transcript of item.podcastTranscripts ?? []) {
      const file = await site.get(new URL(transcript.url).pathname)
      expect(file.status()).toBe(200)
      expect(file.headers()['access-control-allow-origin']).toBe('*')
      // The preflight of a web player that asks for a range.
      const preflight = await site.fetch(new URL(transcript.url).pathname, {
        method: 'OPTIONS',
        headers: { origin: 'https://player.example', 'access-control-request-headers': 'range' },
      })
      expect(preflight.status()).toBe(204)
      expect(preflight.headers()['access-control-allow-origin']).toBe('*')
      expect(preflight.headers()['access-control-allow-headers']).toBe('Range')
    }
  }
  expect((await site.get('/radio/feed.xml')).status()).toBe(200)
  expect((await site.get('/journal/rss.xml')).status()).toBe(200)
  expect((await site.get('/radio/nexiste-pas/feed.xml')).status()).toBe(404)
  await site.dispose()
})

test('an episode about a project is offered on that project’s page, and links back', async ({ page }) => {
  const cms = await request.newContext({ baseURL: hub.cmsUrl })
  const found = await cms.get('/api/episodes', {
    params: { 'where[about.relationTo][equals]': 'projects', limit: 1, depth: 1 },
  })
  const episode = (await found.json()).docs[0]
  await cms.dispose()
  const project = episode.about.find((about: { relationTo: string }) => about.relationTo === 'projects').value
  await page.goto(`/projets/${project.slug}`)
  const listen = page.getByRole('region', { name: 'À écouter' })
  await listen.getByRole('link', { name: episode.title }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(episode.title)
  await expect(page.getByRole('link', { name: project.title })).toBeVisible()
})

const DEMO_SHOW = 'les-ondes-de-la-coope'

/** Episodes a test published in the demo show, and the sound they share: `unpublish` deletes them. */
type PublishedEpisodes = { ids: number[]; audioId: number; unpublish: () => Promise<void> }

/**
 * Publishes one episode per title in the demo show (one sound shared by all), the first the
 * oldest, a second apart and all in the past, each with `data` added (what it is about, say).
 */
async function publishEpisodes(
  admin: APIRequestContext,
  titles: readonly string[],
  data: Record<string, unknown> = {},
): Promise<PublishedEpisodes> {
  const shows = await admin.get('/api/shows', { params: { 'where[slug][equals]': DEMO_SHOW, depth: 0 } })
  const show = (await shows.json()).docs[0].id
  const sound = readFileSync(path.join(import.meta.dirname, '..', '..', 'media', 'demo', 'episode-2.mp3'))
  const audio = await admin.post('/api/audio', {
    multipart: {
      file: { name: 'episodes-de-test.mp3', mimeType: 'audio/mpeg', buffer: sound },
      _payload: JSON.stringify({ title: 'Son des épisodes de test', cooperation: true }),
    },
  })
  expect(audio.ok(), await audio.text()).toBe(true)
  const audioId: number = (await audio.json()).doc.id
  const ids: number[] = []
  const unpublish = async () => {
    for (const id of ids) await admin.delete(`/api/episodes/${id}`)
    await admin.delete(`/api/audio/${audioId}`)
  }
  try {
    for (const [i, title] of titles.entries()) {
      const episode = await admin.post('/api/episodes', {
        data: {
          show,
          title,
          description: 'Un épisode de plus, pour un test.',
          audio: audioId,
          cooperation: true,
          publishedAt: new Date(Date.now() - (titles.length - i) * 1000).toISOString(),
          _status: 'published',
          ...data,
        },
      })
      expect(episode.ok(), await episode.text()).toBe(true)
      ids.push((await episode.json()).doc.id)
    }
  } catch (error) {
    // The publication's own error is the one to report, not a failure of this cleanup.
    await unpublish().catch(() => undefined)
    throw error
  }
  return { ids, audioId, unpublish }
}

test('a show lists its episodes twenty to a page, newest first, with links between the pages', async ({
  page,
  request: site,
}) => {
  const admin = await adminApi()
  const base = `/radio/${DEMO_SHOW}`
  const titles = Array.from({ length: 20 }, (_, i) => `Chronique en pages ${i + 1}`)
  const listed = async () => {
    await page.goto(base)
    return page.locator('.episode-title').allTextContents()
  }
  let episodes: PublishedEpisodes | undefined
  try {
    episodes = await publishEpisodes(admin, titles)
    await expect.poll(listed).toEqual(titles.toReversed())
    await walkListingPages(page, site, {
      base,
      label: 'Pages des épisodes',
      second: (on) => on.getByRole('link', { name: 'La cuisine partagée aux Tilleuls', exact: true }),
    })
  } finally {
    await episodes?.unpublish()
    await admin.dispose()
  }
  await expect.poll(listed).not.toContain(titles[0])
})

test('a project the radio has followed for long offers its ten newest episodes, and says how many there are', async ({
  page,
}) => {
  const admin = await adminApi()
  const projects = await admin.get('/api/projects', {
    params: { 'where[_status][equals]': 'published', limit: 1, depth: 0, sort: 'title' },
  })
  const project = (await projects.json()).docs[0]
  const about = await admin.get('/api/episodes', {
    params: {
      'where[about.value][equals]': project.id,
      'where[about.relationTo][equals]': 'projects',
      'where[_status][equals]': 'published',
      limit: 0,
    },
  })
  const before: number = (await about.json()).totalDocs
  const titles = Array.from({ length: 11 }, (_, i) => `Nouvelles du projet, numéro ${i + 1}`)
  const listen = page.getByRole('region', { name: 'À écouter' })
  let episodes: PublishedEpisodes | undefined
  try {
    episodes = await publishEpisodes(admin, titles, { about: [{ relationTo: 'projects', value: project.id }] })
    await expect
      .poll(async () => {
        await page.goto(`/projets/${project.slug}`)
        return listen.locator('.episode-title').allTextContents()
      })
      .toEqual(titles.toReversed().slice(0, 10))
    await expect(listen).toContainText(
      `Les 10 épisodes les plus récents, sur ${before + titles.length}. Les autres sont sur les pages de leurs émissions.`,
    )
  } finally {
    await episodes?.unpublish()
    await admin.dispose()
  }
})

test.describe('changes reach feeds and files as soon as the CMS says so', () => {
  let admin: APIRequestContext
  let editorApi: APIRequestContext
  let editorId: number
  let site: APIRequestContext

  test.beforeAll(async () => {
    admin = await adminApi()
    const editor = await createEditor(admin, await houseId(admin, 'Maison du Port'), 'editrice-radio')
    editorId = editor.id
    editorApi = await apiAs(editor)
    site = await request.newContext({ baseURL: hub.siteUrl })
  })

  test.afterAll(async () => {
    await admin.delete(`/api/users/${editorId}`)
    await Promise.all([admin.dispose(), editorApi.dispose(), site.dispose()])
  })

  test('an episode an editor publishes is in its show’s cached feed once the invalidation arrives', async () => {
    const feedPath = '/radio/les-ondes-de-la-coope/feed.xml'
    const titles = async () => parseFeed(await (await site.get(feedPath)).text())!.items.map((item) => item.title)
    const title = `Une émission toute fraîche ${randomBytes(3).toString('hex')}`
    expect(await titles()).not.toContain(title)
    expect((await site.get(feedPath)).headers()['x-astro-cache']).toBe('HIT')

    const shows = await editorApi.get('/api/shows', {
      params: { 'where[slug][equals]': 'les-ondes-de-la-coope', depth: 0 },
    })
    const show = (await shows.json()).docs[0].id
    const sound = readFileSync(path.join(import.meta.dirname, '..', '..', 'media', 'demo', 'episode-2.mp3'))
    const audio = await editorApi.post('/api/audio', {
      multipart: {
        file: { name: 'toute-fraiche.mp3', mimeType: 'audio/mpeg', buffer: sound },
        _payload: JSON.stringify({ title }),
      },
    })
    expect(audio.ok(), await audio.text()).toBe(true)
    const audioId = (await audio.json()).doc.id
    const episode = await editorApi.post('/api/episodes', {
      data: {
        show,
        title,
        description: 'Un épisode publié pendant le test.',
        audio: audioId,
        publishedAt: new Date().toISOString(),
        _status: 'published',
      },
    })
    expect(episode.ok(), await episode.text()).toBe(true)
    const episodeId = (await episode.json()).doc.id
    try {
      await expect.poll(titles).toContain(title)
    } finally {
      await admin.delete(`/api/episodes/${episodeId}`)
      await admin.delete(`/api/audio/${audioId}`)
    }
  })

  test('the podcast artwork of a deleted image stops being served once the invalidation arrives', async () => {
    const square = await sharp({
      create: { width: 1400, height: 1400, channels: 3, background: '#0b5563' },
    })
      .png()
      .toBuffer()
    const created = await editorApi.post('/api/media', {
      multipart: {
        file: { name: 'pochette-retiree.png', mimeType: 'image/png', buffer: square },
        _payload: JSON.stringify({ alt: 'Une pochette retirée' }),
      },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const image = (await created.json()).doc
    // Artwork is made only under the name the site signs for its feeds, never for any image's name.
    const secret = parseEnv(readFileSync(hub.env.ENV_FILE, 'utf8')).SITE_INVALIDATION_SECRET!
    const signed = podcastArtName(image.filename, secret)
    const forged = `${image.filename}.${'A'.repeat(16)}.jpg`
    for (const name of [`${image.filename}.jpg`, forged, podcastArtName(image.filename, 'z'.repeat(64))])
      expect((await site.get(`/fichiers/pochettes/${name}`)).status(), name).toBe(404)
    const art = `/fichiers/pochettes/${signed}`
    expect((await site.get(art)).status()).toBe(200)
    expect((await editorApi.delete(`/api/media/${image.id}`)).ok()).toBe(true)
    // The artwork stays on the disk: only the site's answer about its image can withdraw it.
    await expect.poll(async () => (await site.get(art)).status()).toBe(404)
  })
})
