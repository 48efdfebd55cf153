import { type CspDirectives, serializeCsp } from '../../schemas/http/securityHeaders'

/**
 * The Content-Security-Policy of the admin's pages, as strict as Payload's admin allows:
 * - scripts only from the CMS itself, plus the inline scripts Next.js writes into each page, which
 *   carry this request's nonce; 'strict-dynamic' lets those load the admin's code-split chunks;
 * - inline styles are allowed: Payload's components and React set `style` attributes and `<style>`
 *   elements at run time, which no hash or nonce can cover;
 * - images and media from `data:`/`blob:` too: previews of a file chosen for upload are blob URLs;
 * - frames only from the public site: the live preview pane shows its pages;
 * - development only: 'unsafe-eval' for Next's hot reload.
 */
export function adminCsp({
  nonce,
  https,
  development,
  siteOrigin,
}: {
  nonce: string
  https: boolean
  development: boolean
  /** The public site's origin (`SITE_URL`), the only one the live preview pane may show. */
  siteOrigin: string
}): string {
  const directives: CspDirectives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'"],
    'worker-src': ["'self'", 'blob:'],
    'frame-src': [siteOrigin],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  }
  return serializeCsp(directives)
}
