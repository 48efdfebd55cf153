import type { Access, FieldAccess } from 'payload'

import { hasRole } from './staff'

export const moderators: Access = ({ req }) => hasRole(req.user, 'admin', 'moderator')
export const moderatorsField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'moderator')

/** A contribution is public only once published; until then only moderation sees it. */
export const publishedContributionsOrModerators: Access = ({ req }) =>
  hasRole(req.user, 'admin', 'moderator') || { status: { equals: 'published' } }
