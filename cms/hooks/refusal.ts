import { APIError } from 'payload'

/**
 * Why the CMS refuses a change, as a stable code that clients and tests can rely on (the French
 * sentence is for staff and may be reworded). Payload returns it in the error's `data`.
 */
export type RefusalCode =
  | 'event-ends-before-start'
  | 'repetition-ends-before-start'
  | 'episode-show-of-other-house'
  | 'audio-unreadable'
  | 'image-too-large'
  | 'contribution-without-consent'
  | 'contribution-without-parental-consent'
  | 'ownership.cooperation-removed'
  | 'ownership.house-removed'
  | 'ownership.shared-delete'

/**
 * A refusal shown to the person who made the change: `message` in French, `status` 400 (bad
 * input) or 403 (not theirs to do), `code` in the error's data (`{ code }`).
 */
export const refusal = (code: RefusalCode, message: string, status: 400 | 403 = 400): APIError =>
  new APIError(message, status, { code }, true)

/** The refusal code an error carries, if it is one of ours. */
export const refusalCode = (error: unknown): RefusalCode | undefined =>
  error instanceof APIError ? (error.data as { code?: RefusalCode } | undefined)?.code : undefined
