import type { Stats } from 'node:fs'
import { type IncomingMessage, type ServerResponse, validateHeaderValue } from 'node:http'
import path from 'node:path'

import rangeParser from 'range-parser'

import { publicFileAddress, publicFileCollections } from '../../schemas/files'
import type { HeaderList } from '../lib/cacheFront'
import { contentHeaders, CORS_HEADERS, keepingHeaders, validatorsOf } from './fileAnswerHeaders'
import type { FileMemory } from './fileMemory'
import { rangeToServe } from './fileValidators'
import type { FilePermission } from './readPermission'

export type HeldFileFrontOptions = {
  /** The uploads folder (MEDIA_DIR), as `publicFiles` is given it. */
  mediaDir: string
  /** The bytes `publicFiles` holds. */
  memory: FileMemory
  /** What the CMS said lately about files (`FilePermissionCache`), without asking it. */
  permissions: { get: (collection: string, filename: string) => FilePermission | undefined }
}

/** Conditions `send` judges (RFC 9110, 13.1.1–13.1.4): a request with one goes to it. */
const CONDITIONS = ['if-match', 'if-none-match', 'if-modified-since', 'if-unmodified-since'] as const

/** The headers of a held file's answers but their framing, and what they were worked out from. */
type Prepared = { starting: HeaderList; permission: FilePermission; headers: readonly (string | number)[] }

const preparedOf = new WeakMap<Stats, Prepared>()

/**
 * The headers of every answer of the file held with `stats`, as name and value in turn: `starting`
 * but those the file's own replace, then the file's (`fileAnswerHeaders.ts`). Worked out once per
 * held file, list of starting headers and answer of the CMS, as answers are written thousands of
 * times a second.
 * @throws TypeError (Node's ERR_INVALID_CHAR) when the type the CMS gave is no header value
 */
function headersOf(stats: Stats, permission: FilePermission & { readable: true }, starting: HeaderList) {
  const known = preparedOf.get(stats)
  if (known?.starting === starting && known.permission === permission) return known.headers
  const own = [...CORS_HEADERS, ...contentHeaders(permission.contentType), ...keepingHeaders(validatorsOf(stats))]
  for (const [name, value] of own) validateHeaderValue(name, value)
  const names = new Set(own.map(([name]) => name))
  const headers = [...starting.filter(([name]) => !names.has(name)), ...own].flat()
  preparedOf.set(stats, { starting, permission, headers })
  return headers
}

/**
 * The lean path of public files, as the page store's is for pages (lib/cacheFront.ts): answers, at
 * once and without `send`, a GET of a file under /fichiers/ when everything about it is already
 * known — the CMS said lately that it is public (`permissions`), and `memory` holds its bytes,
 * looked at on the disk less than a second ago — and the request asks for all of it or for one
 * satisfiable byte range, with no condition but If-Range. That is what podcast players ask
 * thousands of times: through `send`, each random 64 KiB range took about 68 µs of processor time,
 * against 45 µs here (10 connections, 2-core machine), the bytes going out the same way.
 *
 * Anything else is left to `publicFiles` (`send`), which answers the same file the same way (a test
 * asks both the same questions): HEAD, conditional requests, a Range that is unsatisfiable (416) or
 * of several ranges that do not make one, podcast artwork, a file not held or due for a look at the
 * disk, a permission to ask the CMS for, a type from the CMS that is no header value. The Range
 * answered is `rangeToServe`'s, parsed by `range-parser` as `send` parses it. `starting` are the
 * headers every answer of the site starts from.
 * Returns whether it answered.
 */
export function heldFileFront({ mediaDir, memory, permissions }: HeldFileFrontOptions) {
  return (req: IncomingMessage, res: ServerResponse, starting: HeaderList): boolean => {
    if (req.method !== 'GET') return false
    const address = publicFileAddress(req.url ?? '/')
    if (!address || !publicFileCollections.includes(address.folder)) return false
    if (CONDITIONS.some((condition) => req.headers[condition] !== undefined)) return false
    const permission = permissions.get(address.folder, address.name)
    if (!permission?.readable) return false
    const file = memory.held(path.join(mediaDir, address.folder, address.name))
    if (!file) return false
    const { bytes, stats } = file
    const range = rangeToServe(req.headers, validatorsOf(stats), bytes.length)
    const ranges = range === undefined ? undefined : rangeParser(bytes.length, range, { combine: true })
    if (ranges !== undefined && (!Array.isArray(ranges) || ranges.length !== 1)) return false
    let headers: readonly (string | number)[]
    try {
      headers = headersOf(stats, permission, starting)
    } catch {
      // Written by none; the file server answers it, and says why in the log.
      return false
    }
    if (!ranges) {
      res.writeHead(200, headers.concat('content-length', bytes.length)).end(bytes)
      return true
    }
    const { start, end } = ranges[0]!
    const framing = ['content-range', `bytes ${start}-${end}/${bytes.length}`, 'content-length', end - start + 1]
    res.writeHead(206, headers.concat(framing)).end(bytes.subarray(start, end + 1))
    return true
  }
}
