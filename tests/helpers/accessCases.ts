import type { Payload, CollectionSlug as PayloadSlug } from 'payload'

import { slugs } from '../../schemas/slugs'
import { mp3File, pdfFile, pngFile, type UploadFile } from './files'
import { everyone, type Who } from './staff'

/** Documents the cases refer to, made once per test file by createFixtures. */
export const refs = { houseA: 0, mediaId: 0, audioId: 0, showId: 0 }

/** What each role may do to one document of a collection (owned by house A where ownership applies). */
export type Case = {
  collection: PayloadSlug
  /** Valid data for a new document; `status` is the state that makes it public. */
  data: () => Record<string, unknown>
  file?: () => Promise<UploadFile> | UploadFile
  patch: Record<string, unknown>
  /** Values that must differ in a copy (unique fields), sent with a duplicate. */
  distinct?: () => Record<string, unknown>
  /**
   * How a document is made public: drafts (_status), a contribution's status, or a file's
   * `withheld` (a resident's copy until its draft is published); absent = always public.
   */
  public?: { field: '_status' | 'status' | 'withheld'; on: string | boolean; off: string | boolean }
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
const ownedByA = () => ({ houses: [refs.houseA], cooperation: false })
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
/**
 * Files belong to houses like the content that shows them, and are public except a withheld one (a
 * resident's copy, a sound, a PDF, until published content shows it): staff only.
 */
const releasedUploads = {
  ...houseContent,
  public: { field: 'withheld', on: false, off: true },
  readAll: ['admin', 'editorA', 'editorB', 'moderator'],
} satisfies Partial<Case>
let n = 0
export const unique = (prefix: string) => `${prefix}-${++n}`

/** One case per collection of the project; the door walk checks none is missing. */
export const cases: Case[] = [
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
    distinct: () => ({ number: 100 + ++n }),
    patch: { title: 'x' },
    public: drafts,
    ...houseContent,
  },
  {
    collection: slugs.articles,
    data: () => ({
      title: unique('Article'),
      body: richText('Texte'),
      publishedAt: '2026-01-01T12:00:00.000Z',
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
    ...releasedUploads,
  },
  {
    collection: slugs.documents,
    data: () => ({ title: 'Document', ...ownedByA() }),
    file: pdfFile,
    patch: { title: 'Autre' },
    ...releasedUploads,
  },
  {
    collection: slugs.audio,
    data: () => ({ title: 'Son', ...ownedByA() }),
    file: mp3File,
    patch: { title: 'Autre' },
    ...releasedUploads,
  },
  {
    collection: slugs.contributionFiles,
    data: () => ({ description: 'Photo reçue' }),
    file: () => pngFile(),
    patch: { description: 'Lue' },
    create: ['admin', 'moderator'],
    readAll: ['admin', 'moderator'],
    readNone: ['anonymous', 'editorA', 'editorB'],
    update: ['admin', 'moderator'],
    delete: ['admin'],
  },
  {
    // Sign-in counters: only the server's own code touches them, never a role through the API.
    collection: slugs.loginAttempts,
    data: () => ({
      key: unique('login:198.51.100.7'),
      attempts: 1,
      windowStart: '2027-01-01T12:00:00.000Z',
      lastAttemptAt: '2027-01-01T12:00:00.000Z',
    }),
    patch: { attempts: 0 },
    distinct: () => ({ key: unique('login:203.0.113.9') }),
    create: [],
    readAll: [],
    readNone: everyone,
    update: [],
    delete: [],
  },
  {
    collection: slugs.users,
    data: () => ({
      name: 'Cible',
      email: `${unique('cible')}@test.coope`,
      password: 'Un-mot-de-passe-solide-1',
      role: 'editor',
      houses: [refs.houseA],
    }),
    patch: { name: 'Changé' },
    create: ['admin'],
    readAll: ['admin'],
    readNone: ['anonymous', 'editorA', 'editorB', 'moderator'],
    update: ['admin'],
    delete: ['admin'],
  },
]

export const showData = () => ({
  title: unique('Émission'),
  description: 'Une émission.',
  cover: refs.mediaId,
  language: 'fr',
  category: 'News',
  owner: { name: 'Radio', email: 'radio@test.coope' },
})
const episodeData = () => ({
  show: refs.showId,
  title: unique('Épisode'),
  description: 'Un épisode.',
  audio: refs.audioId,
  publishedAt: '2026-01-01T12:00:00.000Z',
  episodeType: 'full',
})

export function richText(text: string) {
  const paragraph = { type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text }] }
  return { root: { type: 'root', version: 1, children: [paragraph], direction: null, format: '', indent: 0 } }
}

/** The image, sound and show that shows and episodes need, owned by the cooperation. */
export async function createFixtures(payload: Payload, houseA: number): Promise<void> {
  refs.houseA = houseA
  refs.mediaId = (
    await payload.create({
      collection: slugs.media,
      data: { alt: 'Visuel', cooperation: true },
      file: await pngFile('visuel.png', 1400),
    })
  ).id
  refs.audioId = (
    await payload.create({ collection: slugs.audio, data: { title: 'Son', cooperation: true }, file: mp3File() })
  ).id
  refs.showId = (
    await payload.create({
      collection: slugs.shows,
      data: { ...showData(), cooperation: true, _status: 'published' } as never,
    })
  ).id
}

/** Creates a case's document as an admin, in the given public state when the collection has one. */
export async function createAsAdmin(payload: Payload, test: Case, state?: string | boolean) {
  const data = test.public && state !== undefined ? { ...test.data(), [test.public.field]: state } : test.data()
  const doc = await payload.create({
    collection: test.collection,
    data: data as never,
    file: test.file ? await test.file() : undefined,
  })
  // A hook may decide the state on creation (a new sound is withheld): the one asked for is set after.
  if (!test.public || state === undefined || (doc as unknown as Record<string, unknown>)[test.public.field] === state)
    return doc
  return payload.update({ collection: test.collection, id: doc.id, data: { [test.public.field]: state } as never })
}
