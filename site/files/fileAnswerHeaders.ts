import type { Stats } from 'node:fs'

import { PUBLIC_FILE_CACHE, shownInline } from '../../schemas/http/fileHeaders'
import type { HeaderList } from '../lib/cacheFront'
import { type FileValidators, fileValidators } from './fileValidators'

/**
 * What every answer under /fichiers/ carries, a 404 included: public files are public anywhere,
 * as web podcast players read sounds with fetch, by ranges (Fetch standard, CORS).
 */
export const CORS_HEADERS: HeaderList = [
  ['access-control-allow-origin', '*'],
  ['access-control-expose-headers', 'Content-Range, Accept-Ranges, ETag'],
]

/**
 * The headers of a public file's content of MIME type `contentType` (the type the CMS sniffed from
 * its bytes): that type, nosniff, and `Content-Disposition: attachment` for a type no browser should
 * show inside the site (a PDF, an SVG: `shownInline`).
 */
export function contentHeaders(contentType: string): HeaderList {
  return [
    ['content-type', contentType],
    ['x-content-type-options', 'nosniff'],
    ...(shownInline(contentType) ? [] : [['content-disposition', 'attachment'] as const]),
  ]
}

const validatorsOfStats = new WeakMap<Stats, FileValidators>()

/**
 * The strong validators of the file whose stat is `stats` (`fileValidators`), worked out once per
 * stat object: a held file answers with the one stat it was read with, thousands of times a second.
 */
export function validatorsOf(stats: Stats): FileValidators {
  let known = validatorsOfStats.get(stats)
  if (!known) validatorsOfStats.set(stats, (known = fileValidators(stats)))
  return known
}

/**
 * The headers that say how a public file's bytes may be kept and asked for again: its validators,
 * a year in browsers and minutes in shared caches (`PUBLIC_FILE_CACHE`), byte ranges accepted.
 */
export function keepingHeaders(validators: FileValidators): HeaderList {
  return [
    ['etag', validators.etag],
    ['last-modified', validators.lastModified],
    ['cache-control', PUBLIC_FILE_CACHE],
    ['accept-ranges', 'bytes'],
  ]
}
