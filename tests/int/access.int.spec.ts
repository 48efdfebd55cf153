import type { CollectionSlug as PayloadSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { globalSlugs, slugs } from '../../schemas/slugs'
import { identity } from '../../cms/seed/content/identity'
import { mp3File, pdfFile, pngFile, type UploadFile } from '../helpers/files'
import { startTestCms, type TestCms } from '../helpers/payload'
import { type Actors, allowed, createActors, everyone, type Who } from '../helpers/staff'

let cms: TestCms
let actors: Actors
let houseA: number

/** What each role may do to one document of a collection (owned by house A where ownership applies). */
type Case = {
  collection: PayloadSlug
  /** Valid data for a new document; `status` is the state that makes it public. */
  data: () => Record<string, unknown>
  file?: () => Promise<UploadFile> | UploadFile
  patch: Record<string, unknown>
  /** How a document is made public: drafts (_status) or a contribution's status; absent = always public. */
  public?: { field: '_status' | 'status'; on: string; off: string }
  create: Who[]
  /** Roles that also see unpublished documents; the others see published ones only (if `public` is set). */
  readAll: Who[]
  /** Roles that see nothing at all. */
  readNone?: Who[]
  update: Who[]
  delete: Who[]
}

/** Those who edit content, and so see its drafts. */
const editorsAndAdmin: Who[] = ['admin', 'editorA', 'editorB']
const drafts = { field: '_status', on: 'published', off: 'draft' } as const
const ownedByA = () => ({ houses: [houseA], cooperation: false })
const houseContent = {
  create: ['admin', 'editorA'],
  readAll: editorsAndAdmin,
  update: ['admin', 'editorA'],
  delete: ['admin', 'editorA'],
} satisfies Partial<Case>
const sharedReference = {
  create: ['admin', 'editorA', 'editorB'],
  readAll: editorsAndAdmin,
  update: ['admin', 'editorA', 'editorB'],
  delete: ['admin'],
} satisfies Partial<Case>
const adminOnly = {
  create: ['admin'],
  readAll: editorsAndAdmin,
  update: ['admin'],
  delete: ['admin'],
} satisfies Partial<Case>
/** Files are public; they belong to houses like the content that shows them. */
const uploads = { ...houseContent, readAll: everyone } satisfies Partial<Case>
let n = 0
const unique = (prefix: string) => `${prefix}-${++n}`

const cases: Case[] = [
  {
    collection: slugs.houses,
    data: () => ({ name: unique('Maison'), summary: 'Une maison.' }),
    patch: { summary: 'Changée.' },
    public: drafts,
    create: ['admin'],
    readAll: editorsAndAdmin,
    update: ['admin', 'editorA'],
    delete: ['admin'],
  },
  {
    collection: slugs.themes,
    data: () => ({ name: unique('Thème') }),
    patch: { description: 'x' },
    public: drafts,
    ...sharedReference,
  },
  {
    collection: slugs.neighbourhoods,
    data: () => ({ name: unique('Quartier') }),
    patch: { description: 'x' },
    public: drafts,
    ...sharedReference,
  },
  {
    collection: slugs.partners,
    data: () => ({ name: unique('Partenaire'), kinds: ['funder'] }),
    patch: { supports: 'x' },
    public: drafts,
    ...sharedReference,
  },
  {
    collection: slugs.purposes,
    data: () => ({ audience: 'houses', statement: unique('Finalité'), order: 1 }),
    patch: { order: 2 },
    public: drafts,
    ...adminOnly,
  },
  {
    collection: slugs.objectives,
    data: () => ({ statement: unique('Objectif'), order: 1 }),
    patch: { order: 2 },
    public: drafts,
    ...adminOnly,
  },
  {
    collection: slugs.actions,
    data: () => ({ title: unique('Action'), order: 1 }),
    patch: { order: 2 },
    public: drafts,
    ...adminOnly,
  },
  {
    collection: slugs.pages,
    data: () => ({ title: unique('Page'), body: richText('Texte') }),
    patch: { title: 'Changée' },
    public: drafts,
    ...adminOnly,
  },
  {
    collection: slugs.projects,
    data: () => ({ title: unique('Projet'), summary: 'Résumé', status: 'active', ...ownedByA() }),
    patch: { summary: 'x' },
    public: drafts,
    ...houseContent,
  },
  {
    collection: slugs.events,
    data: () => ({ title: unique('Événement'), start: '2027-01-13T17:00:00.000Z', ...ownedByA() }),
    patch: { summary: 'x' },
    public: drafts,
    ...houseContent,
  },
  {
    collection: slugs.journalIssues,
    data: () => ({ number: 100 + ++n, title: unique('Numéro'), date: '2027-01-01T12:00:00.000Z', ...ownedByA() }),
    patch: { title: 'x' },
    public: drafts,
    ...houseContent,
  },
  {
    collection: slugs.articles,
    data: () => ({
      title: unique('Article'),
      body: richText('Texte'),
      publishedAt: '2027-01-01T12:00:00.000Z',
      ...ownedByA(),
    }),
    patch: { summary: 'x' },
    public: drafts,
    ...houseContent,
  },
  {
    collection: slugs.shows,
    data: () => ({ ...showData(), ...ownedByA() }),
    patch: { description: 'x' },
    public: drafts,
    ...houseContent,
  },
  {
    collection: slugs.episodes,
    data: () => ({ ...episodeData(), ...ownedByA() }),
    patch: { description: 'x' },
    public: drafts,
    ...houseContent,
  },
  {
    collection: slugs.contributions,
    data: () => ({
      kind: 'text',
      title: unique('Contribution'),
      contributor: { name: 'Awa' },
      consent: { publication: true },
    }),
    patch: { moderationNote: 'lu' },
    public: { field: 'status', on: 'published', off: 'received' },
    create: ['admin', 'moderator'],
    readAll: ['admin', 'moderator'],
    update: ['admin', 'moderator'],
    delete: ['admin'],
  },
  {
    collection: slugs.media,
    data: () => ({ alt: 'Un carré', ...ownedByA() }),
    file: () => pngFile(),
    patch: { alt: 'Autre' },
    ...uploads,
  },
  {
    collection: slugs.documents,
    data: () => ({ title: 'Document', ...ownedByA() }),
    file: pdfFile,
    patch: { title: 'Autre' },
    ...uploads,
  },
  {
    collection: slugs.audio,
    data: () => ({ title: 'Son', ...ownedByA() }),
    file: mp3File,
    patch: { title: 'Autre' },
    ...uploads,
  },
  {
    collection: slugs.users,
    data: () => ({
      name: 'Cible',
      email: `${unique('cible')}@test.coope`,
      password: 'Un-mot-de-passe-solide-1',
      role: 'editor',
      houses: [houseA],
    }),
    patch: { name: 'Changé' },
    create: ['admin'],
    readAll: ['admin'],
    readNone: ['anonymous', 'editorA', 'editorB', 'moderator'],
    update: ['admin'],
    delete: ['admin'],
  },
]

let showId: number
let audioId: number
const showData = () => ({
  title: unique('Émission'),
  description: 'Une émission.',
  cover: mediaId,
  language: 'fr',
  category: 'News',
  owner: { name: 'Radio', email: 'radio@test.coope' },
})
const episodeData = () => ({
  show: showId,
  title: unique('Épisode'),
  description: 'Un épisode.',
  audio: audioId,
  publishedAt: '2027-01-01T12:00:00.000Z',
  episodeType: 'full',
})
let mediaId: number

function richText(text: string) {
  const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }
  return { root: { type: 'root', version: 1, children: [paragraph], direction: null, format: '', indent: 0 } }
}

