import type { Access, CollectionConfig, Where } from 'payload'

import { publishedOrStaff } from './publishedOrStaff'
import { hasRole, houseIdsOf, refId, type StaffUser } from './staff'
import { versionsForEditors } from './versionsForEditors'

export type Ownership = {
  cooperation?: boolean | null
  houses?: (number | string | { id: number | string })[] | null
}

/** May this user own content with this ownership? Editors only for their houses or the cooperation. */
export function canOwn(user: StaffUser | null | undefined, ownership: Ownership | undefined): boolean {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'editor') || !ownership) return false
  if (ownership.cooperation) return true
  const mine = new Set(houseIdsOf(user))
  return (ownership.houses ?? []).some((house) => mine.has(refId(house)))
}

/** Which existing documents this user may change: an editor's houses' and the cooperation's. */
export function editableByUser(user: StaffUser | null | undefined): boolean | Where {
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'editor')) return false
  return { or: [{ cooperation: { equals: true } }, { houses: { in: houseIdsOf(user) } }] }
}

const touchesOwnership = (data: unknown): data is Ownership =>
  typeof data === 'object' && data !== null && ('houses' in data || 'cooperation' in data)

/** Without ownership in the data, new content defaults to the editor's own houses (see houseOwnership). */
export const createHouseContent: Access = ({ req, data }) =>
  touchesOwnership(data)
    ? canOwn(req.user, data)
    : hasRole(req.user, 'admin') || (hasRole(req.user, 'editor') && houseIdsOf(req.user).length > 0)

/** Editors change their houses' content and cannot hand it over to houses that are not theirs. */
export const updateHouseContent: Access = ({ req, data }) =>
  touchesOwnership(data) && !canOwn(req.user, data) ? false : editableByUser(req.user)

/**
 * Editors delete their houses' content. Content they share with the cooperation or another house is
 * refused one document at a time by the keepSharedContent hook: a query cannot say "no other owner".
 */
export const deleteHouseContent: Access = ({ req }) => editableByUser(req.user)

/** The rules of content owned by houses or the cooperation, in one place. */
export const houseContentAccess = {
  create: createHouseContent,
  read: publishedOrStaff,
  readVersions: versionsForEditors,
  update: updateHouseContent,
  delete: deleteHouseContent,
} satisfies CollectionConfig['access']
