import type { IncomingMessage, ServerResponse } from 'node:http'
import type { TLSSocket } from 'node:tls'

import { refuseMalformedTarget, requestTarget, toOriginForm } from '../../schemas/http/requestTarget'
import { isHttps, nonDocumentHeaders } from '../../schemas/http/securityHeaders'
import { announceRender, answerFromCache, type HeaderList } from './cacheFront'
import { compressResponses } from './compressResponses'
import { serveSearchIndex } from './search/serveIndex'
import { targetFacts } from './targetFacts'

/** A Node HTTP request handler, as Astro's standalone entry exports one. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void

/** Ends an answer that failed on the way with a bare 500, the cause in the log. */
const failure = (req: IncomingMessage, res: ServerResponse, what: string) => (error: unknown) => {
  console.error(`[site] ${what} ${req.url}: ${String(error)}`)
  if (!res.headersSent) res.statusCode = 500
  res.end()
}

/**
 * The headers every answer starts from (`nonDocumentHeaders`: pages replace its policy with their
 * own), one list per kind of request, each built once: they are written thousands of times a second.
 */
const startingHeaders = new Map<string, HeaderList>()

function headersFor(https: boolean, frameable: boolean): HeaderList {
  const key = `${https}/${frameable}`
  const known = startingHeaders.get(key)
  if (known) return known
  const headers = nonDocumentHeaders({ https, frameable })
  startingHeaders.set(key, headers)
  return headers
}

/** The servers behind the page store. */
type Servers = {
  astro: NodeHandler
  /**
   * Answers at once a request for a public file whose bytes and permission are known, after the
   * `headers` every answer starts from; returns whether it did (site/files/heldFileFront.ts).
   */
  heldFiles?: (req: IncomingMessage, res: ServerResponse, headers: HeaderList) => boolean
  /** Serves the request if it is for a public file; resolves to whether it did. */
  files: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>
  /** The paths of the files Astro serves before any page (its build's and site/public's). */
  staticFiles: ReadonlySet<string>
}

/**
 * The site's handler of every request, in order: a target in absolute form is read as its path
 * (`toOriginForm`), and one that is no address gets a plain 400 (schemas/http/requestTarget.ts);
 * a page the route cache holds fresh is answered from its store (lib/cacheFront.ts) before
 * anything else runs, the lean path most requests take, as is a public upload held in memory
 * (`heldFiles`); then public uploads under /fichiers/ (`files`, site/files/), the search index, and
 * Astro's own handler (`astro`: static files, then pages), compressed on the way out
 * (lib/compressResponses.ts); the render of a page handed to Astro is announced first, for those
 * who ask for it meanwhile.
 * Every answer carries the security headers. The store first cannot hide a file: no page under
 * /fichiers/ or /pagefind/ is ever cached (none exists; a 404 is not cached).
 */
export function siteRequestHandler(servers: Servers): NodeHandler {
  return (req, res) => {
    const https = isHttps(req.headers['x-forwarded-proto']?.toString(), Boolean((req.socket as TLSSocket).encrypted))
    const facts = toOriginForm(req) ? targetFacts(req.url) : null
    if (!facts) return refuseMalformedTarget(res, headersFor(https, false))
    // A preview may be framed by the admin's live preview pane: its page's CSP names the CMS alone.
    const headers = headersFor(https, facts.frameable)
    if (servers.heldFiles?.(req, res, headers)) return
    const answered = answerFromCache(req, res, facts.key, headers)
    if (answered === false) passOn(req, res, facts.key, headers, servers)
    // A visitor who left while waiting for a render or a copy needs nothing more.
    else if (answered !== true)
      void answered
        .then((sent) => sent || res.destroyed || passOn(req, res, facts.key, headers, servers))
        .catch(failure(req, res, 'cached page'))
  }
}

/**
 * What answers a request the page store does not: public files, then Astro's static files and
 * pages. `key` is the page store's key of the request's target (lib/targetFacts.ts).
 */
function passOn(
  req: IncomingMessage,
  res: ServerResponse,
  key: string | undefined,
  headers: HeaderList,
  { astro, files, staticFiles }: Servers,
): void {
  for (const [name, value] of headers) res.setHeader(name, value)
  // The target was parsed once already (targetFacts): it is an address.
  const { pathname } = requestTarget(req.url)!
  files(req, res).then(
    (served) => {
      if (served || serveSearchIndex(req, res, pathname)) return
      if (!staticFiles.has(pathname)) announceRender(req, res, key)
      compressResponses(req, res, () => astro(req, res))
    },
    failure(req, res, 'public file'),
  )
}
