import type { Access, FieldAccess } from 'payload'

import { hasRole } from './staff'

export const adminOnly: Access = ({ req }) => hasRole(req.user, 'admin')
export const adminOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')
