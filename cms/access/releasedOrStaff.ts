import type { Access, FieldAccess } from 'payload'

import { WITHHELD_FIELD } from '../../schemas/fields/withheld'
import { hasRole } from './staff'

const isStaff = (user: Parameters<typeof hasRole>[0]) => hasRole(user, 'admin', 'editor', 'moderator')

/**
 * Public files (Media, Audio, Documents): staff read every one; everyone else those not withheld
 * (`withheldField`: a resident's copied file, a sound, a journal PDF, until a published document
 * shows it). NULL, a row older than the field, counts as not withheld. Payload's file route
 * applies the same rule to the bytes.
 */
export const releasedOrStaff: Access = ({ req }) => isStaff(req.user) || { [WITHHELD_FIELD]: { not_equals: true } }

/** Fields only staff read, e.g. which contribution a public file was copied from. */
export const staffField: FieldAccess = ({ req }) => isStaff(req.user)
