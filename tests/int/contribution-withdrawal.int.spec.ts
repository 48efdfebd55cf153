import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { documentTag } from '../../schemas/cache-tags'
import type { Contribution } from '../../schemas/payload-types'
import { slugs } from '../../schemas/slugs'
import { contributionSite } from '../helpers/contributionSite'
import { acceptedWithKey } from '../helpers/contributions'
import { filesOnDisk, jpegFile, mp3File } from '../helpers/files'
import type { TestCms } from '../helpers/payload'
import { type Rest, restAs } from '../helpers/rest'
import { createShow } from '../helpers/shows'
import { type Actors, startCmsWithActors } from '../helpers/staff'

let cms: TestCms
let actors: Actors
let houseA: number
let rest: Rest
let site: ReturnType<typeof contributionSite>

beforeAll(async () => {
  ;({ cms, actors, houseA } = await startCmsWithActors())
  rest = await restAs(cms.payload, cms.config, actors)
  site = contributionSite(cms.config)
})
afterAll(() => cms.stop())

type Derived = typeof slugs.articles | typeof slugs.events | typeof slugs.episodes

/** An accepted contribution with its withdrawal key, as the site files it and moderation accepts it. */
const accepted = (kind: Contribution['kind'], extra: Partial<Contribution> = {}) =>
  acceptedWithKey(cms.payload, houseA, kind, extra)

