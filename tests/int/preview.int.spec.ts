import type { PayloadRequest } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { signPreviewToken } from '../../schemas/previewToken'
import { PREVIEW_PARAMETER, PREVIEW_TOKEN_HEADER } from '../../schemas/preview'
import { slugs } from '../../schemas/slugs'
import { routeCmsFetch } from '../helpers/cmsOverHttp'
import { createEvent, eventData } from '../helpers/events'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type Actors, createActors } from '../helpers/staff'

const CMS = 'http://cms.test'
const SITE = 'https://site.example.org'
let cms: TestCms
let actors: Actors
let houseA: number
let restore: () => void
let site: typeof import('../../site/lib/content')
let preview: typeof import('../../site/lib/preview')

beforeAll(async () => {
  cms = await startTestCms({ CMS_URL: CMS, SITE_URL: SITE })
  restore = routeCmsFetch(cms.config, CMS)
  const made = await createActors(cms.payload)
  actors = made.actors
  houseA = made.houseA.id
  site = await import('../../site/lib/content')
  preview = await import('../../site/lib/preview')
})
afterAll(async () => {
  restore()
  await cms.stop()
})

const tokenFor = (collection: string, id: number | string, now?: number) =>
  signPreviewToken(process.env.SITE_INVALIDATION_SECRET!, collection, id, now)

/** The event page's read, as the site makes it while rendering `/agenda/<slug>?apercu=<token>`. */
const eventPageRead = (slug: string, token: string) => preview.withPreview(token, () => site.content.event(slug))

async function endpoint(collection: string, query: string, token?: string) {
  const response = await fetch(`${CMS}/api/preview/${collection}?${query}`, {
    headers: token ? { [PREVIEW_TOKEN_HEADER]: token } : {},
  })
  return { status: response.status, body: (await response.json()) as { docs?: { title: string }[] } }
}

describe('a preview shows the draft to whoever has its address, and nothing else', () => {
  it('reads a never-published event only with its token, while the public read finds nothing', async () => {
    const draft = await createEvent(cms.payload, eventData('Atelier en préparation', { houses: [houseA] }), 'draft')
    expect(await site.content.event(draft.slug!)).toBeNull()
    const shown = await eventPageRead(draft.slug!, tokenFor(slugs.events, draft.id))
    expect(shown?.title).toBe('Atelier en préparation')
  })

  it('shows the latest draft of a published event, and the public still reads the published version', async () => {
    const event = await createEvent(cms.payload, eventData('Repair café', { houses: [houseA] }), 'published')
    await cms.payload.update({
      collection: slugs.events,
      id: event.id,
      data: { title: 'Repair café (nouvelle formule)' },
      draft: true,
    })
    expect((await site.content.event(event.slug!))?.title).toBe('Repair café')
    expect((await eventPageRead(event.slug!, tokenFor(slugs.events, event.id)))?.title).toBe(
      'Repair café (nouvelle formule)',
    )
  })

  it('a token opens its own document only: another draft of the same collection stays hidden', async () => {
    const mine = await createEvent(cms.payload, eventData('Brouillon A', { houses: [houseA] }), 'draft')
    const other = await createEvent(cms.payload, eventData('Brouillon B', { houses: [houseA] }), 'draft')
    expect(await eventPageRead(other.slug!, tokenFor(slugs.events, mine.id))).toBeNull()
    const listed = await endpoint(slugs.events, 'limit=10', tokenFor(slugs.events, mine.id))
    expect(listed.body.docs?.map((doc) => doc.title)).not.toContain('Brouillon B')
  })

  it('refuses a missing, forged, other-collection or expired token, in French, never cached', async () => {
    const draft = await createEvent(cms.payload, eventData('Brouillon C', { houses: [houseA] }), 'draft')
    const valid = tokenFor(slugs.events, draft.id)
    const forged = `${valid.slice(0, -4)}AAAA`
    const otherDraft = tokenFor(slugs.events, draft.id).replace(/^events\./, 'articles.')
    for (const token of [undefined, forged, otherDraft, 'events.1.1.x']) {
      const refused = await endpoint(slugs.events, `where[slug][equals]=${draft.slug}`, token)
      expect(refused.status, String(token)).toBe(403)
    }
    expect((await endpoint(slugs.articles, 'limit=1', valid)).status).toBe(403)
    const expired = await fetch(`${CMS}/api/preview/${slugs.events}?where[slug][equals]=${draft.slug}`, {
      headers: { [PREVIEW_TOKEN_HEADER]: tokenFor(slugs.events, draft.id, Date.now() - 31 * 60_000) },
    })
    expect(expired.status).toBe(410)
    expect(expired.headers.get('cache-control')).toBe('no-store')
    expect(JSON.stringify(await expired.json())).toContain('Cet aperçu a expiré')
    await expect(eventPageRead(draft.slug!, forged)).rejects.toBeInstanceOf(preview.PreviewRefusedError)
  })

  it('gives the « Aperçu » address to those who may change the document, on the public site, and to nobody else', async () => {
    const draft = await createEvent(cms.payload, eventData('Fête du quartier', { houses: [houseA] }), 'draft')
    const events = cms.config.collections.find((collection) => collection.slug === slugs.events)!
    const addressFor = (user: unknown) =>
      events.admin.preview!(draft as never, {
        req: { user, payload: cms.payload } as PayloadRequest,
        locale: 'fr',
        token: null,
      })
    const url = new URL((await addressFor(actors.editorA)) as string)
    expect(url.origin + url.pathname).toBe(`${SITE}/agenda/${draft.slug}`)
    expect(url.searchParams.get(PREVIEW_PARAMETER)).toMatch(/^events\./)
    expect(await addressFor(actors.editorB)).toBeNull()
    expect(await addressFor(actors.moderator)).toBeNull()
    expect(await addressFor(null)).toBeNull()
  })
})
