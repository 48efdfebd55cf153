import type { Access } from 'payload'

import { hasRole } from './staff'

/** Staff see drafts; everyone else only what is published. */
export const publishedOrStaff: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'editor', 'moderator') || { _status: { equals: 'published' } }
