import type { IncomingMessage } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import compressible from 'compressible'
import Negotiator from 'negotiator'

import type { StoredPage } from './pageStore'

/** The encodings a stored page is kept in besides its own bytes, as HTTP names them. */
export type ContentCoding = 'br' | 'gzip'

/**
 * What `compression` offers and prefers (lib/compressResponses.ts), so that a page answered from
 * its compressed copy and one compressed on the way out are negotiated alike. Deflate, which no
 * browser prefers, is left to `compression`.
 */
const OFFERED = ['br', 'gzip', 'identity']
const PREFERRED = ['br', 'gzip']
/** Bodies under this many bytes go out as they are, as `compression` leaves them (its threshold). */
const MIN_BYTES = 1024
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i

/**
 * Brotli at quality 6: made once per page version, so a little slower than `compression`'s 4 on
 * the way out for about a tenth fewer bytes (an agenda page of 204 KB: 8.9 KB against 9.8 KB,
 * 15 ms against 9 ms on the 2-core server).
 */
const ENCODERS: Record<ContentCoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => promisify(gzip)(body),
}

/**
 * The compressed copies of each stored page, made in zlib's thread pool at the first request that
 * accepts them. Keyed by the page object itself: a page replaced, expired or evicted takes its
 * copies with it. They are not counted in the page store's byte bound; each weighs about a tenth of
 * the page or less, as do its HTML and feeds compressed.
 */
const copies = new WeakMap<StoredPage, Partial<Record<ContentCoding, Buffer | Promise<void>>>>()

/** Negotiator's own signature: its typings leave out the server's preference among equal weights. */
type EncodingNegotiator = { encoding(available: string[], preferred: string[]): string | undefined }

const headerOf = (page: StoredPage, name: string) => page.headers.find(([key]) => key === name)?.[1]

/**
 * The coding `req` accepts that `page` is worth sending in: br or gzip as Accept-Encoding and the
 * server's preference decide (RFC 9110, 12.5.3), for a body of a compressible type (`compressible`,
 * the media types database) of 1 KB or more that is not already encoded and does not forbid
 * transformation (Cache-Control: no-transform, RFC 9111, 5.2.2.6). Undefined: send it as it is.
 */
export function contentCodingFor(req: IncomingMessage, page: StoredPage): ContentCoding | undefined {
  if (req.method !== 'GET' || page.body.length < MIN_BYTES || headerOf(page, 'content-encoding')) return undefined
  const type = headerOf(page, 'content-type')
  if (!type || !compressible(type) || NO_TRANSFORM.test(headerOf(page, 'cache-control') ?? '')) return undefined
  const coding = (new Negotiator(req) as unknown as EncodingNegotiator).encoding(OFFERED, PREFERRED)
  return coding === 'br' || coding === 'gzip' ? coding : undefined
}

/**
 * `page`'s body in `coding` when its copy is made; otherwise starts making it (once, whatever the
 * requests meanwhile) and returns undefined: the request is then answered some other way.
 */
export function compressedCopy(page: StoredPage, coding: ContentCoding): Buffer | undefined {
  const made = copies.get(page) ?? {}
  const copy = made[coding]
  if (Buffer.isBuffer(copy)) return copy
  if (copy) return undefined
  made[coding] = ENCODERS[coding](page.body).then(
    (bytes) => void (made[coding] = bytes),
    (error: unknown) => {
      made[coding] = undefined
      console.error(`[site] A cached page could not be compressed (${coding}): ${String(error)}`)
    },
  )
  copies.set(page, made)
  return undefined
}
