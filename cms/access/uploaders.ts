import type { Access } from 'payload'

import { hasRole } from './staff'

/** Every staff role may add files (moderators attach what residents send). */
export const uploaders: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'moderator')
