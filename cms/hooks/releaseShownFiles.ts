import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { COPY_OF_FIELD, WITHHELD_FIELD } from '../../schemas/fields/contributionCopy'
import { relationId } from '../../schemas/relations'
import { slugs } from '../../schemas/slugs'
import { mediaInText } from './mediaInText'

type Shown = { image?: unknown; audio?: unknown; body?: { root?: Parameters<typeof mediaInText>[0] } | null }
type Files = { [slugs.media]: Set<string>; [slugs.audio]: Set<string> }

/** The Media and Audio documents an article or episode shows: its image, the photos of its text, its sound. */
/** The id of a related document, as a list of none or one. */
const one = (value: unknown): string[] => {
  const id = relationId(value as never)
  return id === null ? [] : [String(id)]
}

function filesShownBy(doc: Shown | null | undefined): Files {
  return {
    [slugs.media]: new Set([...one(doc?.image), ...mediaInText(doc?.body?.root)]),
    [slugs.audio]: new Set(one(doc?.audio)),
  }
}

/**
 * Sets `withheld` on the files among `ids` that wait for a published document to show them: every
 * sound (Audio), and the copies of residents' images (Media documents with a `contribution`); false
 * for those in `released`, true for the others. Only files whose value changes are saved, each
 * through Payload so the site forgets what it knew of them.
 */
async function withhold(
  req: PayloadRequest,
  collection: typeof slugs.media | typeof slugs.audio,
  ids: Set<string>,
  released: Set<string>,
): Promise<void> {
  if (ids.size === 0) return
  const { docs } = await req.payload.find({
    collection,
    where:
      collection === slugs.audio
        ? { id: { in: [...ids] } }
        : { and: [{ id: { in: [...ids] } }, { [COPY_OF_FIELD]: { exists: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const copy of docs) {
    const withheld = !released.has(String(copy.id))
    if (Boolean(copy[WITHHELD_FIELD]) === withheld) continue
    await req.payload.update({
      collection,
      id: copy.id,
      data: { [WITHHELD_FIELD]: withheld },
      overrideAccess: true,
      req,
    })
  }
}

/**
 * The sounds among `ids` that a published episode plays: one sound may serve several episodes, and
 * it stays public while any of them is published (their published versions, read in `req`'s
 * transaction).
 */
async function soundsOfPublishedEpisodes(req: PayloadRequest, ids: Set<string>): Promise<Set<string>> {
  if (ids.size === 0) return new Set()
  const { docs } = await req.payload.find({
    collection: slugs.episodes,
    where: { and: [{ audio: { in: [...ids] } }, { _status: { equals: 'published' } }] },
    select: { audio: true },
    depth: 0,
    draft: false,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return new Set(docs.flatMap((episode) => one(episode.audio)))
}

/**
 * After an article or episode is saved: the copies of residents' images it shows now or showed
 * before are public exactly when its published version shows them, and a sound exactly when a
 * published episode plays it. The published version is read
 * back (an autosaved draft of a published article leaves it, and its photos, online), in the same
 * transaction. A copy is made for one draft: were it also shown elsewhere, the last saved of the
 * documents showing it decides.
 */
export const releaseShownFiles =
  (collection: typeof slugs.articles | typeof slugs.episodes): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req }) => {
    const live = (await req.payload.findByID({
      collection,
      id: doc.id,
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as (Shown & { _status?: string | null }) | null
    const published = filesShownBy(live?._status === 'published' ? live : null)
    const now = filesShownBy(doc)
    const before = filesShownBy(previousDoc)
    const media = new Set([...now[slugs.media], ...before[slugs.media], ...published[slugs.media]])
    await withhold(req, slugs.media, media, published[slugs.media])
    const sounds = new Set([...now[slugs.audio], ...before[slugs.audio], ...published[slugs.audio]])
    await withhold(req, slugs.audio, sounds, await soundsOfPublishedEpisodes(req, sounds))
    return doc
  }

/**
 * After an article or episode is deleted: the copies of residents' images it showed are withheld
 * again, and its sound unless another published episode plays it.
 */
export const withholdUnshownFiles: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const shown = filesShownBy(doc)
  await withhold(req, slugs.media, shown[slugs.media], new Set())
  await withhold(req, slugs.audio, shown[slugs.audio], await soundsOfPublishedEpisodes(req, shown[slugs.audio]))
  return doc
}
