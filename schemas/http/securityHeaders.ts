import { createHash } from 'node:crypto'

/** A Content-Security-Policy as directives and their sources, in the order they are written. */
export type CspDirectives = Record<string, readonly string[]>

/** Writes a policy as a header value; a directive without sources is written alone (`upgrade-insecure-requests`). */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ')
}

/** The CSP source that allows exactly this inline `<style>` or `<script>` text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`
}

/** What the browser may use at all: nothing of this hub needs the camera, the microphone, a position… */
const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ')

/** One year; only sent over https (browsers ignore it over plain http anyway). */
const HSTS = 'max-age=31536000; includeSubDomains'

/**
 * Headers every response of both servers carries, whatever its type: no MIME guessing, no framing
 * by another site (clickjacking), no full address leaked to other sites, no powerful features.
 */
export function baseSecurityHeaders({
  https,
  frameable = false,
}: {
  https: boolean
  /** The agenda widget (`FRAMEABLE_PATHS`), and previews (framed by the admin only, through their CSP). */
  frameable?: boolean
}): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': PERMISSIONS_POLICY,
    ...(frameable ? {} : { 'X-Frame-Options': 'DENY' }),
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(https ? { 'Strict-Transport-Security': HSTS } : {}),
  }
}

/**
 * The headers of an answer that is not a page, as name and value pairs with names in lower case:
 * `baseSecurityHeaders` and `NON_DOCUMENT_CSP` (a page replaces that policy with its own).
 */
export const nonDocumentHeaders = (options: Parameters<typeof baseSecurityHeaders>[0]): [string, string][] =>
  [...Object.entries(baseSecurityHeaders(options)), ['Content-Security-Policy', NON_DOCUMENT_CSP] as const].map(
    ([name, value]) => [name.toLowerCase(), value],
  )

/** The only addresses other sites may show in a frame: the embeddable agenda. */
export const FRAMEABLE_PATHS: readonly string[] = ['/agenda/widget']

/** The policy of anything that is not a page (JSON, files, feeds): it may load nothing and be framed by nobody. */
export const NON_DOCUMENT_CSP = serializeCsp({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] })

/**
 * Whether the visitor reached us over https: directly (TLS socket) or through a proxy that says so.
 * A forged `X-Forwarded-Proto` over plain http only adds HSTS, which browsers ignore there.
 */
export function isHttps(forwardedProto: string | null | undefined, encrypted: boolean): boolean {
  return encrypted || forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https'
}
