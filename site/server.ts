import http from 'node:http'
import type { TLSSocket } from 'node:tls'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { baseSecurityHeaders, FRAMEABLE_PATHS, isHttps, NON_DOCUMENT_CSP } from '../schemas/http/securityHeaders'
import { publicFiles } from './files/publicFiles'
import { sharedFilePermissions } from './files/permissionCache'
import { cmsPermission } from './files/readPermission'
import { answerFromCache } from './lib/cacheFront'
import { compressResponses } from './lib/compressResponses'
import { previewTokenOf } from './lib/preview'
import { serveSearchIndex } from './lib/search/serveIndex'

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void

/**
 * Serves the built site (public uploads under /fichiers/ first, site/files/) with the security headers on every response, static files included,
 * which Astro's middleware never sees. Pages the route cache holds fresh are answered at once from
 * its store (lib/cacheFront.ts); everything else goes to Astro's standalone handler (static files,
 * then pages). Pages and feeds are compressed for browsers that accept it (lib/compressResponses.ts). Pages replace the default Content-Security-Policy with their own (site/middleware.ts).
 */
async function main(): Promise<void> {
  // The built entry would otherwise start its own server, without these headers.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled'
  const entry = pathToFileURL(path.resolve(import.meta.dirname, '..', 'dist', 'server', 'entry.mjs')).href
  const { handler } = (await import(entry)) as { handler: NodeHandler }
  const files = publicFiles({
    mediaDir: path.resolve(process.env.MEDIA_DIR ?? path.join(import.meta.dirname, '..', 'media', 'uploads')),
    // The invalidation endpoint empties this same cache (site/pages/api/cache/invalidate.ts).
    mayRead: cmsPermission(process.env.CMS_URL ?? 'http://localhost:3000', fetch, sharedFilePermissions()),
  })
  const server = http.createServer((req, res) => {
    const https = isHttps(req.headers['x-forwarded-proto']?.toString(), Boolean((req.socket as TLSSocket).encrypted))
    const url = new URL(req.url ?? '/', 'http://site.invalid')
    // A preview may be framed by the admin's live preview pane: its page's CSP names the CMS alone.
    const frameable = FRAMEABLE_PATHS.includes(url.pathname) || previewTokenOf(url) !== null
    for (const [name, value] of Object.entries(baseSecurityHeaders({ https, frameable }))) res.setHeader(name, value)
    res.setHeader('Content-Security-Policy', NON_DOCUMENT_CSP)
    // Public files first (they never reach the page cache or Astro), then cached pages, then Astro.
    files(req, res).then(
      (served) => {
        if (served || serveSearchIndex(req, res)) return
        compressResponses(req, res, () => {
          if (!answerFromCache(req, res)) handler(req, res)
        })
      },
      (error: unknown) => {
        console.error(`[site] public file ${req.url}: ${String(error)}`)
        if (!res.headersSent) res.statusCode = 500
        res.end()
      },
    )
  })
  const port = Number(process.env.PORT ?? 4321)
  const host = process.env.HOST ?? 'localhost'
  server.listen(port, host, () => console.log(`Site listening on http://${host}:${port}`))
  const close = () => {
    server.close(() => process.exit(0))
    // Keep-alive connections left open by browsers would otherwise hold the port for seconds.
    server.closeIdleConnections()
  }
  process.on('SIGTERM', close)
  process.on('SIGINT', close)
}

void main()
