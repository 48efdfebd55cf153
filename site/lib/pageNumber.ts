/** The most pages a listing addresses: bounds the cache entries made-up numbers could make. */
export const MOST_PAGES = 9999

/**
 * The page number of a listing's `?page=` value: 1 when absent, null for anything but a plain
 * positive integer up to MOST_PAGES ("01", "1e3", "-1", "0", huge numbers), so the page redirects
 * to its first page instead of asking the CMS for a page that cannot exist.
 */
export function readPageNumber(value: string | null): number | null {
  if (value === null) return 1
  if (!/^[1-9]\d*$/.test(value)) return null
  const page = Number(value)
  return page <= MOST_PAGES ? page : null
}

/** The address of page `n` of the listing whose first page is `base`: `base` itself for page 1. */
export function pageHref(base: string, n: number): string {
  return n === 1 ? base : `${base}?page=${n}`
}

/**
 * The page a listing's address asks for, or null when the visitor must be sent to its first page
 * (`base`, with a permanent redirect): a malformed number, or `?page=1`, which is the first page's
 * other spelling. A number past the last page is for the page to redirect once it knows how many
 * there are (`pastLastPage`).
 */
export function askedPage(url: URL): number | null {
  const asked = url.searchParams.get('page')
  return asked === '1' ? null : readPageNumber(asked)
}

/**
 * Whether page `n` lies past the listing's last page (an empty listing has one page). The page
 * then sends the visitor to the first with a temporary redirect (302): the listing may grow back.
 */
export function pastLastPage(n: number, totalPages: number): boolean {
  return n > Math.max(1, totalPages)
}
