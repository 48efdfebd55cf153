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
