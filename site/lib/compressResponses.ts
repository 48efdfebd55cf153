import type { IncomingMessage, ServerResponse } from 'node:http'

import compressible from 'compressible'
import compression from 'compression'

type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** Bodies under this many bytes go out as they are (`compression`'s threshold, given to it). */
export const MIN_COMPRESSED_BYTES = 1024

/**
 * Which responses may be compressed, by their status and headers (names in lower case): those of a
 * compressible type (`compressible`, the media types database, as `compression` decides), except a
 * partial one and one that offers byte ranges (a static file: its ranges, Content-Range and
 * validator count the bytes on disk, so it is sent as it is). A feed's ETag does not prevent it:
 * the tag is weakened on the way (`weakenTagOfCompressed`). The stored pages' compressed copies
 * follow the same rule (lib/compressedCopies.ts).
 */
export function mayCompress(status: number, header: (name: string) => string | undefined): boolean {
  if (status === 206 || header('content-range') !== undefined || header('accept-ranges') === 'bytes') return false
  const type = header('content-type')
  return type !== undefined && Boolean(compressible(type))
}

const worthCompressing = (_req: IncomingMessage, res: ServerResponse): boolean =>
  mayCompress(res.statusCode, (name) => res.getHeader(name)?.toString())

const compress = compression({
  filter: worthCompressing as never,
  threshold: MIN_COMPRESSED_BYTES,
}) as unknown as NodeMiddleware

/**
 * Makes the strong ETag of a response that goes out compressed weak (`W/"…"`), as nginx does: a
 * strong tag names one exact set of bytes (RFC 9110, 8.8.1), and the compressed bytes are others.
 * If-None-Match compares weakly, so pollers still get 304 (lib/notModified.ts). Installed before
 * `compression` so that its header listener, which sets Content-Encoding, runs first.
 */
function weakenTagOfCompressed(res: ServerResponse): void {
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    const etag = res.getHeader('ETag')
    if (res.hasHeader('Content-Encoding') && typeof etag === 'string' && etag.startsWith('"')) {
      res.setHeader('ETag', `W/${etag}`)
    }
    return writeHead(...args)
  }) as ServerResponse['writeHead']
}

type WriteCallback = (error?: Error | null) => void

/**
 * Gives `res.write(chunk[, encoding], callback)` its callback back: `compression` replaces
 * `res.write` with a version that drops it. Astro ends a page that fails while streaming by writing
 * « Internal server error » and closing the socket in that callback, so without it the answer
 * would hang open. The callback runs once the chunk is handed on, or once the buffer drains.
 */
function keepWriteCallbacks(res: ServerResponse): void {
  const write = res.write.bind(res) as (chunk: unknown, encoding?: BufferEncoding) => boolean
  res.write = ((chunk: unknown, encoding?: BufferEncoding | WriteCallback, callback?: WriteCallback) => {
    const done = typeof encoding === 'function' ? encoding : callback
    const accepted = write(chunk, typeof encoding === 'function' ? undefined : encoding)
    if (done) {
      if (accepted) process.nextTick(done)
      else res.once('drain', () => done())
    }
    return accepted
  }) as ServerResponse['write']
}

/**
 * Compresses pages and feeds as the browser accepts (brotli or gzip, negotiated by `compression`,
 * which also adds `Vary: Accept-Encoding` and leaves HEAD and `no-transform` answers alone). A busy
 * fortnight of the agenda is about 100 KB of HTML: a few seconds on a slow mobile connection,
 * where residents read the site. Call it as `compressResponses(req, res, next)` before writing.
 */
export function compressResponses(req: IncomingMessage, res: ServerResponse, next: () => void): void {
  weakenTagOfCompressed(res)
  compress(req, res, () => {
    keepWriteCallbacks(res)
    next()
  })
}
