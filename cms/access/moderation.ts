import type { Access, FieldAccess } from 'payload'

import { hasRole } from './staff'

export const moderators: Access = ({ req }) => hasRole(req.user, 'admin', 'moderator')
export const moderatorsField: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'moderator')
