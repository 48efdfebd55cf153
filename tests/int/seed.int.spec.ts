import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedIfEmpty, type SeedResult } from '../../cms/seed'
import { expandOccurrences } from '../../schemas/recurrence'
import { globalSlugs, slugs } from '../../schemas/slugs'
import { contentDigest, type ContentDigest } from '../helpers/contentDigest'
import { startTestCms, type TestCms } from '../helpers/payload'
import { runScript } from '../helpers/run'

const goalTree = readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'goal-tree.txt'), 'utf8')
/** The founding document writes its lines with stray double spaces and Markdown marks. */
const normalise = (text: string) => text.replace(/[*_]/g, '').replace(/\s+/g, ' ').trim()

let cms: TestCms
let first: SeedResult
const now = new Date('2026-11-28T10:00:00Z')

let failure: unknown
let countsAfterFailure: number[]

beforeAll(async () => {
  cms = await startTestCms()
  // The admin is created last: an address it refuses makes the whole load fail at its very end.
  failure = await seedIfEmpty(cms.payload, { now, adminEmail: 'pas-une-adresse' }).catch((error: unknown) => error)
  countsAfterFailure = await Promise.all(Object.values(slugs).map(count))
  first = await seedIfEmpty(cms.payload, { now, adminEmail: 'premiere@la-coope.test' })
  // Two whole demo loads: a minute on a quiet machine, about four beside the other lanes of npm test.
}, 900_000)
afterAll(() => cms.stop())

const count = async (collection: (typeof slugs)[keyof typeof slugs]) =>
  (await cms.payload.count({ collection })).totalDocs

