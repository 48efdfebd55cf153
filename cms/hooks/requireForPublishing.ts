import type { CollectionBeforeChangeHook } from 'payload'

import { fieldRefusal } from './refusal'

type Doc = Record<string, unknown>

/**
 * Something the public page of a document needs: `missing(doc)` is true when the document as it
 * would be stored lacks it; `path` is the field the person fills in, `message` tells them how
 * (French).
 */
export type PublishingRule = { path: string; message: string; missing: (doc: Doc) => boolean }

/** The stored document with the change applied, groups merged one level deep as a partial update sends them. */
const merged = (original: Doc | undefined, data: Doc): Doc => {
  const result: Doc = { ...original, ...data }
  for (const [key, value] of Object.entries(data)) {
    const before = original?.[key]
    if (value && before && typeof value === 'object' && typeof before === 'object' && !Array.isArray(value)) {
      result[key] = { ...(before as Doc), ...(value as Doc) }
    }
  }
  return result
}

/**
 * Refuses to publish a document that lacks what its public page needs, with one French message
 * on each field concerned (all at once, so they are fixed in one go). Drafts are saved as they
 * are: the rules apply only when the result is published.
 */
export const requireForPublishing =
  (rules: readonly PublishingRule[]): CollectionBeforeChangeHook =>
  ({ data, originalDoc }) => {
    const doc = merged(originalDoc as Doc | undefined, data as Doc)
    if (doc._status !== 'published') return data
    const problems = rules.filter((rule) => rule.missing(doc)).map(({ path, message }) => ({ path, message }))
    if (problems.length > 0) throw fieldRefusal('incomplete-for-publishing', problems)
    return data
  }

/** A text or relation field left empty. */
export const blank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '')
