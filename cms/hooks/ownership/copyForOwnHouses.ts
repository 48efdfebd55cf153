import type { FieldHook } from 'payload'

import { ownersOfCopy } from '../../access/ownersOfCopy'

/**
 * Duplicating copies the original's values after these field hooks have run on them (for uploads,
 * over whatever the request sent), so the owners are replaced here: an editor's copy belongs to
 * the editor's houses, not to the cooperation nor to another house.
 */
export const copyHousesForEditor: FieldHook = ({ value, req }) => ownersOfCopy(req.user)?.houses ?? value

/** The cooperation's mark, for the same reason: an editor's copy is not the cooperation's. */
export const copyCooperationForEditor: FieldHook = ({ value, req }) => ownersOfCopy(req.user)?.cooperation ?? value
