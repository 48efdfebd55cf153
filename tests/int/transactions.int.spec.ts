import { sql } from '@payloadcms/db-sqlite'
import type { CollectionAfterChangeHook } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { eventData } from '../helpers/events'
import { restClient } from '../helpers/rest'
import { passwordOf, startCmsWithActors } from '../helpers/staff'

type Started = Awaited<ReturnType<typeof startCmsWithActors>>
let started: Started
let rest: ReturnType<typeof restClient>

/** The title that makes the test hook below fail a save after everything was written. */
const FAILS_HALF_WAY = 'Échoue à mi-chemin'
const failHalfWay: CollectionAfterChangeHook = ({ doc }) => {
  if ((doc as { title?: string }).title?.startsWith(FAILS_HALF_WAY))
    throw new Error('Panne au milieu de l’enregistrement')
  return doc
}

/**
 * The title that makes the test hook below leave the database a row it refuses at COMMIT only: a
 * relation to a missing event, with the foreign keys checked at the end of the transaction.
 */
const FAILS_AT_COMMIT = 'Refusé au commit'
const failAtCommit: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (!(doc as { title?: string }).title?.startsWith(FAILS_AT_COMMIT)) return doc
  const session = (req.payload.db as unknown as { sessions: Record<string, { db: Runner }> }).sessions
  const tx = session[String(await req.transactionID)]!.db
  await tx.run(sql`PRAGMA defer_foreign_keys = ON`)
  await tx.run(sql`INSERT INTO events_rels (parent_id, path) VALUES (999999999, 'houses')`)
  return doc
}
type Runner = { run: (query: ReturnType<typeof sql>) => Promise<unknown> }

const WRITERS = 20

beforeAll(async () => {
  started = await startCmsWithActors()
  rest = restClient(started.cms.config)
  // After the document, its version and its queued invalidation are written: the worst moment to fail.
  started.cms.payload.collections[slugs.events].config.hooks.afterChange.push(failHalfWay, failAtCommit)
})
afterAll(() => started.cms.stop())

/** Signs an existing account in over REST; its token. */
async function tokenOf(email: string): Promise<string> {
  const answer = await rest('POST', `${slugs.users}/login`, { email, password: passwordOf(email) })
  return answer.body.token as string
}

const countOf = async (collection: 'events', title?: string) =>
  (
    await started.cms.payload.count({
      collection,
      where: title ? { title: { equals: title } } : {},
    })
  ).totalDocs

describe('every save is all or nothing on SQLite', () => {
  it('lets 20 writers publish and then correct at the same moment without a single "database busy"', async () => {
    // An admin and an editor of house A, each in ten requests at once: what matters is the overlap.
    const accounts = [await tokenOf(started.actors.admin!.email), await tokenOf(started.actors.editorA!.email)]
    const tokens = Array.from({ length: WRITERS }, (_, i) => accounts[i % accounts.length]!)
    const created = await Promise.all(
      tokens.map((token, i) =>
        rest(
          'POST',
          slugs.events,
          { ...eventData(`Rencontre simultanée ${i}`, { houses: [started.houseA] }), _status: 'published' },
          { token },
        ),
      ),
    )
    const failures = created.filter((answer) => answer.status !== 201).map((answer) => answer.body)
    expect(failures).toEqual([])
    const ids = created.map((answer) => (answer.body.doc as { id: number }).id)
    const corrected = await Promise.all(
      ids.map((id, i) =>
        rest('PATCH', `${slugs.events}/${id}`, { title: `Rencontre corrigée ${i}` }, { token: tokens[i] }),
      ),
    )
    expect(corrected.filter((answer) => answer.status !== 200).map((answer) => answer.body)).toEqual([])
    for (const [i, id] of ids.entries()) {
      const event = await started.cms.payload.findByID({ collection: slugs.events, id })
      expect(event.title).toBe(`Rencontre corrigée ${i}`)
      const versions = await started.cms.payload.countVersions({
        collection: slugs.events,
        where: { parent: { equals: id } },
      })
      expect(versions.totalDocs).toBe(2)
    }
  })

  it('leaves no document and no version behind when a save fails half way', async () => {
    const token = await tokenOf(started.actors.editorA!.email)
    const answer = await rest(
      'POST',
      slugs.events,
      { ...eventData(FAILS_HALF_WAY, { houses: [started.houseA] }), _status: 'published' },
      { token },
    )
    expect(answer.status).toBeGreaterThanOrEqual(400)
    expect(await countOf(slugs.events, FAILS_HALF_WAY)).toBe(0)
    const versions = await started.cms.payload.countVersions({
      collection: slugs.events,
      where: { 'version.title': { equals: FAILS_HALF_WAY } },
    })
    expect(versions.totalDocs).toBe(0)
  })

  it('reports a save whose COMMIT the database refuses as failed, and keeps nothing of it', async () => {
    const token = await tokenOf(started.actors.editorA!.email)
    const answer = await rest(
      'POST',
      slugs.events,
      { ...eventData(FAILS_AT_COMMIT, { houses: [started.houseA] }), _status: 'published' },
      { token },
    )
    expect(answer.status).toBe(500)
    expect(JSON.stringify(answer.body)).not.toMatch(/FOREIGN|SQLITE|events_rels/)
    expect(await countOf(slugs.events, FAILS_AT_COMMIT)).toBe(0)
    const versions = await started.cms.payload.countVersions({
      collection: slugs.events,
      where: { 'version.title': { equals: FAILS_AT_COMMIT } },
    })
    expect(versions.totalDocs).toBe(0)
    // The transaction ended: the next save goes through.
    const next = await rest(
      'POST',
      slugs.events,
      { ...eventData('Après le refus', { houses: [started.houseA] }), _status: 'published' },
      { token },
    )
    expect(next.status, JSON.stringify(next.body)).toBe(201)
  })

  it('keeps the previous version whole when a correction fails half way', async () => {
    const event = await started.cms.payload.create({
      collection: slugs.events,
      data: { ...eventData('Version intacte', { houses: [started.houseA] }), _status: 'published' },
    })
    await expect(
      started.cms.payload.update({
        collection: slugs.events,
        id: event.id,
        data: { title: `${FAILS_HALF_WAY} (bis)` },
      }),
    ).rejects.toThrow('Panne')
    expect((await started.cms.payload.findByID({ collection: slugs.events, id: event.id })).title).toBe(
      'Version intacte',
    )
    const versions = await started.cms.payload.countVersions({
      collection: slugs.events,
      where: { parent: { equals: event.id } },
    })
    expect(versions.totalDocs).toBe(1)
  })
})
