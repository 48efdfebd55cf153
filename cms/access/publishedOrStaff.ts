import type { Access } from 'payload'

import { hasRole } from './staff'

/** Those who edit content see its drafts; everyone else (moderators included) only what is published. */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor') || { _status: { equals: 'published' } }
