import type { Stats } from 'node:fs'

/** A file's validators, as sent in `ETag` and `Last-Modified`. */
export type FileValidators = { etag: string; lastModified: string }

/**
 * Strong validators of a public file (RFC 9110, 8.8): the entity tag `"<size>-<mtime in ms>"` in
 * hexadecimal, as nginx makes them, and the modification date as an HTTP-date. Strong, unlike the
 * weak tag `send` makes, because a public file's name never changes meaning: the CMS writes each
 * upload once under a new name, so its size and time name exactly one set of bytes. A strong tag
 * is what lets a podcast app resume a download with `If-Range` (13.1.5).
 */
export function fileValidators(stat: Pick<Stats, 'size' | 'mtime'>): FileValidators {
  return {
    etag: `"${stat.size.toString(16)}-${stat.mtime.getTime().toString(16)}"`,
    lastModified: stat.mtime.toUTCString(),
  }
}

/**
 * Whether a `Range` request may be answered in part under its `If-Range` (RFC 9110, 13.1.5): yes
 * without If-Range; with an entity tag, only if it is strong and equal to the file's (strong
 * comparison, 8.8.3.2: a weak tag never matches); with an HTTP-date, only if it is exactly the
 * file's Last-Modified and that date is strong, i.e. at least one second before `now` (8.8.2.2).
 * Otherwise the whole file is sent (200).
 */
export function ifRangeHolds(ifRange: string | undefined, file: FileValidators, now = Date.now()): boolean {
  if (ifRange === undefined) return true
  const value = ifRange.trim()
  if (value.startsWith('W/')) return false
  if (value.startsWith('"')) return !file.etag.startsWith('W/') && value === file.etag
  const asked = Date.parse(value)
  const modified = Date.parse(file.lastModified)
  return !Number.isNaN(asked) && asked === modified && now - modified >= 1000
}
