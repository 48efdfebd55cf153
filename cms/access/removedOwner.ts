import type { Ownership } from './houseContent'
import { hasRole, houseIdsOf, refId, type StaffUser } from './staff'

/**
 * Which owner a change of owners takes away that this user may not remove: the cooperation, or a
 * house the user does not belong to. Only admins remove those; an editor may add houses (joint
 * content is normal) and remove only their own. Null when the change is theirs to make.
 */
export function removedOwner(
  user: StaffUser | null | undefined,
  before: Ownership,
  after: Ownership,
): 'cooperation' | 'house' | null {
  if (hasRole(user, 'admin')) return null
  if (before.cooperation && !after.cooperation) return 'cooperation'
  const kept = new Set((after.houses ?? []).map(refId))
  const mine = new Set(houseIdsOf(user))
  const lost = (before.houses ?? []).map(refId).filter((house) => !kept.has(house) && !mine.has(house))
  return lost.length > 0 ? 'house' : null
}
