import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, GlobalAfterChangeHook } from 'payload'

import { documentTag, listingTag } from '../../schemas/cache-tags'
import type { CollectionSlug, GlobalSlug } from '../../schemas/slugs'
import { queueInvalidation } from './queueInvalidation'

type Versioned = { id: number | string; _status?: 'draft' | 'published' | null }

/** Only a document that is or was public can change what the site shows. */
const isOrWasPublic = (doc: Versioned, previous?: Versioned | null): boolean =>
  doc._status === undefined || doc._status === 'published' || previous?._status === 'published'

export const invalidateAfterChange =
  (collection: CollectionSlug): CollectionAfterChangeHook =>
  async ({ doc, previousDoc, req, context }) => {
    if (!context.skipInvalidation && isOrWasPublic(doc, previousDoc)) {
      // Only a published version says the document stays public; collections without drafts (a
      // contribution, whose visibility is its moderation) always drop the old page.
      const stillPublic = doc._status === 'published'
      await queueInvalidation(req, [listingTag(collection), documentTag(collection, doc.id)], stillPublic)
    }
    return doc
  }

export const invalidateAfterDelete =
  (collection: CollectionSlug): CollectionAfterDeleteHook =>
  async ({ doc, req, context }) => {
    if (!context.skipInvalidation) {
      await queueInvalidation(req, [listingTag(collection), documentTag(collection, doc.id)])
    }
    return doc
  }

export const invalidateGlobal =
  (global: GlobalSlug): GlobalAfterChangeHook =>
  async ({ doc, req, context }) => {
    if (!context.skipInvalidation) await queueInvalidation(req, [listingTag(global)], true)
    return doc
  }
