/** Types a browser shows as media inside a page; anything else (PDF, SVG, HTML, text…) is downloaded. */
const SHOWN_INLINE = /^(image\/(jpeg|png|webp|avif|gif)|audio\/[a-z0-9.+-]+|video\/[a-z0-9.+-]+)$/

/** Whether a file of this MIME type may be shown inline (otherwise `Content-Disposition: attachment`). */
export const shownInline = (mimeType: string): boolean =>
  SHOWN_INLINE.test(mimeType.split(';')[0]?.trim().toLowerCase() ?? '')

/**
 * Caching of a public file. Upload names carry a digest of their content (`cms/uploads/fileServing.ts`):
 * a name never changes meaning, so a browser keeps the file for a year without asking again
 * (`immutable`, RFC 8246). A file can still stop being public (a resident withdraws a
 * contribution, an episode is unpublished): a shared cache (a proxy or a CDN in front of the hub)
 * keeps it 5 minutes only, then asks again and gets the 404 (`s-maxage`, which also forbids a shared
 * cache to serve it stale without asking: RFC 9111, 5.2.2.10).
 */
export const PUBLIC_FILE_CACHE = 'public, max-age=31536000, s-maxage=300, immutable'
