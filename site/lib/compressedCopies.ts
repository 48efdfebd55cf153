import type { IncomingMessage } from 'node:http'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'

import Negotiator from 'negotiator'

import { boundedMemo } from './boundedMemo'
import { mayCompress, MIN_COMPRESSED_BYTES } from './compressResponses'
import { type StoredPage, storedHeader } from './pageStore'

/** The encodings a stored page is kept in besides its own bytes, as HTTP names them. */
export type ContentCoding = 'br' | 'gzip'

/**
 * What `compression` offers and prefers (lib/compressResponses.ts), deflate aside: a browser that
 * accepts brotli or gzip gets the same coding from a copy as it would on the way out. One that
 * accepts deflate alone, which no browser does, still gets it on the way out.
 */
const OFFERED = ['br', 'gzip', 'identity']
const PREFERRED = ['br', 'gzip']
/** Cache-Control: no-transform forbids changing the coding (RFC 9111, 5.2.2.6), as `compression` honours. */
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i

const brotli = promisify(brotliCompress)
const gzipped = promisify(gzip)

/**
 * Brotli at quality 6: made once per page version read more than once, so a little slower than
 * `compression`'s 4 on the way out for about a tenth fewer bytes (an agenda page of 204 KB: 8.9 KB
 * against 9.8 KB, 15 ms against 9 ms on the 2-core server, in zlib's thread pool).
 */
const ENCODERS: Record<ContentCoding, (body: Buffer) => Promise<Buffer>> = {
  br: (body) =>
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 6,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  gzip: (body) => gzipped(body),
}

/**
 * The compressed copies of each stored page, and how many compressed answers it has had. Keyed by
 * the page object itself: a page rendered again, invalidated or evicted takes its copies with it
 * (one gone stale or expired keeps them until then). They are not counted in the page store's byte
 * bound; each weighs about a tenth of its page or less, as HTML and feeds compress. A copy being
 * made is the promise of its bytes, undefined when it could not be made.
 */
const copies = new WeakMap<
  StoredPage,
  { answered: number } & Partial<Record<ContentCoding, Buffer | Promise<Buffer | undefined> | null>>
>()

/**
 * Copies are made from the second compressed answer of a page on: a page version read once (a
 * feed reader's poll between two publications, a crawler's visit) would pay for its compression
 * twice, on the way out and for a copy nobody reads.
 */
const ANSWERS_BEFORE_COPY = 1

/** Negotiator's own signature: its typings leave out the server's preference among equal weights. */
type EncodingNegotiator = { encoding(available: string[], preferred: string[]): string | undefined }

/**
 * Whether answers of `page` vary with Accept-Encoding, as `compression` decides it for the answers
 * it sees (it adds `Vary` before looking at the size or the coding): a type `mayCompress` allows,
 * without Cache-Control: no-transform.
 */
export function variesWithEncoding(page: StoredPage): boolean {
  const header = (name: string) => storedHeader(page, name)
  return mayCompress(page.status, header) && !NO_TRANSFORM.test(header('cache-control') ?? '')
}

/** `compressibleStoredPage`'s answer for each page version, asked at every request for it. */
const compressibleAnswers = new WeakMap<StoredPage, boolean>()

/**
 * Whether `page` may be sent compressed at all, whatever the request: one whose answers vary with
 * Accept-Encoding (`variesWithEncoding`), of 1 KB or more, not already encoded.
 */
export function compressibleStoredPage(page: StoredPage): boolean {
  let compressible = compressibleAnswers.get(page)
  if (compressible === undefined) {
    compressible =
      page.body.length >= MIN_COMPRESSED_BYTES &&
      variesWithEncoding(page) &&
      storedHeader(page, 'content-encoding') === undefined
    compressibleAnswers.set(page, compressible)
  }
  return compressible
}

/**
 * The coding `req` accepts that `page` is to be sent in, for a GET: br or gzip as Accept-Encoding
 * and the server's preference decide (RFC 9110, 12.5.3). Undefined: send it as it is.
 */
export function contentCodingFor(req: IncomingMessage, page: StoredPage): ContentCoding | undefined {
  if (req.method !== 'GET' || !compressibleStoredPage(page)) return undefined
  // Without the header, identity alone is acceptable, as Negotiator and `compression` read it.
  const accepted = req.headers['accept-encoding']
  return accepted === undefined ? undefined : (codingFor(accepted) ?? undefined)
}

/**
 * The coding Negotiator chooses for an Accept-Encoding value (null: as it is), remembered for 256
 * values: browsers send a handful (`gzip, deflate, br, zstd`…).
 */
const codingFor = boundedMemo(
  (accepted): ContentCoding | null => {
    const chosen = (
      new Negotiator({ headers: { 'accept-encoding': accepted } }) as unknown as EncodingNegotiator
    ).encoding(OFFERED, PREFERRED)
    return chosen === 'br' || chosen === 'gzip' ? chosen : null
  },
  { max: 256 },
)

/**
 * `page`'s body in `coding`: the copy when it is made; while it is being made, the promise of it,
 * which the request waits for; undefined for the page's first compressed answer and when the copy
 * could not be made, and the request is then compressed on the way out. The second compressed
 * answer starts making the copy in zlib's thread pool, once whatever the requests meanwhile: a
 * burst of requests for a page just rendered (100 browsers at once) then makes one copy, where
 * compressing each of them on the way out took the site from 200 to 316–337 MiB resident and
 * its 99th percentile answer to 0.9 s. A failure is logged once, and that copy is not tried again.
 */
export function compressedCopy(
  page: StoredPage,
  coding: ContentCoding,
): Buffer | Promise<Buffer | undefined> | undefined {
  const made = copies.get(page) ?? { answered: 0 }
  copies.set(page, made)
  const copy = made[coding]
  if (copy !== undefined) return copy ?? undefined
  made.answered += 1
  if (made.answered <= ANSWERS_BEFORE_COPY) return undefined
  const making = ENCODERS[coding](page.body).then(
    (bytes) => (made[coding] = bytes),
    (error: unknown) => {
      made[coding] = null
      console.error(`[site] A cached page could not be compressed (${coding}): ${String(error)}`)
      return undefined
    },
  )
  made[coding] = making
  return making
}
