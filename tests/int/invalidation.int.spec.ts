import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'

import { verifyInvalidation } from '../../schemas/invalidation'
import { slugs } from '../../schemas/slugs'
import { createEvent, eventData } from '../helpers/events'
import { startTestCms, type TestCms } from '../helpers/payload'

/** A stand-in for the site's invalidation endpoint: records what it accepts, can play dead. */
let site: Server
let received: string[][] = []
/** Whether each invalidation said the document stays public (the site may then keep the old page as a fallback). */
let stillPublic: (boolean | undefined)[] = []
let unsigned = 0
let failuresLeft = 0
let cms: TestCms

beforeAll(async () => {
  site = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      if (failuresLeft > 0) {
        failuresLeft--
        response.writeHead(503).end()
        return
      }
      if (
        !verifyInvalidation(body, request.headers['x-coope-signature'] as string, process.env.SITE_INVALIDATION_SECRET!)
      ) {
        unsigned++
        response.writeHead(401).end()
        return
      }
      const parsed = JSON.parse(body) as { tags: string[]; stillPublic?: boolean }
      received.push(parsed.tags)
      stillPublic.push(parsed.stillPublic)
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve))
  cms = await startTestCms({ SITE_URL: `http://127.0.0.1:${(site.address() as AddressInfo).port}` })
})
afterAll(async () => {
  await cms.stop()
  await new Promise((resolve) => site.close(resolve))
})
beforeEach(() => {
  received = []
  stillPublic = []
  unsigned = 0
  failuresLeft = 0
})

const publish = (title: string, status: 'draft' | 'published') =>
  createEvent(cms.payload, eventData(title, { cooperation: true }), status)

const pendingJobs = async () =>
  (await cms.payload.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })).totalDocs

describe('site invalidation on publish', () => {
  it('tells the site, with a valid signature, which listing and document changed, as soon as it is committed', async () => {
    const event = await publish('Publié à l’instant', 'published')
    await vi.waitFor(() => expect(received).toContainEqual([slugs.events, `${slugs.events}:${event.id}`]), {
      timeout: 5000,
    })
    expect(unsigned).toBe(0)
  })

  it('says nothing while a document that was never public is only saved as a draft', async () => {
    await publish('Brouillon', 'draft')
    await publish('Témoin', 'published')
    await vi.waitFor(() => expect(received.length).toBeGreaterThan(0), { timeout: 5000 })
    expect(received).toHaveLength(1)
  })

  it('invalidates on unpublish and on delete', async () => {
    const event = await publish('Retiré ensuite', 'published')
    await cms.payload.update({ collection: slugs.events, id: event.id, data: { _status: 'draft' } })
    await cms.payload.delete({ collection: slugs.events, id: event.id })
    await vi.waitFor(() => expect(received).toHaveLength(3), { timeout: 5000 })
    // A withdrawn page must never be shown again, even while the site cannot render its listing.
    expect(stillPublic).toEqual([true, false, false])
  })

  it('keeps the job and retries it until a site that was down answers', async () => {
    failuresLeft = 2
    const event = await publish('Site en panne', 'published')
    await vi.waitFor(
      async () => {
        await cms.payload.jobs.run({ silent: true })
        expect(received).toContainEqual([slugs.events, `${slugs.events}:${event.id}`])
      },
      { timeout: 20_000, interval: 300 },
    )
    expect(failuresLeft).toBe(0)
    expect(await pendingJobs()).toBe(0)
  })

  it('refuses an impossible schedule before anything is written or queued', async () => {
    const before = await pendingJobs()
    await expect(
      createEvent(
        cms.payload,
        eventData('Impossible', { end: '2027-01-20T16:00:00.000Z', cooperation: true }),
        'published',
      ),
    ).rejects.toMatchObject({ data: { code: 'event-ends-before-start' } })
    expect(await pendingJobs()).toBe(before)
  })

  it('tells the site at a scheduled publication and unpublication, as the jobs queue runs them', async () => {
    const draft = await publish('Programmé', 'draft')
    const schedule = (type: 'publish' | 'unpublish') =>
      cms.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type, doc: { relationTo: slugs.events, value: draft.id } },
        waitUntil: new Date(Date.now() - 1000),
      })
    const documentChanged = [slugs.events, `${slugs.events}:${draft.id}`]

    await schedule('publish')
    await vi.waitFor(
      async () => {
        await cms.payload.jobs.run({ silent: true })
        expect(received).toContainEqual(documentChanged)
      },
      { timeout: 10_000, interval: 200 },
    )
    const published = await cms.payload.findByID({ collection: slugs.events, id: draft.id, depth: 0 })
    expect(published._status).toBe('published')

    received = []
    await schedule('unpublish')
    await vi.waitFor(
      async () => {
        await cms.payload.jobs.run({ silent: true })
        expect(received).toContainEqual(documentChanged)
      },
      { timeout: 10_000, interval: 200 },
    )
    const unpublished = await cms.payload.findByID({ collection: slugs.events, id: draft.id, depth: 0 })
    expect(unpublished._status).toBe('draft')
  })
})
