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
  | 'too-many-attempts'
  | 'current-password-required'
  | 'email-not-configured'
  | 'contribution-without-address'
  | 'email-not-sent'
  | 'palette-poor-contrast'

/**
 * A refusal shown to the person who made the request: `message` in French; `status` 400 (bad
 * input), 403 (not theirs to do), 429 (too many attempts) or 503 (a service the hub lacks); `code`
 * and any `details` in the error's data (`{ code, ...details }`).
 */
export const refusal = (
  code: RefusalCode,
  message: string,
  status: 400 | 403 | 429 | 503 = 400,
  details: Record<string, unknown> = {},
): APIError => new APIError(message, status, { code, ...details }, true)
