import { type CspDirectives, hashSource, serializeCsp } from '../../schemas/http/securityHeaders'

/**
 * The Content-Security-Policy of a page of the site. Pages carry no script at all and load their
 * stylesheets and images from the site or the CMS (uploads). The only inline `<style>` elements are
 * allowed by the hash of their exact text. Style attributes stay allowed: the house accents are
 * set per element (`style="--accent: …"`), and a style attribute cannot run script. A page that
 * runs the search index's WebAssembly (`wasm`) also gets `'wasm-unsafe-eval'`, which compiles
 * WebAssembly only, never script text.
 */
export function pageCsp({
  cmsOrigin,
  inlineStyles,
  https,
  wasm = false,
}: {
  cmsOrigin: string
  inlineStyles: string[]
  https: boolean
  wasm?: boolean
}): string {
  const directives: CspDirectives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : [])],
    'style-src': ["'self'", ...inlineStyles.map(hashSource)],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', cmsOrigin],
    'media-src': ["'self'", cmsOrigin],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  }
  return serializeCsp(directives)
}