describe('demo content', () => {
  it('leaves the database empty when the load fails, so the next start can load it', () => {
    expect(failure).toBeInstanceOf(Error)
    expect(countsAfterFailure.every((n) => n === 0)).toBe(true)
  })

  it('creates the first admin with a generated strong password, once', async () => {
    expect(first.seeded).toBe(true)
    if (!first.seeded) return
    expect(first.admin).toMatchObject({ email: 'premiere@la-coope.test', generated: true })
    expect(first.admin.password).toMatch(/^[A-Za-z0-9_-]{32}$/)
    const { user } = await cms.payload.login({
      collection: slugs.users,
      data: { email: first.admin.email, password: first.admin.password },
    })
    expect(user?.role).toBe('admin')
  })

  it('loads the goal tree faithfully: 2 purposes, 9 objectives, 17 actions, 13 example lines', async () => {
    const text = normalise(goalTree)
    const purposes = await cms.payload.find({ collection: slugs.purposes, sort: 'order' })
    const objectives = await cms.payload.find({ collection: slugs.objectives, sort: 'order', limit: 50 })
    const actions = await cms.payload.find({ collection: slugs.actions, sort: 'order', limit: 50, depth: 0 })
    expect(purposes.docs.map((p) => p.audience)).toEqual(['houses', 'residents'])
    expect(objectives.totalDocs).toBe(9)
    expect(actions.totalDocs).toBe(17)
    for (const statement of [...purposes.docs, ...objectives.docs].map((d) => d.statement))
      expect(text).toContain(statement)
    const examples = actions.docs.flatMap((a) => (a.examples ?? []).map((e) => e.text))
    expect(examples).toHaveLength(13)
    for (const line of [...actions.docs.map((a) => a.title), ...examples]) expect(text).toContain(line)
    // Examples keep the diagram's order: reading actions in order reads the examples in order.
    const positions = examples.map((line) => text.indexOf(line))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
    expect(actions.docs.every((a) => (a.objectives ?? []).length > 0)).toBe(true)
    expect(actions.docs.some((a) => a.isNew)).toBe(false)
  })

  it('loads houses, themes, partners, projects and a journal issue with its PDF', async () => {
    expect(await count(slugs.houses)).toBe(3)
    expect(await count(slugs.themes)).toBe(6)
    expect(await count(slugs.projects)).toBeGreaterThanOrEqual(6)
    const partners = await cms.payload.find({ collection: slugs.partners, limit: 50 })
    for (const name of ['Fondation de France', 'CAF', 'DRAC', 'LEADER', 'Contrat de Ville']) {
      expect(partners.docs.some((p) => p.name.includes(name) || p.acronym === name)).toBe(true)
    }
    const issue = (await cms.payload.find({ collection: slugs.journalIssues, depth: 1 })).docs[0]!
    expect(issue.pdf).toMatchObject({ mimeType: 'application/pdf' })
    expect(await count(slugs.articles)).toBeGreaterThanOrEqual(3)
  })

  it('dates about thirty events in the coming two months, with weekly, cancelled and joint ones', async () => {
    const events = (await cms.payload.find({ collection: slugs.events, limit: 100, depth: 0 })).docs
    expect(events.length).toBeGreaterThanOrEqual(28)
    const horizon = new Date(now.getTime() + 62 * 86_400_000)
    for (const event of events) {
      expect(new Date(event.start).getTime()).toBeGreaterThanOrEqual(now.getTime() - 86_400_000)
      expect(new Date(event.start).getTime()).toBeLessThan(horizon.getTime())
    }
    const weekly = events.filter((e) => e.recurrence?.frequency === 'weekly')
    expect(weekly.length).toBeGreaterThanOrEqual(5)
    expect(weekly.every((e) => e.recurrence?.rule?.startsWith('FREQ=WEEKLY'))).toBe(true)
    const occurrences = weekly.flatMap((e) =>
      expandOccurrences({ start: e.start, end: e.end, recurrence: e.recurrence as never }, now, horizon),
    )
    expect(occurrences.filter((o) => o.cancelled)).toHaveLength(1)
    // Each recurring event starts on one of its own dates.
    for (const event of weekly) {
      const [firstDate] = expandOccurrences(
        { start: event.start, recurrence: { ...event.recurrence, excludedDates: [], changes: [] } as never },
        now,
        horizon,
      )
      expect(firstDate!.start.toISOString()).toBe(new Date(event.start).toISOString())
    }
    const joint = events.filter((e) => e.cooperation && (e.houses ?? []).length === 3)
    expect(joint.length).toBeGreaterThanOrEqual(1)
  })

  it('links events to the projects they are part of', async () => {
    const ofProjects = await cms.payload.find({
      collection: slugs.events,
      where: { project: { exists: true } },
      depth: 1,
      limit: 100,
    })
    const projects = new Set(ofProjects.docs.map((event) => (event.project as { slug: string }).slug))
    expect(projects).toEqual(
      new Set(['la-radio', 'la-conserverie', 'local-d-echanges', 'le-pass-culture', 'la-local-motive', 'l-agora']),
    )
  })

  it('gives each house its own logo (for light and dark backgrounds) and photo, and the cooperation its own logo', async () => {
    const houses = (await cms.payload.find({ collection: slugs.houses, depth: 1 })).docs
    for (const house of houses) {
      for (const file of [house.logo, house.logoOnDark, house.image]) {
        expect(file).toMatchObject({ cooperation: false, houses: [house.id] })
      }
    }
    const identity = await cms.payload.findGlobal({ slug: globalSlugs.identity, depth: 1 })
    expect(identity.logo).toMatchObject({ cooperation: true })
  })

  it('publishes a show with two episodes whose duration and size come from the MP3 files', async () => {
    const episodes = (await cms.payload.find({ collection: slugs.episodes, depth: 0 })).docs
    expect(episodes).toHaveLength(2)
    for (const episode of episodes) {
      expect(episode.duration).toBeGreaterThan(20)
      expect(episode.duration).toBeLessThan(30)
      expect(episode.size).toBeGreaterThan(100_000)
      expect(episode.guid).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    }
  })

  it('keeps one contribution waiting for moderation', async () => {
    const contributions = (await cms.payload.find({ collection: slugs.contributions })).docs
    expect(contributions).toHaveLength(1)
    expect(contributions[0]!.status).toBe('received')
  })

  it('changes nothing when run again', async () => {
    const before = await Promise.all(Object.values(slugs).map(count))
    expect(await seedIfEmpty(cms.payload, { now })).toEqual({ seeded: false })
    expect(await Promise.all(Object.values(slugs).map(count))).toEqual(before)
  })

  it('is backed up while the CMS runs and restored into a fresh folder whole: every document and file identical', async () => {
    const work = await mkdtemp(path.join(tmpdir(), 'coope-demo-backup-'))
    try {
      const live = { DATABASE_URI: process.env.DATABASE_URI!, MEDIA_DIR: process.env.MEDIA_DIR!, DATA_DIR: cms.dir }
      const backup = await runScript('cms/operator/backup.ts', live, ['--out', work])
      expect(backup.code, backup.stderr).toBe(0)
      const original = await contentDigest(cms.payload, process.env.MEDIA_DIR!)
      const fresh = { DATABASE_URI: `file:${path.join(work, 'hub.db')}`, MEDIA_DIR: path.join(work, 'media') }
      const restore = await runScript('cms/operator/restore.ts', fresh, [backup.stdout.trim().split('\n').at(-1)!])
      expect(restore.code, restore.stderr).toBe(0)
      // A CMS started on the restored data reads it all back.
      const started = await runScript('tests/helpers/contentDigestScript.ts', fresh)
      expect(started.code, started.stderr).toBe(0)
      const restored = JSON.parse(started.stdout.trim().split('\n').at(-1)!) as ContentDigest
      expect(restored).toEqual(original)
      const documents = Object.values(restored.documents).reduce((sum, { count }) => sum + count, 0)
      console.log(`Demo content restored: ${documents} documents and ${restored.files.length} files, all identical.`)
    } finally {
      await rm(work, { recursive: true, force: true })
    }
  }, 180_000)
})
