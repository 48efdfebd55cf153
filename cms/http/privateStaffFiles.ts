import type { IncomingMessage, ServerResponse } from 'node:http'

/** Payload's file routes: `/api/<collection>/file/<name>`. */
const FILE_ROUTE = /^\/api\/[^/?]+\/file\//

/** Whether a request carries a staff member's credentials: Payload's session cookie or an Authorization header. */
const credentialed = (req: IncomingMessage): boolean =>
  req.headers.authorization !== undefined || /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

/**
 * Makes the `public` caching of a file answered to a signed-in staff member `private`, just
 * before the headers go out: staff also read files withheld from visitors (a PDF before its
 * issue's release, `cms/access/releasedOrStaff.ts`), and a shared cache in front of the CMS that
 * kept such an answer would give it to anyone (RFC 9111, 3.5: `public` lets a shared cache store
 * an answer to a request with Authorization). The staff member's own browser still keeps it.
 * Visitors' answers, public files only, keep their shared caching (`PUBLIC_FILE_CACHE`).
 */
export function keepStaffFilesPrivate(req: IncomingMessage, res: ServerResponse): void {
  if (!FILE_ROUTE.test(req.url ?? '') || !credentialed(req)) return
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse
  res.writeHead = ((...args: unknown[]) => {
    const caching = res.getHeader('cache-control')
    // Shared caches may not keep it at all: their own lifetime (`s-maxage`) goes too.
    if (typeof caching === 'string')
      res.setHeader('cache-control', caching.replace(/^public\b/, 'private').replace(/,\s*s-maxage=\d+/, ''))
    return writeHead(...args)
  }) as ServerResponse['writeHead']
}
