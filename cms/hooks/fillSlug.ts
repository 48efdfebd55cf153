import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { slugify } from '../../schemas/fields/slug'
import type { CollectionSlug } from '../../schemas/slugs'

/** Numbered variants tried before a random suffix: enough for any real run of same-titled events. */
const NUMBERED_TRIES = 50

/**
 * The first of `base`, `base-2`, `base-3`… that no other document of the collection has, drafts
 * included; after NUMBERED_TRIES, `base-` and random hex.
 */
export async function freeSlug(
  req: PayloadRequest,
  collection: CollectionSlug,
  base: string,
  ownId?: number | string,
): Promise<string> {
  for (let n = 1; n <= NUMBERED_TRIES; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`
    const { totalDocs } = await req.payload.count({
      collection,
      where: {
        and: [{ slug: { equals: candidate } }, ...(ownId === undefined ? [] : [{ id: { not_equals: ownId } }])],
      },
      overrideAccess: true,
      req,
    })
    if (totalDocs === 0) return candidate
  }
  return `${base}-${randomBytes(4).toString('hex')}`
}

/**
 * Staff may leave the address empty: it is made from the title (or name), in any script, the
 * first time, with a number added when another document has it (never a refusal for a clash the
 * person did not cause). It is then kept, so that published addresses do not change when a title
 * is corrected, and emptying it keeps the address the document had.
 */
export const fillSlug =
  (from: 'title' | 'name'): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req, collection }) => {
    if (!data) return data
    const typed = typeof data.slug === 'string' ? data.slug.trim() : data.slug
    const stored = typeof originalDoc?.slug === 'string' ? originalDoc.slug : ''
    if (typed) return data
    if (stored) {
      if ('slug' in data) data.slug = stored
      return data
    }
    const source = data[from] ?? originalDoc?.[from]
    const singular = typeof collection.labels.singular === 'string' ? collection.labels.singular : 'page'
    const base = slugify(typeof source === 'string' ? source : '') || slugify(singular) || 'page'
    data.slug = await freeSlug(req, collection.slug as CollectionSlug, base, originalDoc?.id)
    return data
  }

/**
 * When a document's address changes, its old one is remembered in `previousSlugs`: the site
 * answers it with a permanent redirect to the new address, so links and bookmarks keep working.
 */
export const rememberPreviousSlug: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const before = typeof originalDoc?.slug === 'string' ? originalDoc.slug : ''
  if (!before || typeof data.slug !== 'string' || data.slug === before) return data
  const kept: string[] = Array.isArray(originalDoc?.previousSlugs) ? originalDoc.previousSlugs : []
  data.previousSlugs = [...new Set([...kept, before])].filter((slug) => slug !== data.slug)
  return data
}
