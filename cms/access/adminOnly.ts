import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole } from './staff'

/** Is the one who asks an admin? The single test behind every admin-only door. */
export const isAdmin = ({ req }: { req: PayloadRequest }): boolean => hasRole(req.user, 'admin')

export const adminOnly: Access = isAdmin
export const adminOnlyField: FieldAccess = isAdmin
