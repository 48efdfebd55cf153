import type http from 'node:http'
import path from 'node:path'

import send from 'send'

import { normaliseRange } from '../../files/fileValidators'
import { BUNDLES_FILE, currentBuild, partsDir } from './indexDir'

/** The stable address of the search index's files. */
export const INDEX_PATH = '/pagefind/'

/**
 * Pagefind's worker fetches the index and compiles its WebAssembly: a worker takes its
 * Content-Security-Policy from its own script's response, so this one allows exactly that.
 */
const WORKER_CSP = "default-src 'none'; connect-src 'self'; script-src 'self' 'wasm-unsafe-eval'"

/** A bundle's file: `/pagefind/<folder>/<path>`, the folder named by `partFolder` (`recent-…`, `2024-…`). */
const BUNDLE_FILE = /^\/pagefind\/([a-z0-9]+-[0-9a-f]{16})\/(.+)$/
/** A bundle's folder is named by its content: its files never change. */
const BUNDLE_CACHE = 'public, max-age=31536000, immutable'

/** The plain 404 of an address of the index that names no file, kept by no cache. */
function missing(res: http.ServerResponse): void {
  res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end('Fichier introuvable.')
}

/**
 * Sends `file` below `root` (ETag, HEAD and ranges by `send`, a malformed Range ignored as RFC 9110
 * 14.2 asks) with this Cache-Control; a missing file, or a folder, is a plain 404.
 */
function sendFile(req: http.IncomingMessage, res: http.ServerResponse, root: string, file: string, cache: string) {
  normaliseRange(req.headers)
  send(req, file, { root, dotfiles: 'deny', index: false, maxAge: 0 })
    // A folder is no file of the index: send would redirect to its address with a slash added.
    .on('directory', () => missing(res))
    .on('headers', (response: http.ServerResponse, sent: string) => {
      response.setHeader('Cache-Control', cache)
      if (path.basename(sent) === 'pagefind-worker.js') response.setHeader('Content-Security-Policy', WORKER_CSP)
    })
    .on('error', (error: { status?: number }) => {
      res.statusCode = error.status === 404 || error.status === 403 ? 404 : (error.status ?? 500)
      res.setHeader('content-type', 'text/plain; charset=utf-8')
      res.setHeader('Cache-Control', 'no-store')
      res.end(res.statusCode === 404 ? 'Fichier introuvable.' : 'Erreur.')
    })
    .pipe(res)
}

/**
 * Serves the search index: `/pagefind/bundles.json`, the current build's list of bundles
 * (revalidated on each use, a publication changes it), and each bundle's files, kept for good by
 * browsers. `pathname` is the request's, as the site's handler parsed it. Returns false for any
 * other address.
 */
export function serveSearchIndex(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
  if (!pathname.startsWith(INDEX_PATH) || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  if (pathname === `${INDEX_PATH}${BUNDLES_FILE}`) {
    sendFile(req, res, currentBuild(), BUNDLES_FILE, 'no-cache')
    return true
  }
  const [, folder, file] = BUNDLE_FILE.exec(pathname) ?? []
  if (!folder || !file) missing(res)
  else sendFile(req, res, partsDir(), `/${folder}/${file}`, BUNDLE_CACHE)
  return true
}
