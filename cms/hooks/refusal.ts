import { APIError } from 'payload'

import { wholeInToast } from './wholeInToast'

/**
 * Why the CMS refuses a change, as a stable code that clients and tests can rely on (the French
 * sentence is for staff and may be reworded). Payload returns it in the error's `data`.
 */
export type RefusalCode =
  | 'date-impossible'
  | 'event-ends-before-start'
  | 'repetition-ends-before-start'
  | 'episode-show-of-other-house'
  | 'audio-unreadable'
  | 'audio-not-mp3-or-m4a'
  | 'sound-undecodable'
  | 'sound-too-long'
  | 'show-cover-size'
  | 'image-too-large'
  | 'file-type-not-accepted'
  | 'incomplete-for-publishing'
  | 'published-in-future'
  | 'contribution-without-consent'
  | 'contribution-without-parental-consent'
  | 'contribution-status-order'
  | 'ownership.cooperation-removed'
  | 'ownership.house-removed'
  | 'ownership.shared-delete'
  | 'too-many-attempts'
  | 'current-password-required'
  | 'email-not-configured'
  | 'contribution-without-address'
  | 'email-not-sent'
  | 'disk-full'
  | 'palette-poor-contrast'
  | 'not-found'
  | 'file-in-use'
  | 'query-not-allowed'
  | 'query-value-malformed'
  | 'reference-not-found'
  | 'read-unbounded'

/** One field the refusal is about: its form path (`venue.house`, `recurrence.until`, `file`) and what is wrong there. */
export type FieldProblem = { path: string; message: string }

/**
 * A refusal shown to the person who made the request: `message` in French; `status` 400 (bad
 * input), 403 (not theirs to do), 404 (no such document), 409 (used elsewhere), 429 (too many attempts) or 503 (a
 * service the hub lacks); `code` and any `details` in the error's data (`{ code, ...details }`).
 * The message is written so that the admin's toast shows it whole (`wholeInToast`): Payload's
 * toast cuts a message at its colons and commas.
 */
export const refusal = (
  code: RefusalCode,
  message: string,
  status: 400 | 403 | 404 | 409 | 429 | 503 | 507 = 400,
  details: Record<string, unknown> = {},
): APIError => new APIError(wholeInToast(message), status, { code, ...details }, true)

/**
 * A refusal about one or more fields. Its data carries `errors: [{ path, message }]`, the shape of
 * Payload's ValidationError, which the admin form reads to put each French message under its
 * field (and `refusalResponse` keeps it so in the production build). The error's own message is
 * the sentences joined, for API clients, the log and the admin's toast (without colons there: see
 * `wholeInToast`); the messages under the fields keep their own punctuation.
 */
export const fieldRefusal = (
  code: RefusalCode,
  problems: FieldProblem | FieldProblem[],
  status: 400 | 403 = 400,
  details: Record<string, unknown> = {},
): APIError => {
  const errors = Array.isArray(problems) ? problems : [problems]
  return refusal(code, errors.map((problem) => problem.message).join(' '), status, { ...details, errors })
}
