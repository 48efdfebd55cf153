import { createHash } from 'node:crypto'

import type { SearchRecord } from './records'

/**
 * The search index is written as several Pagefind bundles, one per part of the records, which the
 * browser merges (Pagefind's `mergeIndex`). Pagefind writes a bundle whole and needs memory in
 * proportion (1.2 GiB for ten years of content in one bundle, about 160 MiB for one year's), so
 * the parts follow the calendar: a publication changes the small recent part, and a past year's
 * part is written again only when one of its documents changes, or at the new year.
 */
export type SearchPart = {
  /** `recent`, or the year (`2024`) of the records dated before the build's year. */
  key: string
  records: SearchRecord[]
}

/** The part of undated records and of those dated in the build's year or later. */
export const RECENT_PART = 'recent'

/**
 * The records split into parts (pure): the recent part first (the browser's main bundle, which
 * exists even when empty), then past years, newest first. Each part keeps the records' order.
 * `builtAt`'s year (UTC) decides what is recent.
 */
export function splitIntoParts(records: readonly SearchRecord[], builtAt: Date): SearchPart[] {
  const thisYear = String(builtAt.getUTCFullYear())
  const parts = new Map<string, SearchRecord[]>([[RECENT_PART, []]])
  for (const record of records) {
    const year = record.date?.slice(0, 4)
    const key = year && year < thisYear ? year : RECENT_PART
    const part = parts.get(key) ?? []
    part.push(record)
    parts.set(key, part)
  }
  const [recent, ...years] = [...parts.keys()]
  return [recent!, ...years.sort().reverse()].map((key) => ({ key, records: parts.get(key)! }))
}

/**
 * The folder name of a part's bundle: its key and a digest (SHA-256, 16 hex digits) of `format` and
 * of what the bundle is written from (`contents`, each as JSON: Pagefind's records). The same
 * contents give the same folder, whose files therefore never change: a build reuses it instead of
 * writing it again, and browsers may keep its files for good.
 */
export function partFolder(key: string, contents: readonly unknown[], format: string): string {
  const hash = createHash('sha256').update(format)
  for (const content of contents) hash.update(JSON.stringify(content))
  return `${key}-${hash.digest('hex').slice(0, 16)}`
}
