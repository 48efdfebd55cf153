import type http from 'node:http'
import path from 'node:path'

import send from 'send'

import { normaliseRange } from '../../files/fileValidators'
import { BUNDLE_FOLDER, currentBuild } from './indexDir'

/** The stable address of the search index's files. */
export const INDEX_PATH = '/pagefind/'

/**
 * Pagefind's worker fetches the index and compiles its WebAssembly: a worker takes its
 * Content-Security-Policy from its own script's response, so this one allows exactly that.
 */
const WORKER_CSP = "default-src 'none'; connect-src 'self'; script-src 'self' 'wasm-unsafe-eval'"

/**
 * Serves the current search index's files (ETag, HEAD and ranges by `send`, a malformed Range
 * ignored as RFC 9110 14.2 asks), revalidated on each use since a rebuild changes them in place.
 * `pathname` is the request's, as the site's handler parsed it. Returns false for any other address.
 */
export function serveSearchIndex(req: http.IncomingMessage, res: http.ServerResponse, pathname: string): boolean {
  if (!pathname.startsWith(INDEX_PATH) || (req.method !== 'GET' && req.method !== 'HEAD')) return false
  const root = path.join(currentBuild(), BUNDLE_FOLDER)
  normaliseRange(req.headers)
  send(req, pathname.slice(INDEX_PATH.length - 1), { root, dotfiles: 'deny', index: false, maxAge: 0 })
    .on('headers', (response: http.ServerResponse, file: string) => {
      response.setHeader('Cache-Control', 'no-cache')
      if (path.basename(file) === 'pagefind-worker.js') response.setHeader('Content-Security-Policy', WORKER_CSP)
    })
    .on('error', (error: { status?: number }) => {
      res.statusCode = error.status === 404 || error.status === 403 ? 404 : (error.status ?? 500)
      res.setHeader('content-type', 'text/plain; charset=utf-8')
      res.end(res.statusCode === 404 ? 'Fichier introuvable.' : 'Erreur.')
    })
    .pipe(res)
  return true
}
