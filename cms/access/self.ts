import type { Access } from 'payload'

import { hasRole } from './staff'

/** Admins manage every account; anyone signed in manages only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  return req.user ? { id: { equals: req.user.id } } : false
}
