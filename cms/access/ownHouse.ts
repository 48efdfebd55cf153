import type { Access } from 'payload'

import { hasRole, houseIdsOf } from './staff'

/** Editors keep their own house's card up to date; admins edit every house. */
export const updateOwnHouse: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!hasRole(req.user, 'editor')) return false
  return { id: { in: houseIdsOf(req.user) } }
}
