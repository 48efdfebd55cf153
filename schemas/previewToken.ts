import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto'

/** How long a preview address works: long enough to look and share with a colleague, short enough to leak little. */
export const PREVIEW_LIFETIME_SECONDS = 30 * 60

/** What a preview token grants: reading the latest draft of one document, until `expiresAt` (seconds since the epoch). */
export type PreviewGrant = { collection: string; id: string; expiresAt: number }

/**
 * The preview key, derived from the secret the CMS and the site share (SITE_INVALIDATION_SECRET), so
 * that the site can check a token before it renders anything for it, and a token can never serve as
 * an invalidation's signature.
 */
const previewKey = (secret: string): Buffer => Buffer.from(hkdfSync('sha256', secret, '', 'coope-preview-v2', 32))

const signature = (secret: string, claims: string): string =>
  createHmac('sha256', previewKey(secret)).update(claims).digest('base64url')

/**
 * A preview token `<collection>.<id>.<expiresAt>.<HMAC-SHA256>`: readable (the site routes the
 * reads of the named collection with it), unforgeable without the shared secret, and short-lived.
 * @param secret SITE_INVALIDATION_SECRET
 */
export function signPreviewToken(secret: string, collection: string, id: number | string, now = Date.now()): string {
  const claims = `${collection}.${id}.${Math.floor(now / 1000) + PREVIEW_LIFETIME_SECONDS}`
  return `${claims}.${signature(secret, claims)}`
}

/**
 * The grant of a token the CMS signed and that has not expired, or the reason it is refused:
 * 'invalid' (malformed or a wrong signature) or 'expired'. The site checks it before rendering a
 * preview (a forged token would otherwise have any page rendered anew, past the cache), the CMS
 * before reading a draft.
 * @param secret SITE_INVALIDATION_SECRET
 */
export function verifyPreviewToken(
  secret: string,
  token: string,
  now = Date.now(),
): PreviewGrant | 'invalid' | 'expired' {
  const match = /^([a-z-]+)\.([A-Za-z0-9]+)\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token)
  if (!match) return 'invalid'
  const [, collection, id, expiresAt, given] = match as unknown as [string, string, string, string, string]
  const expected = Buffer.from(signature(secret, `${collection}.${id}.${expiresAt}`))
  if (!timingSafeEqual(expected, Buffer.from(given))) return 'invalid'
  if (Number(expiresAt) * 1000 <= now) return 'expired'
  return { collection, id, expiresAt: Number(expiresAt) }
}
