import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { eventData } from '../helpers/events'
import { pdfFile } from '../helpers/files'
import { restAs, type Rest, type RestResponse } from '../helpers/rest'
import { startCmsWithActors } from '../helpers/staff'

let ctx: Awaited<ReturnType<typeof startCmsWithActors>>
let rest: Rest

beforeAll(async () => {
  ctx = await startCmsWithActors()
  rest = await restAs(ctx.cms.payload, ctx.cms.config, ctx.actors)
})
afterAll(() => ctx.cms.stop())

type FieldError = { path: string; message: string }
type Refused = { name: string; message: string; data: { code: string; errors?: FieldError[] } }

/** The one error of a refused request, as the admin form reads it. */
const refusedWith = (response: RestResponse): Refused => {
  expect(response.status).toBeGreaterThanOrEqual(400)
  const errors = response.body.errors as Refused[]
  expect(errors).toHaveLength(1)
  return errors[0]!
}

/** The field errors of a refusal, which the admin shows under each field. */
const onFields = (response: RestResponse): FieldError[] => refusedWith(response).data.errors ?? []

describe('a refusal reaches the admin as French text on its field', () => {
  it('puts « la fin doit être après le début » on the end field', async () => {
    const response = await rest('editorA', 'POST', slugs.events, {
      ...eventData('Fin avant début', { houses: [ctx.houseA], end: '2027-01-20T16:00:00.000Z' }),
      _status: 'published',
    })
    expect(response.status).toBe(400)
    const refused = refusedWith(response)
    expect(refused).toMatchObject({ name: 'ValidationError', data: { code: 'event-ends-before-start' } })
    expect(refused.message).toBe('La fin de l’événement doit être après son début.')
    expect(onFields(response)).toEqual([{ path: 'end', message: 'La fin de l’événement doit être après son début.' }])
  })

  it('puts an end of repetition before the first date on that field', async () => {
    const response = await rest('editorA', 'POST', `${slugs.events}?draft=true`, {
      ...eventData('Répétition à l’envers', {
        houses: [ctx.houseA],
        recurrence: { frequency: 'weekly', interval: 1, weekdays: ['WE'], until: '2027-01-01T00:00:00.000Z' },
      }),
      _status: 'draft',
    })
    expect(onFields(response)).toEqual([
      { path: 'recurrence.until', message: 'La date de fin de répétition doit être après la première date.' },
    ])
  })

  it('puts the ownership refusal on the houses field', async () => {
    const joint = await ctx.cms.payload.create({
      collection: slugs.events,
      data: { ...eventData('Co-organisé', { houses: [ctx.houseA, ctx.houseB] }), _status: 'published' },
    })
    const response = await rest('editorA', 'PATCH', `${slugs.events}/${joint.id}`, { houses: [ctx.houseA] })
    expect(response.status).toBe(403)
    expect(onFields(response).map((error) => error.path)).toEqual(['houses'])
    await ctx.cms.payload.delete({ collection: slugs.events, id: joint.id })
  })

  it('refuses a PDF put into Images, in French, saying which formats are accepted', async () => {
    const attempt = ctx.cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Une affiche', cooperation: true },
      file: pdfFile(),
    })
    await expect(attempt).rejects.toMatchObject({
      data: {
        code: 'file-type-not-accepted',
        errors: [
          {
            path: 'file',
            message:
              'Ce fichier est un fichier PDF : « Images » accepte seulement les fichiers JPEG, PNG, WebP ou AVIF.',
          },
        ],
      },
    })
  })

  it('refuses an image sent into Documents, naming PDF as what is accepted', async () => {
    const { pngFile } = await import('../helpers/files')
    const attempt = ctx.cms.payload.create({
      collection: slugs.documents,
      data: { title: 'Pas un PDF', cooperation: true },
      file: await pngFile(),
    })
    await expect(attempt).rejects.toMatchObject({
      data: { errors: [{ path: 'file', message: expect.stringContaining('accepte seulement les fichiers PDF') }] },
    })
  })
})

describe('publishing requires what the public page needs', () => {
  const cleanUp: number[] = []
  afterAll(async () => {
    for (const id of cleanUp) await ctx.cms.payload.delete({ collection: slugs.events, id })
  })

  it('refuses to publish « dans une maison » with no house when the event has several houses, and keeps the draft', async () => {
    const data = { ...eventData('Où donc ?', { houses: [ctx.houseA, ctx.houseB], venue: { kind: 'house' as const } }) }
    const published = await rest('admin', 'POST', slugs.events, { ...data, _status: 'published' })
    expect(published.status).toBe(400)
    expect(refusedWith(published).data.code).toBe('incomplete-for-publishing')
    expect(onFields(published)).toEqual([
      { path: 'venue.house', message: 'Pour publier, choisissez la maison où a lieu l’événement.' },
    ])

    const draft = await rest('admin', 'POST', `${slugs.events}?draft=true`, { ...data, _status: 'draft' })
    expect(draft.status).toBe(201)
    const id = (draft.body.doc as { id: number }).id
    cleanUp.push(id)
    const publishLater = await rest('admin', 'PATCH', `${slugs.events}/${id}`, { _status: 'published' })
    expect(onFields(publishLater).map((error) => error.path)).toEqual(['venue.house'])
  })

  it('takes the one house that holds the event as its place when none is chosen', async () => {
    const created = await ctx.cms.payload.create({
      collection: slugs.events,
      data: { ...eventData('Chez nous', { houses: [ctx.houseA], venue: { kind: 'house' } }), _status: 'published' },
      depth: 0,
    })
    cleanUp.push(created.id)
    expect(created.venue?.house).toBe(ctx.houseA)
  })

  it('asks for the name of a place elsewhere and for a way to register, all at once', async () => {
    const response = await rest('editorA', 'POST', slugs.events, {
      ...eventData('Ailleurs', {
        houses: [ctx.houseA],
        venue: { kind: 'elsewhere' },
        registration: { mode: 'required' },
      }),
      _status: 'published',
    })
    expect(onFields(response).map((error) => error.path)).toEqual(['venue.name', 'registration.url'])
    expect(refusedWith(response).message).toContain('indiquez le nom du lieu')
  })
})
