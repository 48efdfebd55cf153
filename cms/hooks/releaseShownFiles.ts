import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeChangeHook,
  CollectionConfig,
  PayloadRequest,
} from 'payload'

import { COPY_OF_FIELD } from '../../schemas/fields/contributionCopy'
import { WITHHELD_FIELD } from '../../schemas/fields/withheld'
import { relationId } from '../../schemas/relations'
import { slugs } from '../../schemas/slugs'
import { mediaInText } from './mediaInText'

type Text = { root?: Parameters<typeof mediaInText>[0] } | null
type Shown = { image?: unknown; cover?: unknown; audio?: unknown; pdf?: unknown; body?: Text; easyRead?: Text }
type FileCollection = typeof slugs.media | typeof slugs.audio | typeof slugs.documents
type Files = Record<FileCollection, Set<string>>
/** The documents whose publication releases files. */
type Showing = typeof slugs.articles | typeof slugs.episodes | typeof slugs.journalIssues

/**
 * Where each file collection that is withheld whole is shown: a sound by the episodes playing it,
 * a PDF by the journal issues offering it. (Media withholds only residents' copies, each made for
 * one draft.)
 */
const shownIn = {
  [slugs.audio]: { collection: slugs.episodes, field: 'audio' },
  [slugs.documents]: { collection: slugs.journalIssues, field: 'pdf' },
} as const

/** The id of a related document, as a list of none or one. */
const one = (value: unknown): string[] => {
  const id = relationId(value as never)
  return id === null ? [] : [String(id)]
}

/**
 * The files an article, episode or journal issue shows: its image or cover, the photos of its
 * texts (an article's easy-read version too), its sound, its PDF.
 */
function filesShownBy(doc: Shown | null | undefined): Files {
  return {
    [slugs.media]: new Set([
      ...one(doc?.image),
      ...one(doc?.cover),
      ...mediaInText(doc?.body?.root),
      ...mediaInText(doc?.easyRead?.root),
    ]),
    [slugs.audio]: new Set(one(doc?.audio)),
    [slugs.documents]: new Set(one(doc?.pdf)),
  }
}

const union = (...sets: Set<string>[]) => new Set(sets.flatMap((set) => [...set]))

/**
 * Sets `withheld` on the files among `ids` that wait for a published document to show them: every
 * sound (Audio) and PDF (Documents), and the copies of residents' images (Media documents with a
 * `contribution`); false for those in `released`, true for the others. Only files whose value
 * changes are saved, each through Payload so the site forgets what it knew of them.
 */
