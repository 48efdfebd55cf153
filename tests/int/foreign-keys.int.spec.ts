import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { sql } from '@payloadcms/db-sqlite'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import { afterAll, beforeAll, expect, it } from 'vitest'

import { slugs } from '../../schemas/slugs'
import { startTestCms, type TestCms } from '../helpers/payload'

/**
 * The database the committed migrations build must hold the foreign keys Payload's schema
 * declares, with their actions: a column added by `ALTER TABLE … ADD … REFERENCES` has none, and
 * deleting what it points to then fails (a staff member could not delete an article a
 * contribution's draft link, a project an event belongs to, a logo a house shows).
 */
let cms: TestCms
let db: MigrateUpArgs['db']
beforeAll(async () => {
  cms = await startTestCms()
  db = (cms.payload.db as unknown as { drizzle: MigrateUpArgs['db'] }).drizzle
})
afterAll(() => cms.stop())

type Snapshot = {
  tables: Record<string, { foreignKeys: Record<string, { columnsFrom: string[]; onDelete: string }> }>
}

it('every foreign key has the delete action of the schema the migrations were made from', async () => {
  const folder = path.join(import.meta.dirname, '..', '..', 'cms', 'migrations')
  const latest = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .at(-1)!
  const snapshot = JSON.parse(readFileSync(path.join(folder, latest), 'utf8')) as Snapshot
  const expected: string[] = []
  const actual: string[] = []
  for (const [table, { foreignKeys }] of Object.entries(snapshot.tables)) {
    for (const key of Object.values(foreignKeys)) expected.push(`${table}.${key.columnsFrom[0]} ${key.onDelete}`)
    const rows = await db.all<{ from: string; on_delete: string }>(sql.raw(`PRAGMA foreign_key_list(\`${table}\`)`))
    for (const row of rows) actual.push(`${table}.${row.from} ${row.on_delete.toLowerCase()}`)
  }
  expect(actual.sort()).toEqual(expected.sort())
})

it('staff can delete an article a contribution points to, and a project an event belongs to', async () => {
  const owner = { cooperation: true }
  const article = await cms.payload.create({
    collection: slugs.articles,
    data: { title: 'Brouillon d’une contribution', publishedAt: new Date().toISOString(), ...owner, _status: 'draft' },
    draft: true,
  })
  const contribution = await cms.payload.create({
    collection: slugs.contributions,
    data: {
      kind: 'letter',
      title: 'Une lettre',
      content: 'Pour un banc devant la médiathèque.',
      contributor: { name: 'Awa Diallo' },
      draft: { relationTo: slugs.articles, value: article.id },
    } as never,
  })
  await cms.payload.delete({ collection: slugs.articles, id: article.id })
  const after = await cms.payload.findByID({ collection: slugs.contributions, id: contribution.id, depth: 0 })
  expect(after.draft ?? null).toBeNull()

  const project = await cms.payload.create({
    collection: slugs.projects,
    data: { title: 'Projet éphémère', summary: 'Un projet d’un jour.', ...owner, _status: 'published' } as never,
  })
  const event = await cms.payload.create({
    collection: slugs.events,
    data: {
      title: 'Atelier',
      start: new Date().toISOString(),
      project: project.id,
      ...owner,
      _status: 'draft',
    } as never,
    draft: true,
  })
  await cms.payload.delete({ collection: slugs.projects, id: project.id })
  const kept = await cms.payload.findByID({ collection: slugs.events, id: event.id, depth: 0 })
  expect(kept.project ?? null).toBeNull()
})
