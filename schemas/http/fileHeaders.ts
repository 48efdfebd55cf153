/** Types a browser shows as media inside a page; anything else (PDF, SVG, HTML, text…) is downloaded. */
const SHOWN_INLINE = /^(image\/(jpeg|png|webp|avif|gif)|audio\/[a-z0-9.+-]+|video\/[a-z0-9.+-]+)$/

/** Whether a file of this MIME type may be shown inline (otherwise `Content-Disposition: attachment`). */
export const shownInline = (mimeType: string): boolean =>
  SHOWN_INLINE.test(mimeType.split(';')[0]?.trim().toLowerCase() ?? '')

/**
 * Upload names carry a digest of their content (`cms/uploads/fileServing.ts`): a name never changes
 * meaning, so public files are cached for a year and never revalidated.
 */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable'
