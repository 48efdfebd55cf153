import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TLSSocket } from 'node:tls'

import { baseSecurityHeaders, FRAMEABLE_PATHS, isHttps, NON_DOCUMENT_CSP } from '../../schemas/http/securityHeaders'
import { answerFromCache, type HeaderList } from './cacheFront'
import { compressResponses } from './compressResponses'
import { previewTokenOf } from './preview'
import { serveSearchIndex } from './search/serveIndex'

type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void

/**
 * The headers every answer starts from, names in lower case: the security headers, and the
 * Content-Security-Policy of anything that is not a page (pages replace it with their own). Four
 * possible lists, each built once: they are written on every request, thousands a second.
 */
const startingHeaders = new Map<string, HeaderList>()

function headersFor(https: boolean, frameable: boolean): HeaderList {
  const key = `${https}/${frameable}`
  const known = startingHeaders.get(key)
  if (known) return known
  const headers: HeaderList = [
    ...Object.entries(baseSecurityHeaders({ https, frameable })),
    ['Content-Security-Policy', NON_DOCUMENT_CSP] as const,
  ].map(([name, value]) => [name.toLowerCase(), value] as const)
  startingHeaders.set(key, headers)
  return headers
}

/**
 * The request target as a URL, or undefined when it is not one: Node's parser lets through an
 * absolute-form target whose host is malformed (`GET http://[/ HTTP/1.1`), on which `new URL` throws.
 */
function targetOf(req: IncomingMessage): URL | undefined {
  try {
    return new URL(req.url ?? '/', 'http://site.invalid')
  } catch {
    return undefined
  }
}

/**
 * The site's handler of every request, in order: a target that is no address gets a plain 400; a
 * page the route cache holds fresh is answered from its store (lib/cacheFront.ts) before anything
 * else runs, the lean path most requests take; then public uploads under /fichiers/ (`files`,
 * site/files/), the search index, and Astro's own handler (`astro`: static files, then pages),
 * compressed on the way out (lib/compressResponses.ts). Every answer carries the security headers.
 */
export function siteRequestHandler({
  astro,
  files,
}: {
  astro: NodeHandler
  /** Serves the request if it is for a public file; resolves to whether it did. */
  files: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>
}): NodeHandler {
  return (req, res) => {
    const https = isHttps(req.headers['x-forwarded-proto']?.toString(), Boolean((req.socket as TLSSocket).encrypted))
    const url = targetOf(req)
    // A preview may be framed by the admin's live preview pane: its page's CSP names the CMS alone.
    const frameable = url !== undefined && (FRAMEABLE_PATHS.includes(url.pathname) || previewTokenOf(url) !== null)
    const headers = headersFor(https, frameable)
    if (!url) {
      res.writeHead(400, [...headers.flat(), 'content-type', 'text/plain; charset=utf-8']).end('Adresse invalide.')
      return
    }
    if (answerFromCache(req, res, url, headers)) return
    for (const [name, value] of headers) res.setHeader(name, value)
    files(req, res).then(
      (served) => {
        if (served || serveSearchIndex(req, res)) return
        compressResponses(req, res, () => astro(req, res))
      },
      (error: unknown) => {
        console.error(`[site] public file ${req.url}: ${String(error)}`)
        if (!res.headersSent) res.statusCode = 500
        res.end()
      },
    )
  }
}
