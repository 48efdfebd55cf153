import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/** A person needs more than this to fill the form; robots post at once (CONTRIBUTION_MIN_FILL_SECONDS). */
export const MIN_FILL_MS = 3_000
/** After this the page is stale: reload it (the typed values are kept by the answer). */
export const MAX_FILL_MS = 6 * 60 * 60 * 1000

/** The cookie that holds the form's nonce (double-submit: a page of another site cannot read it). */
export const FORM_COOKIE = 'coope-contribuer'

const sign = (secret: string, issuedAt: number, nonce: string) =>
  createHmac('sha256', secret).update(`contribuer.${issuedAt}.${nonce}`).digest('base64url')

/**
 * A token for one display of the form: when it was shown and a nonce, signed with the site's
 * contribution secret. The nonce also goes in a cookie; a post must bring both.
 *
 * @param existingNonce the nonce of the browser's cookie, kept when it is well formed
 * @returns the hidden field's value and the cookie's value
 */
export function issueFormToken(
  secret: string,
  now = Date.now(),
  existingNonce?: string,
): { token: string; nonce: string } {
  // A browser keeps its nonce across displays (an error page, a second contribution).
  const nonce =
    existingNonce && /^[A-Za-z0-9_-]{22}$/.test(existingNonce) ? existingNonce : randomBytes(16).toString('base64url')
  return { token: `${now}.${nonce}.${sign(secret, now, nonce)}`, nonce }
}

export type TokenCheck = 'ok' | 'missing' | 'forged' | 'too-fast' | 'expired'

/**
 * Checks a posted token against the cookie: signed by this site, the same nonce as the cookie (so
 * the post comes from a page this browser was shown: CSRF), shown at least `minFillMs` (3 s) and at most
 * 6 hours ago (robots fill forms in no time).
 */
export function checkFormToken(
  secret: string,
  token: string | undefined,
  cookieNonce: string | undefined,
  { now = Date.now(), minFillMs = MIN_FILL_MS }: { now?: number; minFillMs?: number } = {},
): TokenCheck {
  if (!token || !cookieNonce) return 'missing'
  const [issued, nonce, signature] = token.split('.')
  const issuedAt = Number(issued)
  if (!nonce || !signature || !Number.isSafeInteger(issuedAt)) return 'forged'
  const expected = Buffer.from(sign(secret, issuedAt, nonce))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'forged'
  const sameNonce = Buffer.from(nonce)
  const cookie = Buffer.from(cookieNonce)
  if (sameNonce.length !== cookie.length || !timingSafeEqual(sameNonce, cookie)) return 'forged'
  if (now - issuedAt < minFillMs) return 'too-fast'
  if (now - issuedAt > MAX_FILL_MS || issuedAt > now) return 'expired'
  return 'ok'
}