async function withhold(req: PayloadRequest, collection: FileCollection, ids: Set<string>, released: Set<string>) {
  if (ids.size === 0) return
  const { docs } = await req.payload.find({
    collection,
    where:
      collection === slugs.media
        ? { and: [{ id: { in: [...ids] } }, { [COPY_OF_FIELD]: { exists: true } }] }
        : { id: { in: [...ids] } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const file of docs) {
    const withheld = !released.has(String(file.id))
    if (Boolean(file[WITHHELD_FIELD]) === withheld) continue
    await req.payload.update({
      collection,
      id: file.id,
      data: { [WITHHELD_FIELD]: withheld },
      overrideAccess: true,
      // During a version restore Payload marks the request's context so that fields missing from
      // the data are not filled from the stored document: this one-field update would then fail.
      context: { isRestoringVersion: false },
      req,
    })
  }
}

/**
 * The files among `ids` (sounds or PDFs) that a published document shows: one sound may serve
 * several episodes, and it stays public while any of them is published (their published versions,
 * read in `req`'s transaction).
 */
async function shownByPublished(
  req: PayloadRequest,
  files: keyof typeof shownIn,
  ids: Set<string>,
): Promise<Set<string>> {
  if (ids.size === 0) return new Set()
  const { collection, field } = shownIn[files]
  const { docs } = await req.payload.find({
    collection,
    where: { and: [{ [field]: { in: [...ids] } }, { _status: { equals: 'published' } }] },
    select: { [field]: true },
    depth: 0,
    draft: false,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(docs.flatMap((doc) => one((doc as unknown as Record<string, unknown>)[field])))
}

/** Releases or withholds the sounds and PDFs among `ids`, as published documents show them or not. */
async function withholdWholeCollections(req: PayloadRequest, ids: Files) {
  for (const files of [slugs.audio, slugs.documents] as const)
    await withhold(req, files, ids[files], await shownByPublished(req, files, ids[files]))
}

/** The files the published version of a document shows (none when it is not published), read in `req`'s transaction. */
async function filesPublished(req: PayloadRequest, collection: Showing, id: number | string): Promise<Files> {
  const live = (await req.payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
    req,
  })) as (Shown & { _status?: string | null }) | null
  return filesShownBy(live?._status === 'published' ? live : null)
}

/**
 * Where a save keeps, on its `req`, the files the published version of each document being saved
 * showed before the save, by collection and id. A property of `req` itself: not the hooks'
 * `context`, which every nested local API call replaces, nor a map keyed by `req`, since a version
 * restore gives the beforeChange hooks a proxy of it (whose writes reach `req`) and the afterChange
 * hooks `req` itself.
 */
const PUBLISHED_BEFORE = Symbol('filesPublishedBefore')
type Remembering = PayloadRequest & { [PUBLISHED_BEFORE]?: Map<string, Files> }
const savedDocument = (collection: Showing, id: number | string) => `${collection}:${id}`

/**
 * Before an article, episode or journal issue is updated: notes the files its published version
 * shows, which neither the draft being saved nor the previous draft (`previousDoc`) may show, so
 * that publishing a version without them withholds them.
 */
const rememberPublishedFiles =
  (collection: Showing): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || originalDoc?.id === undefined) return data
    const files = await filesPublished(req, collection, originalDoc.id)
    const remembering = req as Remembering
    remembering[PUBLISHED_BEFORE] ??= new Map()
    remembering[PUBLISHED_BEFORE].set(savedDocument(collection, originalDoc.id), files)
    return data
  }

/**
 * After an article, episode or journal issue is saved: the copies of residents' images it shows
 * now, showed before or whose published version showed, are public exactly when its published
 * version shows them; a sound exactly when a published episode plays it, a PDF when a published
 * journal issue offers it. The published version is read back (an autosaved draft of a published
 * article leaves it, and its photos, online), in the same transaction. A copy is made for one
 * draft (a duplicate leaves it behind, cms/collections/Articles/hooks/leaveCopiesOnDuplicate.ts):
 * were it placed in another document too, the last saved of the documents showing it decides.
 */
const releaseShownFiles =
  (collection: Showing): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const published = await filesPublished(req, collection, doc.id)
    const remembered = (req as Remembering)[PUBLISHED_BEFORE]
    const earlier = remembered?.get(savedDocument(collection, doc.id)) ?? filesShownBy(null)
    // Used once: a later save of the same document in this request remembers afresh.
    remembered?.delete(savedDocument(collection, doc.id))
    const now = filesShownBy(doc)
    const before = filesShownBy(previousDoc)
    const touched = (files: FileCollection) => union(now[files], before[files], earlier[files], published[files])
    await withhold(req, slugs.media, touched(slugs.media), published[slugs.media])
    await withholdWholeCollections(req, {
      [slugs.media]: new Set(),
      [slugs.audio]: touched(slugs.audio),
      [slugs.documents]: touched(slugs.documents),
    })
    return doc
  }

/**
 * After an article, episode or journal issue is deleted: the copies of residents' images it
 * showed are withheld again, and its sound or PDF unless another published document shows it.
 */
const withholdUnshownFiles: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const shown = filesShownBy(doc)
  await withhold(req, slugs.media, shown[slugs.media], new Set())
  await withholdWholeCollections(req, shown)
  return doc
}

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * `hooks` of articles, episodes or journal issues, followed by those that release and withhold the
 * files their documents show (after every other beforeChange hook, so only a save that will happen
 * is looked at).
 */
export const withFileRelease = (collection: Showing, hooks: Hooks): Hooks => ({
  ...hooks,
  beforeChange: [...(hooks.beforeChange ?? []), rememberPublishedFiles(collection)],
  afterChange: [...(hooks.afterChange ?? []), releaseShownFiles(collection)],
  afterDelete: [...(hooks.afterDelete ?? []), withholdUnshownFiles],
})