async function createAsAdmin(test: Case, state?: string) {
  const data = test.public && state ? { ...test.data(), [test.public.field]: state } : test.data()
  return cms.payload.create({
    collection: test.collection,
    data: data as never,
    file: test.file ? await test.file() : undefined,
  })
}

beforeAll(async () => {
  cms = await startTestCms()
  const created = await createActors(cms.payload)
  actors = created.actors
  houseA = created.houseA.id
  mediaId = (
    await cms.payload.create({
      collection: slugs.media,
      data: { alt: 'Visuel', cooperation: true },
      file: await pngFile(),
    })
  ).id
  audioId = (
    await cms.payload.create({ collection: slugs.audio, data: { title: 'Son', cooperation: true }, file: mp3File() })
  ).id
  showId = (
    await cms.payload.create({
      collection: slugs.shows,
      data: { ...showData(), cooperation: true, _status: 'published' } as never,
    })
  ).id
})
afterAll(() => cms.stop())

describe.each(cases)('access to $collection', (test) => {
  it.each(everyone)('create as %s', async (who) => {
    const file = test.file ? await test.file() : undefined
    const data = test.public ? { ...test.data(), [test.public.field]: test.public.on } : test.data()
    const ok = await allowed(() =>
      cms.payload.create({
        collection: test.collection,
        data: data as never,
        file,
        user: actors[who],
        overrideAccess: false,
      }),
    )
    expect(ok).toBe(test.create.includes(who))
  })

  it.each(everyone)('read as %s', async (who) => {
    const shown = await createAsAdmin(test, test.public?.on)
    const hidden = test.public ? await createAsAdmin(test, test.public.off) : undefined
    const expected = [shown.id, hidden?.id].filter((id) => id !== undefined)
    let ids: (number | string)[] = []
    await allowed(async () => {
      const found = await cms.payload.find({
        collection: test.collection,
        where: { id: { in: expected } },
        user: actors[who],
        overrideAccess: false,
        depth: 0,
      })
      ids = found.docs.map((d) => d.id)
    })
    if (test.readNone?.includes(who)) expect(ids).toEqual([])
    else if (test.readAll.includes(who) || !hidden) expect(ids.sort()).toEqual(expected.sort())
    else expect(ids).toEqual([shown.id])
  })

  it.each(everyone)('update as %s', async (who) => {
    const doc = test.collection === slugs.houses ? { id: houseA } : await createAsAdmin(test, test.public?.on)
    const ok = await allowed(() =>
      cms.payload.update({
        collection: test.collection,
        id: doc.id,
        data: test.patch as never,
        user: actors[who],
        overrideAccess: false,
      }),
    )
    expect(ok).toBe(test.update.includes(who))
  })

  it.each(everyone)('delete as %s', async (who) => {
    const doc = await createAsAdmin(test, test.public?.on)
    const ok = await allowed(() =>
      cms.payload.delete({ collection: test.collection, id: doc.id, user: actors[who], overrideAccess: false }),
    )
    expect(ok).toBe(test.delete.includes(who))
  })
})

describe.each(Object.values(globalSlugs))('access to the %s global', (slug) => {
  it.each(everyone)('read and update as %s', async (who) => {
    const read = await allowed(() => cms.payload.findGlobal({ slug, user: actors[who], overrideAccess: false }))
    expect(read).toBe(true)
    const data = {
      [globalSlugs.identity]: identity,
      [globalSlugs.navigation]: { header: [{ label: 'Agenda', href: '/agenda' }] },
      [globalSlugs.settings]: { siteName: 'La Coopé' },
    }[slug]
    const update = await allowed(() =>
      cms.payload.updateGlobal({ slug, data: data as never, user: actors[who], overrideAccess: false }),
    )
    expect(update).toBe(who === 'admin')
  })
})
