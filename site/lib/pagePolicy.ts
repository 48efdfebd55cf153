import { publicFilesBase } from '../../schemas/files'
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
  frameAncestors = ["'none'"],
  wasm = false,
}: {
  cmsOrigin: string
  inlineStyles: string[]
  /** The site's public address is https: browsers are asked to upgrade insecure requests. */
  https: boolean
  /** Who may show the page in a frame: `['*']` for the agenda widget, the CMS's origin for a preview; nobody by default. */
  frameAncestors?: string[]
  /** The search page runs Pagefind's WebAssembly (compiled in the browser, never script text). */
  wasm?: boolean
}): string {
  // Public files come from the site itself, or from MEDIA_URL when a CDN or bucket serves them.
  const media = publicFilesBase() ? [new URL(publicFilesBase()).origin] : []
  const directives: CspDirectives = {
    'default-src': ["'self'"],
    'script-src': ["'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : [])],
    'style-src': ["'self'", ...inlineStyles.map(hashSource)],
    'style-src-attr': ["'unsafe-inline'"],
    'img-src': ["'self'", 'data:', cmsOrigin, ...media],
    // blob: plays back what the contribution form's recorder just made (only the page's own scripts make blobs).
    'media-src': ["'self'", 'blob:', cmsOrigin, ...media],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': frameAncestors,
    ...(https ? { 'upgrade-insecure-requests': [] } : {}),
  }
  return serializeCsp(directives)
}

/**
 * The exact text of every `<style>` element of a page's HTML, in order: what the page's
 * Content-Security-Policy allows by hash (the browser hashes the raw text between the tags; a
 * style element's content is never entity-decoded). Pure; an HTML without styles gives [].
 */
export function inlineStyles(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((match) => match[1]!)
}
