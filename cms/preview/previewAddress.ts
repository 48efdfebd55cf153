import type { PayloadRequest } from 'payload'

import {
  articleHref,
  eventHref,
  fixedPageHref,
  houseHref,
  issueHref,
  projectHref,
  showHref,
  episodeHref,
} from '../../schemas/addresses'
import { relationId, type Relation } from '../../schemas/relations'
import { slugs } from '../../schemas/slugs'

type Draft = Record<string, unknown>

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

/** A related document's field, read whatever its publication state (its address is not a secret). */
async function relatedField(req: PayloadRequest, collection: string, ref: unknown, field: string): Promise<unknown> {
  if (typeof ref === 'object' && ref !== null && field in ref) return (ref as Draft)[field]
  const id = relationId(ref as Relation | null | undefined)
  if (id === null || id === '') return null
  const related = await req.payload
    .findByID({ collection: collection as never, id, depth: 0, draft: true, overrideAccess: true, req })
    .catch(() => null)
  return related ? (related as Draft)[field] : null
}

/**
 * The public address (path) a document of `collection` has, or will have once published, from
 * its data as being edited; null when it has none yet (no address typed, no show chosen…) or its
 * collection has no page of its own.
 */
export async function previewAddress(collection: string, doc: Draft, req: PayloadRequest): Promise<string | null> {
  const slug = text(doc.slug)
  switch (collection) {
    case slugs.events:
      return slug && eventHref(slug)
    case slugs.projects:
      return slug && projectHref(slug)
    case slugs.houses:
      return slug && houseHref(slug)
    case slugs.shows:
      return slug && showHref(slug)
    case slugs.pages:
      return slug && fixedPageHref(slug)
    case slugs.journalIssues:
      return typeof doc.number === 'number' ? issueHref(doc.number) : null
    case slugs.articles: {
      const issueNumber = await relatedField(req, slugs.journalIssues, doc.issue, 'number')
      return slug && articleHref(typeof issueNumber === 'number' ? issueNumber : null, slug)
    }
    case slugs.episodes: {
      const showSlug = text(await relatedField(req, slugs.shows, doc.show, 'slug'))
      return slug && showSlug && episodeHref(showSlug, slug)
    }
    default:
      return null
  }
}
