import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { mp3File, pngFile } from '../helpers/files'
import type { TestCms } from '../helpers/payload'
import { type Actors, allowed, startCmsWithActors } from '../helpers/staff'

let cms: TestCms
let actors: Actors
let houseA: number
let houseB: number
let n = 0
const unique = (prefix: string) => `${prefix}-${++n}`

beforeAll(async () => {
  ;({ cms, actors, houseA, houseB } = await startCmsWithActors())
})
afterAll(() => cms.stop())

describe('ownership rules', () => {
  const event = (ownership: Record<string, unknown>) =>
    cms.payload.create({
      collection: slugs.events,
      data: {
        title: unique('Commun'),
        start: '2027-02-01T10:00:00.000Z',
        // Jointly held: the place is named, as publishing requires.
        venue: { kind: 'elsewhere', name: 'Salle des fêtes' },
        _status: 'published',
        ...ownership,
      } as never,
    })

  it('gives new content without owners to the editor’s own houses, and refuses it from others', async () => {
    const data = { title: unique('Sans maison'), start: '2027-02-01T10:00:00.000Z', status: 'scheduled' }
    const created = await cms.payload.create({
      collection: slugs.events,
      data: data as never,
      user: actors.editorA,
      overrideAccess: false,
    })
    expect(created.houses?.map((house) => (typeof house === 'object' ? house.id : house))).toEqual([houseA])
    const moderator = await allowed(() =>
      cms.payload.create({
        collection: slugs.events,
        data: data as never,
        user: actors.moderator,
        overrideAccess: false,
      }),
    )
    expect(moderator).toBe(false)
  })

  it.each([
    [
      'what the cooperation owns, even when no house of theirs is listed',
      () => ({ cooperation: true, houses: [houseA] }),
    ],
    ['an event their house shares with another house', () => ({ houses: [houseA, houseB] })],
  ])('lets an editor of house B change %s', async (_, ownership) => {
    const shared = await event(ownership())
    const ok = await allowed(() =>
      cms.payload.update({
        collection: slugs.events,
        id: shared.id,
        data: { summary: 'x' },
        user: actors.editorB,
        overrideAccess: false,
      }),
    )
    expect(ok).toBe(true)
  })

  it('refuses an editor handing their event over to a house that is not theirs', async () => {
    const own = await event({ houses: [houseA] })
    const ok = await allowed(() =>
      cms.payload.update({
        collection: slugs.events,
        id: own.id,
        data: { houses: [houseB], cooperation: false },
        user: actors.editorA,
        overrideAccess: false,
      }),
    )
    expect(ok).toBe(false)
    expect((await cms.payload.findByID({ collection: slugs.events, id: own.id, depth: 0 })).houses).toEqual([houseA])
  })

  it('never lets staff raise their own role, but lets them edit their own account', async () => {
    const editor = actors.editorA!
    await cms.payload.update({
      collection: slugs.users,
      id: editor.id,
      data: { name: 'Nouveau nom', role: 'admin' },
      user: editor,
      overrideAccess: false,
    })
    const after = await cms.payload.findByID({ collection: slugs.users, id: editor.id })
    expect(after).toMatchObject({ name: 'Nouveau nom', role: 'editor' })
  })

  it('lets an editor add episodes only to the shows of their houses', async () => {
    const cover = (
      await cms.payload.create({
        collection: slugs.media,
        data: { alt: 'Visuel', cooperation: true },
        file: await pngFile('visuel.png', 1400),
      })
    ).id
    const audio = (
      await cms.payload.create({ collection: slugs.audio, data: { title: 'Son', cooperation: true }, file: mp3File() })
    ).id
    const show = await cms.payload.create({
      collection: slugs.shows,
      data: {
        title: unique('Émission de B'),
        description: 'Une émission.',
        cover,
        language: 'fr',
        category: 'News',
        owner: { name: 'Radio', email: 'radio@test.coope' },
        houses: [houseB],
        _status: 'published',
      },
    })
    const episode = (user: typeof actors.editorA) =>
      allowed(() =>
        cms.payload.create({
          collection: slugs.episodes,
          data: {
            show: show.id,
            title: unique('Épisode'),
            description: 'Un épisode.',
            audio,
            publishedAt: '2026-01-01T12:00:00.000Z',
            episodeType: 'full',
            houses: [houseA],
          },
          user,
          overrideAccess: false,
        }),
      )
    expect(await episode(actors.editorA)).toBe(false)
    expect(await episode({ ...actors.editorA!, houses: [houseA, houseB] })).toBe(true)
  })
})
