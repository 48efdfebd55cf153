import type { Ownership } from './houseContent'
import { hasRole, houseIdsOf, refId, type StaffUser } from './staff'

/**
 * Is this document shared with owners the user does not speak for (the cooperation, or a house
 * they do not belong to)? Then only an admin deletes it: an editor would take it from the others.
 */
export function sharedBeyond(user: StaffUser | null | undefined, doc: Ownership): boolean {
  if (hasRole(user, 'admin')) return false
  if (doc.cooperation) return true
  const mine = new Set(houseIdsOf(user))
  return (doc.houses ?? []).some((house) => !mine.has(refId(house)))
}
