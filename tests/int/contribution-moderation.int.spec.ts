import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { restAs } from '../helpers/rest'
import type { TestCms } from '../helpers/payload'
import { type Actors, allowed, startCmsWithActors, type Who } from '../helpers/staff'

let cms: TestCms
let actors: Actors
let houseA: number

beforeAll(async () => {
  ;({ cms, actors, houseA } = await startCmsWithActors())
})
afterAll(() => cms.stop())

const received = (houses: number[] = []) =>
  cms.payload.create({
    collection: slugs.contributions,
    data: {
      kind: 'text',
      title: 'Le jardin partagé a besoin de bras',
      content: 'Venez samedi.',
      contributor: { name: 'Awa Diallo', email: 'awa@example.org', phone: '06 00 00 00 00' },
      consent: { publication: true, signatureChoice: 'first' },
      moderationNote: 'Rappeler Awa',
      status: 'received',
      houses,
    },
  })

const as = (who: Who) => ({ user: actors[who], overrideAccess: false as const })

const setStatus = (id: number, status: 'in-review' | 'accepted' | 'rejected' | 'published', who: Who = 'moderator') =>
  cms.payload.update({ collection: slugs.contributions, id, data: { status }, ...as(who) })

describe('the moderation queue', () => {
  it('shows editors the contributions concerning their houses, without who sent them', async () => {
    const concerning = await received([houseA])
    const visible = async (who: Who) =>
      (
        await cms.payload.find({
          collection: slugs.contributions,
          where: { id: { equals: concerning.id } },
          ...as(who),
        })
      ).docs[0]
    const seen = await visible('editorA')
    expect(seen?.title).toBe('Le jardin partagé a besoin de bras')
    for (const hidden of ['contributor', 'consent', 'moderationNote', 'reference', 'withdrawalKeyHash']) {
      expect(seen).not.toHaveProperty(hidden)
    }
    // Payload leaves an empty list in place of an array the reader may not see.
    expect(seen?.history ?? []).toEqual([])
    expect(JSON.stringify(seen)).not.toMatch(/awa@example\.org|Diallo|06 00|Rappeler/)
    expect(await visible('editorB')).toBeUndefined()
    expect(await visible('anonymous')).toBeUndefined()
    expect((await visible('moderator'))?.contributor?.email).toBe('awa@example.org')
  })

  it('lets only moderation change a contribution or the houses it concerns', async () => {
    const concerning = await received([houseA])
    const patch = (who: Who) =>
      allowed(() =>
        cms.payload.update({
          collection: slugs.contributions,
          id: concerning.id,
          data: { status: 'in-review' },
          ...as(who),
        }),
      )
    expect(await patch('editorA')).toBe(false)
    expect(await patch('editorB')).toBe(false)
    expect(await patch('anonymous')).toBe(false)
    expect(await patch('moderator')).toBe(true)
    const unrelated = await received()
    const marked = await cms.payload.update({
      collection: slugs.contributions,
      id: unrelated.id,
      data: { houses: [houseA] },
      ...as('moderator'),
    })
    expect(marked.houses?.map((house) => (typeof house === 'object' ? house.id : house))).toEqual([houseA])
  })
})

describe('the moderation history', () => {
  it('records each status with who set it and when, in order', async () => {
    const contribution = await received()
    await setStatus(contribution.id, 'in-review')
    await setStatus(contribution.id, 'accepted', 'admin')
    const published = await setStatus(contribution.id, 'published')
    const steps = published.history ?? []
    expect(steps.map((step) => step.status)).toEqual(['received', 'in-review', 'accepted', 'published'])
    const by = steps.map((step) => (step.by && typeof step.by === 'object' ? step.by.id : step.by))
    expect(by).toEqual([null, actors.moderator?.id, actors.admin?.id, actors.moderator?.id])
    const times = steps.map((step) => Date.parse(step.at ?? ''))
    expect(times.every(Number.isFinite)).toBe(true)
    expect([...times].sort((a, b) => a - b)).toEqual(times)
  })

  it('adds no step when the status does not change, and cannot be rewritten by anyone', async () => {
    const contribution = await received()
    const noted = await cms.payload.update({
      collection: slugs.contributions,
      id: contribution.id,
      data: { moderationNote: 'lu', history: [{ status: 'published', by: null, at: '2000-01-01T00:00:00.000Z' }] },
      ...as('admin'),
    })
    expect(noted.history?.map((step) => step.status)).toEqual(['received'])
    const rejected = await setStatus(contribution.id, 'rejected')
    expect(rejected.history?.map((step) => step.status)).toEqual(['received', 'rejected'])
  })
})

describe('the order of moderation', () => {
  it('refuses a jump from « Reçue » to « Publiée » on the status field, in French, and saves nothing', async () => {
    const contribution = await received()
    const rest = await restAs(cms.payload, cms.config, actors)
    const answer = await rest('moderator', 'PATCH', `${slugs.contributions}/${contribution.id}`, {
      status: 'published',
      moderationNote: 'Publiée sans relecture',
    })
    expect(answer.status).toBe(400)
    const [refused] = answer.body.errors as { message: string; data: { code: string; errors: unknown[] } }[]
    const message =
      'Une contribution « Reçue » ne peut pas passer directement à « Publiée ». Elle peut passer à ' +
      '« En cours de relecture », « Acceptée » ou « Refusée ».'
    expect(refused).toMatchObject({ message, data: { code: 'contribution-status-order' } })
    expect(refused?.data.errors).toEqual([{ path: 'status', message }])
    const kept = await cms.payload.findByID({ collection: slugs.contributions, id: contribution.id })
    expect(kept).toMatchObject({ status: 'received', moderationNote: 'Rappeler Awa', publishedAt: null })
    expect(kept.history?.map((step) => step.status)).toEqual(['received'])
  })

  it('refuses going back from « Refusée » to « Acceptée » even for an admin, but lets it be reviewed again', async () => {
    const contribution = await received()
    await setStatus(contribution.id, 'rejected')
    await expect(setStatus(contribution.id, 'accepted', 'admin')).rejects.toMatchObject({
      status: 400,
      data: { code: 'contribution-status-order' },
    })
    await setStatus(contribution.id, 'in-review', 'admin')
    const accepted = await setStatus(contribution.id, 'accepted')
    expect(accepted.history?.map((step) => step.status)).toEqual(['received', 'rejected', 'in-review', 'accepted'])
  })
})
