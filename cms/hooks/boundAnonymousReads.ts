import type { CollectionBeforeOperationHook, SanitizedConfig } from 'payload'

import { MAX_DEPTH, MAX_DOCUMENTS_PER_READ } from '../../schemas/collectionReads'
import { refusal } from './refusal'

/** The bounds a visitor's read must keep, as a French sentence for the refusal. */
const BOUNDS = `Une lecture publique demande au plus ${MAX_DOCUMENTS_PER_READ} documents (« limit » de 1 à ${MAX_DOCUMENTS_PER_READ}) et des liens sur ${MAX_DEPTH} niveaux au plus (« depth » de 0 à ${MAX_DEPTH}), page après page (« page » un nombre entier à partir de 1).`

const asNumber = (value: unknown): number | undefined =>
  value === undefined || value === null || value === '' ? undefined : Number(value)

const isWhole = (value: number, from: number, to: number): boolean =>
  Number.isSafeInteger(value) && value >= from && value <= to

/**
 * Answers 400 with a French sentence to an anonymous read that asks for more than any page of the
 * site shows: a `page` that is no whole number from 1, a `limit` of 0 or over MAX_DOCUMENTS_PER_READ, no limit with `pagination=false`
 * (every document), or a `depth` over MAX_DEPTH. Unbounded, 16 anonymous
 * `GET /api/events?limit=100000&depth=10` at once answered 64 MB each, held the CMS for 16 s and
 * took it from 470 MB to 1.07 GB resident; `POST /api/reads` already kept these bounds.
 * Signed-in staff (the admin's own lists) and Payload's population of relations
 * (`currentDepth`, bounded by the read that asked for it) are left alone.
 */
export const refuseUnboundedAnonymousRead: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || req.user) return args
  const { currentDepth, depth, limit, overrideAccess, page, pagination } = args as {
    currentDepth?: number
    depth?: unknown
    limit?: unknown
    page?: unknown
    overrideAccess?: boolean
    pagination?: boolean
  }
  if (overrideAccess === true || currentDepth) return args
  const asked = { depth: asNumber(depth), limit: asNumber(limit), page: asNumber(page) }
  const limitWrong = asked.limit === undefined ? pagination === false : !isWhole(asked.limit, 1, MAX_DOCUMENTS_PER_READ)
  const depthWrong = asked.depth !== undefined && !isWhole(asked.depth, 0, MAX_DEPTH)
  const pageWrong = asked.page !== undefined && !isWhole(asked.page, 1, Number.MAX_SAFE_INTEGER)
  if (limitWrong || depthWrong || pageWrong) throw refusal('read-unbounded', BOUNDS, 400)
  return args
}

/** Puts {@link refuseUnboundedAnonymousRead} on every collection of the sanitised configuration, Payload's own included. */
export function withBoundedAnonymousReads(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections)
    collection.hooks.beforeOperation = [refuseUnboundedAnonymousRead, ...(collection.hooks.beforeOperation ?? [])]
  return config
}
