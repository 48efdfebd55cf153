import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { PODCAST_ART } from '../../schemas/radio/artwork'
import { slugs } from '../../schemas/slugs'
import { adminToast } from '../helpers/adminToast'
import { eventData } from '../helpers/events'
import { mp3File, pdfFile, pngFile, wavFile } from '../helpers/files'
import { restAs, type Rest, type RestResponse } from '../helpers/rest'
import { createShow } from '../helpers/shows'
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

  it('refuses dates that are no date on their fields, drafts included, instead of failing', async () => {
    for (const day of ['2026-13-45', '2026-12-99T10:00:00.000Z']) {
      for (const status of ['draft', 'published'] as const) {
        const end = await rest('editorA', 'POST', `${slugs.events}?draft=${status === 'draft'}`, {
          ...eventData('Fin impossible', { houses: [ctx.houseA], end: day }),
          _status: status,
        })
        expect(end.status, `${status} ${day}`).toBe(400)
        expect(onFields(end), `${status} ${day}`).toEqual([
          { path: 'end', message: 'Cette date n’existe pas. Choisissez-la dans le calendrier.' },
        ])
        const repeated = await rest('editorA', 'POST', `${slugs.events}?draft=${status === 'draft'}`, {
          ...eventData('Répétition impossible', {
            houses: [ctx.houseA],
            recurrence: {
              frequency: 'weekly',
              interval: 1,
              weekdays: ['WE'],
              until: day,
              excludedDates: [{ date: day }],
              changes: [{ occurrenceDate: day, start: day }],
            },
          }),
          _status: status,
        })
        expect(repeated.status, `${status} ${day}`).toBe(400)
        // Each date is refused on its own field, the first one met stopping the request.
        expect(onFields(repeated), `${status} ${day}`).toEqual([
          { path: 'recurrence.until', message: 'Cette date n’existe pas. Choisissez-la dans le calendrier.' },
        ])
      }
    }
  })

  it('refuses a date that is no date in any collection, drafts included, instead of storing it', async () => {
    const article = await rest('editorA', 'POST', `${slugs.articles}?draft=true`, {
      title: 'Date impossible',
      slug: 'date-impossible',
      publishedAt: '2026-13-45',
      houses: [ctx.houseA],
      _status: 'draft',
    })
    expect(article.status).toBe(400)
    expect(onFields(article)).toEqual([
      { path: 'publishedAt', message: 'Cette date n’existe pas. Choisissez-la dans le calendrier.' },
    ])
    const listed = await ctx.cms.payload.find({
      collection: slugs.articles,
      draft: true,
      where: { slug: { equals: 'date-impossible' } },
    })
    expect(listed.docs).toEqual([])
  })

  it('keeps Payload’s own checks on fields that have one of their own: bounds, required values', async () => {
    const endless = await rest('editorA', 'POST', slugs.events, {
      ...eventData('Série sans fin', {
        houses: [ctx.houseA],
        recurrence: { frequency: 'weekly', interval: 1, weekdays: ['WE'], count: 0 },
      }),
      _status: 'published',
    })
    expect(endless.status).toBe(400)
    expect(onFields(endless).map((error) => error.path)).toEqual(['recurrence.count'])
    const emptied = await rest('admin', 'PATCH', `${slugs.houses}/${ctx.houseA}`, {
      openingHours: [{ day: 'monday', opens: '', closes: '12:00' }],
    })
    expect(emptied.status).toBe(400)
    expect(onFields(emptied).map((error) => error.path)).toEqual(['openingHours.0.opens'])
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

describe('the admin’s toast shows a refusal whole', () => {
  /** The toast the admin shows for a refused REST request (`errors[0].message`), and the field errors. */
  const toastOf = (response: RestResponse) => {
    const refused = refusedWith(response)
    return { toast: adminToast(refused.message), fields: refused.data.errors ?? [] }
  }
  const cleanUp: { collection: typeof slugs.media | typeof slugs.shows | typeof slugs.episodes; id: number }[] = []
  afterAll(async () => {
    for (const { collection, id } of cleanUp.reverse()) await ctx.cms.payload.delete({ collection, id })
  })

  /** A show of house A (deleted after the tests) and an MP3 sound of house A, for an episode to use. */
  const showWithSound = async (showSlug: string, soundTitle: string) => {
    const show = await createShow(ctx.cms.payload, [ctx.houseA], showSlug)
    cleanUp.push({ collection: slugs.shows, id: show })
    const audio = await ctx.cms.payload.create({
      collection: slugs.audio,
      data: { title: soundTitle, houses: [ctx.houseA] },
      file: mp3File(),
    })
    return { show, audio }
  }

  it('says a show’s cover of the wrong size in its one sentence, not as two invalid fields', async () => {
    const image = await ctx.cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Visuel pas carré', houses: [ctx.houseA] },
      file: await pngFile('pas-carre.png', 1400, 1200),
    })
    cleanUp.push({ collection: slugs.media, id: image.id })
    const response = await rest('editorA', 'POST', `${slugs.shows}?draft=true`, {
      title: 'Émission au mauvais visuel',
      description: 'Une émission.',
      cover: image.id,
      houses: [ctx.houseA],
      _status: 'draft',
    })
    const sentence =
      'Le visuel de l’émission doit être carré (il mesure 1400 × 1200 px). Recadrez-le pour que largeur et hauteur soient égales, entre 1400 et 3000 px.'
    expect(toastOf(response)).toEqual({
      toast: { message: sentence },
      fields: [{ path: 'cover', message: PODCAST_ART.problem(1400, 1200) }],
    })
  })

  it('says an event ending before it starts in one sentence', async () => {
    const response = await rest('editorA', 'POST', `${slugs.events}?draft=true`, {
      ...eventData('Fin avant début', { houses: [ctx.houseA], end: '2027-01-20T16:00:00.000Z' }),
      _status: 'draft',
    })
    expect(toastOf(response).toast).toEqual({ message: 'La fin de l’événement doit être après son début.' })
  })

  it('names the invalid transcript field, the reason staying under the field', async () => {
    const { show, audio } = await showWithSound('emission-du-toast', 'Son')
    const response = await rest('editorA', 'POST', slugs.episodes, {
      show,
      title: 'Épisode sans WebVTT',
      description: 'Un épisode.',
      audio: audio.id,
      publishedAt: '2026-01-01T12:00:00.000Z',
      transcript: 'WEBVTT\n\n00:00 -> 00:03\nBonjour, Karim\n',
      houses: [ctx.houseA],
      _status: 'published',
    })
    await ctx.cms.payload.delete({ collection: slugs.audio, id: audio.id })
    const { toast, fields } = toastOf(response)
    expect(toast.errors).toEqual(['Transcription (WebVTT)'])
    expect(fields.map((field) => field.path)).toEqual(['transcript'])
  })

  it('refuses to publish an episode dated in the future, on its date, and keeps it as a draft', async () => {
    const { show, audio } = await showWithSound('emission-a-venir', 'Son à venir')
    const episode = {
      show,
      title: 'Épisode de la semaine prochaine',
      description: 'Un épisode.',
      audio: audio.id,
      publishedAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      houses: [ctx.houseA],
    }
    const published = await rest('editorA', 'POST', slugs.episodes, { ...episode, _status: 'published' })
    expect(refusedWith(published).data.code).toBe('published-in-future')
    expect(onFields(published).map((field) => field.path)).toEqual(['publishedAt'])
    const draft = await rest('editorA', 'POST', `${slugs.episodes}?draft=true`, { ...episode, _status: 'draft' })
    expect(draft.status).toBe(201)
    await ctx.cms.payload.delete({ collection: slugs.episodes, id: (draft.body.doc as { id: number }).id })
    await ctx.cms.payload.delete({ collection: slugs.audio, id: audio.id })
  })

  it('says an upload that is not MP3 or M4A in one sentence', async () => {
    const refused = await ctx.cms.payload
      .create({ collection: slugs.audio, data: { title: 'WAV', houses: [ctx.houseA] }, file: wavFile() })
      .then(() => null)
      .catch((error: Error) => error)
    expect(adminToast(refused!.message)).toEqual({
      message:
        'Seuls les fichiers MP3 et M4A sont acceptés (ce fichier est un WAV). Exportez l’enregistrement en MP3 ou en M4A puis envoyez-le à nouveau.',
    })
  })
})
