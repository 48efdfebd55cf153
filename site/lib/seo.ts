import Color from 'colorjs.io'

import type { Image } from '../../schemas/content/common'
import { isHexColour } from '../../schemas/fields/colour'
import { pageHref } from './pageNumber'

/**
 * An absolute address on the public site from a path or an address already absolute. The origin is
 * `SITE_URL` (never the request's Host header: a cached page must not carry a visitor's host name).
 */
export const absoluteUrl = (siteUrl: string, pathOrUrl: string): string => new URL(pathOrUrl, `${siteUrl}/`).href

/**
 * The address of a page without its query, the one a search engine should keep, except a
 * paginated listing's page number past the first (`?page=2`): each page lists other documents.
 * Paths end without a slash, except the home page.
 */
export const canonicalUrl = (siteUrl: string, pathname: string, page = 1): string =>
  absoluteUrl(siteUrl, pageHref(pathname.length > 1 ? pathname.replace(/\/+$/, '') : '/', page))

/**
 * The picture a social network shows for a page (Open Graph wants 1200 px wide or so): the largest
 * WebP the image was made in, else the original; null without an image.
 */
export function cardImage(
  image: Image | null | undefined,
): { url: string; width?: number; height?: number; alt: string } | null {
  if (!image) return null
  const candidates = Object.entries(image.sizes ?? {})
    .filter(([name, size]) => name.endsWith('-webp') && size.url && size.width)
    .map(([, size]) => size)
    .sort((a, b) => (b.width ?? 0) - (a.width ?? 0))
  const best = candidates[0]
  return best?.url
    ? { url: best.url, width: best.width ?? undefined, height: best.height ?? undefined, alt: image.alt }
    : { url: image.url, width: image.width ?? undefined, height: image.height ?? undefined, alt: image.alt }
}

/**
 * Whether a background colour is dark, so that what sits on it takes its light variant: black
 * text would contrast less with it than white text (WCAG 2.2 contrast, computed by colorjs.io).
 */
export function isDarkBackground(colour: string | null | undefined): boolean {
  if (!isHexColour(colour)) return false
  const background = new Color(colour)
  return background.contrast(new Color('#ffffff'), 'WCAG21') > background.contrast(new Color('#000000'), 'WCAG21')
}
