import type { IncomingMessage, ServerResponse } from 'node:http'

import compression from 'compression'

type NodeMiddleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/**
 * Which responses are compressed: those `compression` finds worth it (a compressible type, 1 KB
 * or more), except a partial one (its Content-Range counts bytes of the uncompressed file) and one
 * with an ETag (a strong validator names one exact set of bytes, and a static file keeps it).
 */
function worthCompressing(req: IncomingMessage, res: ServerResponse): boolean {
  if (res.statusCode === 206 || res.hasHeader('Content-Range') || res.hasHeader('ETag')) return false
  return compression.filter(req as never, res as never)
}

/**
 * Compresses pages and feeds as the browser accepts (brotli or gzip, negotiated by `compression`,
 * which also adds `Vary: Accept-Encoding` and leaves HEAD and `no-transform` answers alone). A busy
 * fortnight of the agenda is about 200 KB of HTML: a few seconds on a slow mobile connection,
 * where residents read the site. Call it as `compressResponses(req, res, next)` before writing.
 */
export const compressResponses = compression({ filter: worthCompressing as never }) as unknown as NodeMiddleware
