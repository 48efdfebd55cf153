import type { Stats } from 'node:fs'
import type { IncomingHttpHeaders } from 'node:http'

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

/** One byte range of RFC 9110 (14.1.2): `first-last`, `first-` or the suffix `-length`. */
const BYTE_RANGE = /^(?:(\d+)-(\d*)|-\d+)$/

/**
 * Whether a `Range` header is one this server understands (RFC 9110, 14.1.2): the `bytes` unit
 * (compared without case) and a list of well-formed ranges, none ending before it starts. A
 * header it does not understand must be ignored (14.2): the whole file is sent with 200, while
 * 416 stays for well-formed ranges the file cannot satisfy. `send` cannot tell the two apart
 * (`range-parser` counts `bytes=abc` as unsatisfiable), hence this check before it.
 */
export function rangeUnderstood(range: string | undefined): boolean {
  if (range === undefined) return true
  const set = /^bytes=(.*)$/i.exec(range.trim())?.[1]
  if (set === undefined) return false
  // The list syntax (5.6.1) allows empty elements and spaces around commas, not an empty list.
  const specs = set
    .split(',')
    .map((spec) => spec.trim())
    .filter((spec) => spec !== '')
  return (
    specs.length > 0 &&
    specs.every((spec) => {
      const match = BYTE_RANGE.exec(spec)
      if (!match) return false
      const [, first, last] = match
      // BigInt: positions longer than 15 digits are still well-formed, merely unsatisfiable.
      return first === undefined || last === '' || BigInt(first) <= BigInt(last!)
    })
  )
}

/**
 * Prepares a `Range` header for `send`: drops one this server does not understand (see
 * {@link rangeUnderstood}), so the whole file is sent instead of 416, and writes the unit in
 * lower case, the only spelling `range-parser` reads, though units are compared without case
 * (RFC 9110, 14.1). Node joins repeated `Range` headers with commas: the second `bytes=` makes the
 * list one this server does not understand, so the whole file is sent.
 */
export function normaliseRange(headers: { range?: string }): void {
  if (headers.range === undefined) return
  if (rangeUnderstood(headers.range)) headers.range = `bytes=${headers.range.trim().slice('bytes='.length)}`
  else delete headers.range
}

/**
 * Writes each suffix range longer than the file (`-N` with N above `size` bytes) as the whole file
 * (`0-`): RFC 9110 (14.1.3) says such a suffix selects the entire representation, while
 * `range-parser` counts it as unsatisfiable (416). Called once the file's size is known, on a header
 * {@link normaliseRange} has prepared.
 */
export function clampSuffixRanges(headers: { range?: string }, size: number): void {
  if (headers.range === undefined) return
  const specs = headers.range.slice('bytes='.length).split(',')
  const clamped = specs.map((spec) => {
    const suffix = /^\s*-(\d+)\s*$/.exec(spec)?.[1]
    return suffix !== undefined && BigInt(suffix) > BigInt(size) ? '0-' : spec
  })
  headers.range = `bytes=${clamped.join(',')}`
}

/**
 * The `Range` to answer, as `range-parser` reads it, for a request with `headers` of a file of
 * `size` bytes whose validators are `validators`: undefined when the whole file is to be sent (no
 * Range, a Range this server does not understand, an If-Range that does not hold); otherwise the
 * Range with its unit in lower case and its suffix ranges longer than the file written as the whole
 * file ({@link normaliseRange}, {@link ifRangeHolds}, {@link clampSuffixRanges}). `headers` is left
 * as it is.
 */
export function rangeToServe(
  headers: IncomingHttpHeaders,
  validators: FileValidators,
  size: number,
  now = Date.now(),
): string | undefined {
  const asked: { range?: string } = { range: headers.range }
  normaliseRange(asked)
  // Node joins repeated headers with commas: a list is no single validator, and never holds.
  const ifRange = [headers['if-range'] ?? []].flat().join(', ') || undefined
  if (asked.range === undefined || !ifRangeHolds(ifRange, validators, now)) return undefined
  clampSuffixRanges(asked, size)
  return asked.range
}
