import type { Ownership } from './houseContent'
import { houseIdsOf } from '../../schemas/relations'
import { hasRole, type StaffUser } from './staff'

/**
 * Who owns a copy an editor makes: their own houses, never the houses (or the cooperation) the
 * original belonged to, so duplicating cannot create content in someone else's name. An admin's
 * copy keeps the original's owners (undefined: nothing to change).
 */
export function ownersOfCopy(user: StaffUser | null | undefined): Ownership | undefined {
  if (hasRole(user, 'admin') || !user) return undefined
  return {
    cooperation: false,
    houses: houseIdsOf(user),
  }
}
