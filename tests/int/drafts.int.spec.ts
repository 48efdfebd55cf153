import { REST_GET } from '@payloadcms/next/routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { createEvent, eventData } from '../helpers/events'
import { startTestCms, type TestCms } from '../helpers/payload'
import { createActors } from '../helpers/staff'

let cms: TestCms
let houseA: number
let get: ReturnType<typeof REST_GET>

/** A request to the CMS's REST API as an anonymous visitor, through the same handler the server uses. */
async function anonymous(path: string) {
  const url = new URL(`http://localhost/api/${path}`)
  const response = await get(new Request(url), { params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }) })
  return { status: response.status, body: (await response.json()) as { docs?: { title: string }[]; title?: string } }
}

beforeAll(async () => {
  cms = await startTestCms()
  get = REST_GET(Promise.resolve(cms.config))
  houseA = (await createActors(cms.payload)).houseA.id
})
afterAll(() => cms.stop())

const event = (title: string, status: 'draft' | 'published') =>
  createEvent(cms.payload, eventData(title, { houses: [houseA] }), status)

describe('drafts over anonymous REST', () => {
  it('never lists or returns a document that was never published', async () => {
    const draft = await event('Brouillon secret', 'draft')
    const list = await anonymous(`${slugs.events}?where[title][equals]=Brouillon%20secret`)
    expect(list.status).toBe(200)
    expect(list.body.docs).toEqual([])
    expect((await anonymous(`${slugs.events}/${draft.id}`)).status).toBe(404)
    expect((await anonymous(`${slugs.events}/${draft.id}?draft=true`)).status).toBe(404)
  })

  it('keeps serving the published version while a newer draft is being written', async () => {
    const published = await event('Version publiée', 'published')
    await cms.payload.update({
      collection: slugs.events,
      id: published.id,
      data: { title: 'Version en cours' },
      draft: true,
    })
    const shown = await anonymous(`${slugs.events}/${published.id}?draft=true`)
    expect(shown.status).toBe(200)
    expect(shown.body.title).toBe('Version publiée')
    const listed = await anonymous(`${slugs.events}?where[id][equals]=${published.id}`)
    expect(listed.body.docs?.map((d) => d.title)).toEqual(['Version publiée'])
  })

  it('stops showing a document once it is unpublished', async () => {
    const published = await event('Bientôt retiré', 'published')
    await cms.payload.update({ collection: slugs.events, id: published.id, data: { _status: 'draft' } })
    expect((await anonymous(`${slugs.events}/${published.id}`)).status).toBe(404)
  })

  it('keeps the address of a published page when its title is corrected', async () => {
    const published = await event('Atelier vélo du mardi', 'published')
    expect(published.slug).toBe('atelier-velo-du-mardi')
    const renamed = await cms.payload.update({
      collection: slugs.events,
      id: published.id,
      data: { title: 'Atelier vélo du jeudi' },
    })
    expect(renamed.slug).toBe('atelier-velo-du-mardi')
  })
})
