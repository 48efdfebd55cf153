import type { Access } from 'payload'

import { hasRole } from './staff'

/**
 * Version history is an editing tool: only those who see drafts (admins and editors) read it.
 * Everyone else reads no version at all, not even the past versions of a published document,
 * which may hold text that was withdrawn.
 */
export const versionsForEditors: Access = ({ req }) => hasRole(req.user, 'admin', 'editor')
