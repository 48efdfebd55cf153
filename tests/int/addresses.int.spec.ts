import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugify } from '../../schemas/fields/slug'
import { slugs } from '../../schemas/slugs'
import { eventData } from '../helpers/events'
import { restAs, restClient, type Rest } from '../helpers/rest'
import { startCmsWithActors } from '../helpers/staff'

let ctx: Awaited<ReturnType<typeof startCmsWithActors>>
let rest: Rest
let anonymous: ReturnType<typeof restClient>
const created: number[] = []

beforeAll(async () => {
  ctx = await startCmsWithActors()
  rest = await restAs(ctx.cms.payload, ctx.cms.config, ctx.actors)
  anonymous = restClient(ctx.cms.config)
})
afterAll(async () => {
  for (const id of created) await ctx.cms.payload.delete({ collection: slugs.events, id })
  await ctx.cms.stop()
})

/** An event made by editor A from the admin (REST), published unless said otherwise; its stored address. */
async function publish(title: string, extra: Record<string, unknown> = {}, status = 'published') {
  const response = await rest('editorA', 'POST', `${slugs.events}${status === 'draft' ? '?draft=true' : ''}`, {
    ...eventData(title, { houses: [ctx.houseA] }),
    ...extra,
    _status: status,
  })
  expect(response.status, JSON.stringify(response.body)).toBe(201)
  const doc = response.body.doc as { id: number; slug: string }
  created.push(doc.id)
  return doc
}

describe('addresses from any title', () => {
  it('transliterates any script to Latin letters', () => {
    expect(slugify('عيد الحي')).toBe('aayd-lhy')
    expect(slugify('Fête de l’été : œufs & crêpes !')).toBe('fete-de-l-ete-oeufs-crepes')
    expect(slugify('Праздник квартала')).toBe('prazdnik-kvartala')
    expect(slugify('🎉🎈')).toBe('')
  })

  it('gives an event with an Arabic title a readable address', async () => {
    expect((await publish('عيد الحي')).slug).toBe('aayd-lhy')
  })

  it('numbers a second « Atelier cuisine » instead of refusing it', async () => {
    const first = await publish('Atelier cuisine')
    const second = await publish('Atelier cuisine')
    const third = await publish('Atelier cuisine', {}, 'draft')
    expect([first.slug, second.slug, third.slug]).toEqual(['atelier-cuisine', 'atelier-cuisine-2', 'atelier-cuisine-3'])
  })

  it('gives a title of emoji only an address all the same, and a second one its own', async () => {
    const first = await publish('🎉🎈')
    const second = await publish('🎶')
    expect(first.slug).toMatch(/^evenement(-\d+)?$/)
    expect(second.slug).toMatch(/^evenement-\d+$/)
    expect(second.slug).not.toBe(first.slug)
  })

  it('still refuses, on the address field and in French, an address the person typed that is taken', async () => {
    await publish('Bal', { slug: 'bal-du-14' })
    const response = await rest('editorA', 'POST', slugs.events, {
      ...eventData('Autre bal', { houses: [ctx.houseA], slug: 'bal-du-14' }),
      _status: 'published',
    })
    expect(response.status).toBe(400)
    const errors = (response.body.errors as { data: { errors: { path: string; message: string }[] } }[])[0]!.data.errors
    expect(errors).toEqual([expect.objectContaining({ path: 'slug', message: expect.stringMatching(/unique/i) })])
    expect(errors[0]!.message).not.toMatch(/must|value/i)
  })
})

describe('an address once published keeps answering', () => {
  it('keeps the address when it is emptied, with a published event', async () => {
    const event = await publish('Vide-grenier')
    const cleared = await rest('editorA', 'PATCH', `${slugs.events}/${event.id}`, { slug: '' })
    expect(cleared.status).toBe(200)
    expect((cleared.body.doc as { slug: string }).slug).toBe('vide-grenier')
  })

  it('remembers the former address of a renamed event, which anonymous visitors can look up', async () => {
    const event = await publish('Loto de printemps')
    await rest('editorA', 'PATCH', `${slugs.events}/${event.id}`, { slug: 'loto' })
    await rest('editorA', 'PATCH', `${slugs.events}/${event.id}`, { slug: 'grand-loto' })
    const stored = await ctx.cms.payload.findByID({ collection: slugs.events, id: event.id, depth: 0 })
    expect(stored.slug).toBe('grand-loto')
    expect(stored.previousSlugs).toEqual(['loto-de-printemps', 'loto'])

    const found = await anonymous(
      'GET',
      `${slugs.events}?where[previousSlugs][equals]=loto-de-printemps&select[slug]=true`,
    )
    expect((found.body.docs as { slug: string }[]).map((doc) => doc.slug)).toEqual(['grand-loto'])
  })

  it('forgets nothing when the address goes back to a former one', async () => {
    const event = await publish('Chorale')
    await rest('editorA', 'PATCH', `${slugs.events}/${event.id}`, { slug: 'chorale-du-jeudi' })
    await rest('editorA', 'PATCH', `${slugs.events}/${event.id}`, { slug: 'chorale' })
    const stored = await ctx.cms.payload.findByID({ collection: slugs.events, id: event.id, depth: 0 })
    expect(stored.previousSlugs).toEqual(['chorale-du-jeudi'])
  })

  it('gives no former address of a draft to anonymous visitors', async () => {
    const draft = await publish('Projet discret', {}, 'draft')
    await rest('editorA', 'PATCH', `${slugs.events}/${draft.id}?draft=true`, { slug: 'projet-tres-discret' })
    const found = await anonymous('GET', `${slugs.events}?where[previousSlugs][equals]=projet-discret`)
    expect(found.body.docs).toEqual([])
  })
})