/** Moderation's « Créer le brouillon », then publication by an editor's hand (here the server's). */
async function draftAndPublish(contribution: Contribution, collection: Derived, body?: Record<string, unknown>) {
  const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`, body)
  expect(answer).toMatchObject({ status: 201, body: { collection } })
  const id = Number(answer.body.id)
  await cms.payload.update({ collection, id, data: { _status: 'published' } as never })
  return id
}

/** What anyone reads of a document, and whether anything of it (or its versions) is left at all. */
async function traces(collection: Derived, id: number) {
  const publicRead = await cms.payload.find({
    collection,
    where: { id: { equals: id } },
    overrideAccess: false,
    depth: 0,
  })
  const stored = await cms.payload.findByID({ collection, id, draft: true, disableErrors: true, depth: 0 })
  const versions = await cms.payload.countVersions({ collection, where: { parent: { equals: id } } })
  return { public: publicRead.totalDocs, stored: stored ? 1 : 0, versions: versions.totalDocs }
}

describe('withdrawing a contribution takes what was made of it along', () => {
  it('deletes the published event made from a proposal: nobody reads it any more', async () => {
    const { contribution, key } = await accepted('event-proposal', {
      proposedEvent: { date: '2027-06-12', time: '18:30', place: 'Square des Tilleuls' },
    })
    const event = await draftAndPublish(contribution, slugs.events)
    expect((await traces(slugs.events, event)).public).toBe(1)
    // The invalidations the deletions queue (the real queue, only watched): the site drops the event's page.
    const queued: string[] = []
    const queue = cms.payload.jobs.queue
    cms.payload.jobs.queue = ((args: { input?: { tags?: string[] } }) => {
      queued.push(...(args.input?.tags ?? []))
      return queue.call(cms.payload.jobs, args as never)
    }) as typeof queue
    try {
      expect(await site.withdraw(contribution.reference!, key)).toMatchObject({ status: 200 })
    } finally {
      cms.payload.jobs.queue = queue
    }
    expect(await traces(slugs.events, event)).toEqual({ public: 0, stored: 0, versions: 0 })
    expect(queued).toContain(documentTag(slugs.events, event))
  })

  it('deletes a draft article with the resident’s text and name, versions included', async () => {
    const { contribution, key } = await accepted('letter')
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    const article = Number(answer.body.id)
    expect((await traces(slugs.articles, article)).stored).toBe(1)
    expect(await site.withdraw(contribution.reference!, key)).toMatchObject({ status: 200 })
    expect(await traces(slugs.articles, article)).toEqual({ public: 0, stored: 0, versions: 0 })
    const { totalDocs } = await cms.payload.find({
      collection: slugs.articles,
      where: { title: { equals: 'La fête du square' } },
      draft: true,
    })
    expect(totalDocs).toBe(0)
  })

  it('deletes a published episode and the Audio copy of the recording, file included', async () => {
    const show = await createShow(cms.payload, [houseA])
    const recording = await cms.payload.create({
      collection: slugs.contributionFiles,
      data: { description: 'Enregistrement envoyé' },
      file: mp3File(),
    })
    const { contribution, key } = await accepted('audio', { files: [recording.id] })
    const audioBefore = filesOnDisk(slugs.audio)
    const episode = await draftAndPublish(contribution, slugs.episodes, { show })
    const { audio } = await cms.payload.findByID({ collection: slugs.episodes, id: episode, depth: 0 })
    expect(filesOnDisk(slugs.audio)).toBe(audioBefore + 1)
    expect(await site.withdraw(contribution.reference!, key)).toMatchObject({ status: 200 })
    expect(await traces(slugs.episodes, episode)).toEqual({ public: 0, stored: 0, versions: 0 })
    expect(
      await cms.payload.findByID({ collection: slugs.audio, id: Number(audio), disableErrors: true, depth: 0 }),
    ).toBeNull()
    expect(filesOnDisk(slugs.audio)).toBe(audioBefore)
  })

  it('deletes the article made from photos and every Media copy of them, files included', async () => {
    const received = []
    for (const colour of ['#d08030', '#3080d0']) {
      const file = await jpegFile('photo.jpg', colour)
      received.push((await cms.payload.create({ collection: slugs.contributionFiles, data: {}, file })).id)
    }
    const { contribution, key } = await accepted('photo', {
      files: received,
      consent: { publication: true, signatureChoice: 'first', imageRights: true },
    })
    const mediaBefore = {
      docs: (await cms.payload.count({ collection: slugs.media })).totalDocs,
      disk: filesOnDisk(slugs.media),
    }
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    const article = Number(answer.body.id)
    const { image } = await cms.payload.findByID({ collection: slugs.articles, id: article, draft: true, depth: 0 })
    expect((await cms.payload.count({ collection: slugs.media })).totalDocs).toBe(mediaBefore.docs + 2)
    expect(filesOnDisk(slugs.media)).toBeGreaterThan(mediaBefore.disk)
    expect(await site.withdraw(contribution.reference!, key)).toMatchObject({ status: 200 })
    expect(await traces(slugs.articles, article)).toEqual({ public: 0, stored: 0, versions: 0 })
    expect(
      await cms.payload.findByID({ collection: slugs.media, id: Number(image), disableErrors: true, depth: 0 }),
    ).toBeNull()
    expect((await cms.payload.count({ collection: slugs.media })).totalDocs).toBe(mediaBefore.docs)
    expect(filesOnDisk(slugs.media)).toBe(mediaBefore.disk)
  })

  it('keeps everything, the contribution included, when a step fails', async () => {
    const { contribution, key } = await accepted('letter')
    const answer = await rest('moderator', 'POST', `contributions/${contribution.id}/draft`)
    const article = Number(answer.body.id)
    const failing = () => {
      throw new Error('Panne pendant la suppression')
    }
    const hooks = cms.payload.collections[slugs.articles].config.hooks.beforeDelete
    hooks.push(failing)
    try {
      expect(await site.withdraw(contribution.reference!, key)).toMatchObject({ status: 503 })
    } finally {
      hooks.splice(hooks.indexOf(failing), 1)
    }
    expect((await traces(slugs.articles, article)).stored).toBe(1)
    const kept = await cms.payload.findByID({ collection: slugs.contributions, id: contribution.id, depth: 0 })
    expect(kept.draft).toEqual({ relationTo: slugs.articles, value: article })
    expect(await site.withdraw(contribution.reference!, key)).toMatchObject({ status: 200 })
    expect((await traces(slugs.articles, article)).stored).toBe(0)
  })
})
