import { type MigrateUpArgs, sql } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { settleAddresses } from '../../cms/migrations/20261201_032225_slug_follows_title'

import { slugify } from '../../schemas/fields/slug'
import { type CollectionSlug, slugs } from '../../schemas/slugs'
import { richText } from '../helpers/accessCases'
import { eventData } from '../helpers/events'
import { mp3File, pngFile } from '../helpers/files'
import { restAs, restClient, type Rest } from '../helpers/rest'
import { createShow } from '../helpers/shows'
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

describe('a new document’s address follows its title until it is published', () => {
  type Saved = { id: number; slug: string; slugLocked?: boolean; previousSlugs?: string[] | null }
  const made: { collection: CollectionSlug; id: number }[] = []
  afterAll(async () => {
    for (const { collection, id } of made.reverse()) await ctx.cms.payload.delete({ collection, id })
  })

  /** What publishing a document of each collection needs beside its title. */
  const complete: Record<string, () => Promise<Record<string, unknown>>> = {
    [slugs.events]: async () => eventData('ignoré', { houses: [ctx.houseA] }),
    [slugs.articles]: async () => ({ body: richText('Le texte.'), publishedAt: '2026-01-05T00:00:00.000Z' }),
    [slugs.episodes]: async () => {
      const show = await createShow(ctx.cms.payload, [ctx.houseA], 'emission-des-adresses')
      made.push({ collection: slugs.shows, id: show })
      const audio = await ctx.cms.payload.create({
        collection: slugs.audio,
        data: { title: 'Son', houses: [ctx.houseA] },
        file: mp3File(),
      })
      made.push({ collection: slugs.audio, id: audio.id })
      return { show, audio: audio.id, description: 'Un épisode.', publishedAt: '2026-01-05T12:00:00.000Z' }
    },
    [slugs.shows]: async () => {
      const cover = await ctx.cms.payload.create({
        collection: slugs.media,
        data: { alt: 'Visuel', houses: [ctx.houseA] },
        file: await pngFile('visuel-adresses.png', 1400),
      })
      made.push({ collection: slugs.media, id: cover.id })
      return {
        cover: cover.id,
        description: 'Une émission.',
        language: 'fr',
        category: 'News',
        owner: { name: 'Radio', email: 'radio@test.coope' },
      }
    },
  }

  /** An autosave of the admin: the whole form, the address as the form last received it. */
  const autosave = async (collection: CollectionSlug, id: number, data: Record<string, unknown>) => {
    const response = await rest('editorA', 'PATCH', `${collection}/${id}?draft=true&autosave=true`, {
      ...data,
      _status: 'draft',
    })
    expect(response.status, JSON.stringify(response.body)).toBe(200)
    return response.body.doc as Saved
  }

  it.each([
    [slugs.events, 'evenement'],
    [slugs.episodes, 'episode'],
    [slugs.shows, 'emission'],
    [slugs.articles, 'article'],
  ] as const)(
    '%s: named « %s » by the first autosave, then after its title, kept once published',
    async (collection, label) => {
      const rest_ = await complete[collection]!()
      const created = await rest('editorA', 'POST', `${collection}?draft=true&autosave=true`, {
        houses: [ctx.houseA],
        _status: 'draft',
      })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      const draft = created.body.doc as Saved
      made.push({ collection, id: draft.id })
      expect(draft.slug).toMatch(new RegExp(`^${label}(-\\d+)?$`))

      const titled = await autosave(collection, draft.id, { title: `Fête des voisins ${collection}`, slug: draft.slug })
      expect(titled.slug).toBe(`fete-des-voisins-${collection}`)
      const retitled = await autosave(collection, draft.id, { title: `Repas partagé ${collection}`, slug: titled.slug })
      expect(retitled.slug).toBe(`repas-partage-${collection}`)

      const published = await rest('editorA', 'PATCH', `${collection}/${draft.id}`, {
        ...rest_,
        houses: [ctx.houseA],
        title: `Grand repas ${collection}`,
        slug: retitled.slug,
        _status: 'published',
      })
      expect(published.status, JSON.stringify(published.body)).toBe(200)
      expect((published.body.doc as Saved).slug).toBe(`grand-repas-${collection}`)

      const corrected = await rest('editorA', 'PATCH', `${collection}/${draft.id}`, {
        title: `Grand repas de quartier ${collection}`,
        slug: `grand-repas-${collection}`,
      })
      const kept = corrected.body.doc as Saved
      expect(kept.slug).toBe(`grand-repas-${collection}`)
      // Nothing was ever public at the addresses the draft passed through.
      expect(kept.previousSlugs ?? []).toEqual([])
    },
  )

  it('keeps an address chosen by hand on a draft when its title changes', async () => {
    const draft = await publish('Atelier couture', { slug: 'couture' }, 'draft')
    const retitled = await autosave(slugs.events, draft.id, { title: 'Atelier couture et tricot', slug: 'couture' })
    expect(retitled.slug).toBe('couture')
  })

  it('keeps an address typed by hand in the admin after the first autosave', async () => {
    const created = await rest('editorA', 'POST', `${slugs.events}?draft=true&autosave=true`, {
      houses: [ctx.houseA],
      _status: 'draft',
    })
    const draft = created.body.doc as Saved
    made.push({ collection: slugs.events, id: draft.id })
    const typed = await autosave(slugs.events, draft.id, { title: 'Bourse aux vélos', slug: 'velos' })
    expect(typed.slug).toBe('velos')
    expect((await autosave(slugs.events, draft.id, { title: 'Bourse aux vélos d’hiver', slug: 'velos' })).slug).toBe(
      'velos',
    )
  })
})

describe('the addresses saved before they could follow the title', () => {
  it('are settled when published once or chosen by hand; a never-published placeholder follows its title', async () => {
    const published = await publish('Kermesse')
    const unpublished = await publish('Kermesse d’été')
    await rest('editorA', 'PATCH', `${slugs.events}/${unpublished.id}`, { _status: 'draft' })
    const placeholder = await publish('', {}, 'draft')
    const chosen = await publish('Troc de graines', { slug: 'graines' }, 'draft')
    const db = (ctx.cms.payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
    await db.run(sql`UPDATE events SET slug_locked = 0`)
    await db.run(sql`UPDATE _events_v SET version_slug_locked = 0`)

    await settleAddresses(db)

    const locked = async (id: number) =>
      (await db.get<{ locked: number }>(sql`SELECT slug_locked AS locked FROM events WHERE id = ${id}`))?.locked
    expect(placeholder.slug).toMatch(/^evenement(-\d+)?$/)
    expect(await locked(published.id)).toBe(1)
    expect(await locked(unpublished.id)).toBe(1)
    expect(await locked(placeholder.id)).toBe(0)
    expect(await locked(chosen.id)).toBe(1)
    const retitled = await rest('editorA', 'PATCH', `${slugs.events}/${placeholder.id}?draft=true`, {
      title: 'Goûter des voisins',
      slug: placeholder.slug,
      _status: 'draft',
    })
    expect((retitled.body.doc as { slug: string }).slug).toBe('gouter-des-voisins')
  })
})
