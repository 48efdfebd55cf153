import type { Access, FieldAccess } from 'payload'

import { WITHHELD_FIELD } from '../../schemas/fields/contributionCopy'
import { hasRole } from './staff'

const isStaff = (user: Parameters<typeof hasRole>[0]) => hasRole(user, 'admin', 'editor', 'moderator')

/**
 * Public files (Media, Audio): staff read every one; everyone else those not withheld, which leaves
 * out a resident's copied file until a published article or episode shows it, and a sound until a
 * published episode plays it (NULL, a row older than the field, counts as not withheld). Payload's file route applies the same rule to the bytes.
 */
export const releasedOrStaff: Access = ({ req }) => isStaff(req.user) || { [WITHHELD_FIELD]: { not_equals: true } }

/** Fields only staff read, e.g. which contribution a public file was copied from. */
export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
