import type { IncomingMessage, ServerResponse } from 'node:http'

/**
 * The request target (`req.url`) as a URL, or undefined when it is no address. Node's parser lets
 * through an absolute-form target with a malformed host or port (`GET http://[/`), on which
 * `new URL` throws, and a path or query with a broken percent-escape (`/%`, `/%E0%A4%A`,
 * `/journal?page=%C3%28`), on which the frameworks fail later with a 500, or Astro's server with
 * an English « Bad request. » (or, in a request handler of our own, an uncaught exception that
 * stops the process).
 */
export function requestTarget(target: string | undefined): URL | undefined {
  try {
    const url = new URL(target ?? '/', 'http://target.invalid')
    decodeURIComponent(url.pathname)
    decodeURI(url.search)
    return url
  } catch {
    return undefined
  }
}

/**
 * Answers a request whose target is no address (`requestTarget`): a plain 400 in French, with
 * `headers` (name and value pairs: the security headers), never cached.
 */
export function refuseMalformedTarget(res: ServerResponse, headers: Iterable<readonly [string, string]>): void {
  const flat: string[] = []
  for (const [name, value] of headers) flat.push(name, value)
  const body = Buffer.from('Adresse invalide.')
  flat.push(
    'content-type',
    'text/plain; charset=utf-8',
    'content-length',
    String(body.length),
    'cache-control',
    'no-store',
  )
  res.writeHead(400, flat).end(body)
}

/** Unreserved characters (RFC 3986, 2.3) mean the same written plainly or percent-encoded. */
const UNRESERVED = /^[A-Za-z0-9\-._~]$/

/**
 * `text` (a path, or a part of one) with its escapes of unreserved characters decoded and its other
 * escapes upper-cased: the normal form of RFC 3986, 6.2.2.1 and 6.2.2.2, in which two spellings of
 * one address are one text (`/fichiers/%61udio/son%2Emp3` is `/fichiers/audio/son.mp3`). An escape
 * of anything else (`%2F`, a UTF-8 byte) stays an escape.
 */
export function decodeUnreserved(text: string): string {
  if (!text.includes('%')) return text
  return text.replace(/%[0-9A-Fa-f]{2}/g, (escape) => {
    const char = String.fromCharCode(parseInt(escape.slice(1), 16))
    return UNRESERVED.test(char) ? char : escape.toUpperCase()
  })
}

/** A target in absolute form (RFC 9112, 3.2.2): a scheme, then the authority. */
const ABSOLUTE_FORM = /^https?:\/\//i

/**
 * Gives a request the origin form of its target (`/path?query`), the one form every part of the
 * site reads. A target in absolute form (`GET http://host/agenda`, which a server must accept:
 * RFC 9112, 3.2.2) becomes its path and query, and its authority the Host header, which the server
 * must then ignore. Returns false, leaving the request as it is, for a target in neither form (the
 * asterisk form `*`, or a scheme other than http and https) and for one that is no address
 * (`requestTarget`).
 */
export function toOriginForm(req: IncomingMessage): boolean {
  const target = req.url ?? '/'
  if (target.startsWith('/')) return true
  const url = ABSOLUTE_FORM.test(target) ? requestTarget(target) : undefined
  if (!url) return false
  req.url = `${url.pathname}${url.search}`
  req.headers.host = url.host
  return true
}
