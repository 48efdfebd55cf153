import type { Access } from 'payload'

import { hasRole } from './staff'

/** Admins and editors: shared references (themes, neighbourhoods, partners) and file updates. */
export const editors: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
