import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'

import { COPY_OF_FIELD, WITHHELD_FIELD } from '../../schemas/fields/contributionCopy'
import { relationId } from '../../schemas/relations'
import { slugs } from '../../schemas/slugs'
import { mediaInText } from './mediaInText'

type Shown = { image?: unknown; audio?: unknown; body?: { root?: Parameters<typeof mediaInText>[0] } | null }
type Files = { [slugs.media]: Set<string>; [slugs.audio]: Set<string> }

/** The Media and Audio documents an article or episode shows: its image, the photos of its text, its sound. */
function filesShownBy(doc: Shown | null | undefined): Files {
  const one = (value: unknown) => {
    const id = relationId(value as never)
    return id === null ? [] : [String(id)]
  }
  return {
    [slugs.media]: new Set([...one(doc?.image), ...mediaInText(doc?.body?.root)]),
    [slugs.audio]: new Set(one(doc?.audio)),
  }
}

/**
 * Sets `withheld` on the copies of residents' files (Media or Audio documents with a
 * `contribution`) among `ids`: false for those in `released`, true for the others. Only copies
 * whose value changes are saved, each through Payload so the site forgets what it knew of them.
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
    where: { and: [{ id: { in: [...ids] } }, { [COPY_OF_FIELD]: { exists: true } }] },
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
 * After an article or episode is saved: the copies of residents' files it shows now or showed
 * before are public exactly when its published version shows them. The published version is read
 * back (an autosaved draft of a published article leaves it, and its photos, online), in the same
 * transaction. A copy is made for one draft: were it also shown elsewhere, the last saved of the
 * documents showing it decides.
 */
export const releaseContributionCopies =
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
    for (const files of [slugs.media, slugs.audio] as const)
      await withhold(req, files, new Set([...now[files], ...before[files], ...published[files]]), published[files])
    return doc
  }

/** After an article or episode is deleted: the copies of residents' files it showed are withheld again. */
export const withholdContributionCopies: CollectionAfterDeleteHook = async ({ doc, req }) => {
  const shown = filesShownBy(doc)
  for (const files of [slugs.media, slugs.audio] as const) await withhold(req, files, shown[files], new Set())
  return doc
}
