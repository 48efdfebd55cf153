import { randomBytes } from 'node:crypto'

import type { CollectionBeforeChangeHook, CollectionBeforeValidateHook, PayloadRequest } from 'payload'

import { isMadeFrom, slugify } from '../../schemas/fields/slug'
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
 * Whether this save makes the document public: always in a collection without drafts, else when
 * it is saved as published (a partial update keeps the status it had).
 */
const publishes = (
  collection: { versions?: unknown },
  data: Record<string, unknown>,
  originalDoc?: Record<string, unknown>,
): boolean => {
  const versions = collection.versions as { drafts?: unknown } | undefined
  if (!versions?.drafts) return true
  return (data._status ?? originalDoc?._status) === 'published'
}

/**
 * Staff may leave the address empty: it is made from the title (or name), in any script, with a
 * number added when another document has it (never a refusal for a clash the person did not
 * cause). Autosave creates a draft before its title is typed, named after the collection
 * (« episode », « evenement-2 »): so until the address is settled (`slugLocked`) it follows the
 * title. It is settled when a person chooses one by hand (one that is not made from the
 * collection's name or from the title, which the admin sends back as it was) or when the document
 * is first published: from then on published addresses do not change when a title is corrected,
 * and emptying the field keeps the address the document had.
 */
export const fillSlug =
  (from: 'title' | 'name'): CollectionBeforeValidateHook =>
  async ({ data, originalDoc, req, collection }) => {
    if (!data) return data
    const typed = typeof data.slug === 'string' ? data.slug.trim() : ''
    const stored = typeof originalDoc?.slug === 'string' ? originalDoc.slug : ''
    const titleOf = (doc?: Record<string, unknown>) => slugify(typeof doc?.[from] === 'string' ? doc[from] : '')
    const title = titleOf(data) || titleOf(originalDoc)
    const singular = typeof collection.labels.singular === 'string' ? collection.labels.singular : 'page'
    const label = slugify(singular) || 'page'
    const locked = Boolean(originalDoc?.slugLocked)
    const chosen =
      typed !== '' && typed !== stored && ![label, title, titleOf(originalDoc)].some((base) => isMadeFrom(typed, base))
    if (locked || chosen) data.slug = typed || stored
    if (!data.slug || (!locked && !chosen)) {
      const base = title || label
      data.slug =
        stored && isMadeFrom(stored, base)
          ? stored
          : await freeSlug(req, collection.slug as CollectionSlug, base, originalDoc?.id)
    }
    data.slugLocked = locked || chosen || publishes(collection, data, originalDoc)
    return data
  }

/**
 * When a document's address changes, its old one is remembered in `previousSlugs`: the site
 * answers it with a permanent redirect to the new address, so links and bookmarks keep working.
 */
export const rememberPreviousSlug: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  // An address that still followed the title was never settled (a placeholder such as « episode »
  // or an unpublished title): nothing to send on from it, and others may take it.
  if (!originalDoc?.slugLocked) return data
  const before = typeof originalDoc?.slug === 'string' ? originalDoc.slug : ''
  if (!before || typeof data.slug !== 'string' || data.slug === before) return data
  const kept: string[] = Array.isArray(originalDoc?.previousSlugs) ? originalDoc.previousSlugs : []
  data.previousSlugs = [...new Set([...kept, before])].filter((slug) => slug !== data.slug)
  return data
}
