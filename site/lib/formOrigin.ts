import { isHttps } from '../../schemas/http/securityHeaders'

/** Methods that change nothing (RFC 9110, 9.2.1): never a forgery. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The types a page of another site can make a browser send without asking first (Fetch standard, CORS-safelisted). */
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain']

/**
 * Whether `request` is one a page of another site made a visitor's browser send (a cross-site
 * request forgery; OWASP ASVS 5.0, V3.5 browser origin separation): an unsafe method sent with a
 * type a form can send, or with none, whose `Origin` is neither the site's public address
 * (`siteOrigin`, from SITE_URL) nor the address the request was made to. The latter is `url` (the host the browser asked for), in https
 * when the request came over TLS or through a proxy that says so (`X-Forwarded-Proto`, a header no
 * form can set): behind a proxy that ends TLS the server sees `http:` where the browser sent
 * `https:`. A request without `Origin` is refused too: every browser sends one with a form's POST.
 */
export function isCrossSiteForm(request: Request, url: URL, siteOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method)) return false
  const type = request.headers.get('content-type')?.toLowerCase()
  if (type !== undefined && !FORM_TYPES.some((form) => type.includes(form))) return false
  const origin = request.headers.get('origin')
  if (origin === null) return true
  const https = isHttps(request.headers.get('x-forwarded-proto'), url.protocol === 'https:')
  return origin !== siteOrigin && origin !== `${https ? 'https' : 'http'}://${url.host}`
}
