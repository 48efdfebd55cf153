import { APIError } from 'payload'

/** Machine codes of ownership refusals: clients and tests match on these, never on the French text. */
export type OwnershipCode = 'ownership.cooperation-removed' | 'ownership.house-removed' | 'ownership.shared-delete'

/** A 403 whose message staff read in the admin, with its stable code in `data.code`. */
export const ownershipRefusal = (code: OwnershipCode, message: string): APIError =>
  new APIError(message, 403, { code }, true)
