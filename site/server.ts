import http from 'node:http'
import type { TLSSocket } from 'node:tls'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { baseSecurityHeaders, isHttps, NON_DOCUMENT_CSP } from '../schemas/http/securityHeaders'
import { answerFromCache } from './lib/cacheFront'
import { serveSearchIndex } from './lib/search/serveIndex'

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void

/**
 * Serves the built site with the security headers on every response, static files included,
 * which Astro's middleware never sees. Pages the route cache holds fresh are answered at once from
 * its store (lib/cacheFront.ts); everything else goes to Astro's standalone handler (static files,
 * then pages). Pages replace the default Content-Security-Policy with their own (site/middleware.ts).
 */
async function main(): Promise<void> {
  // The built entry would otherwise start its own server, without these headers.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled'
  const entry = pathToFileURL(path.resolve(import.meta.dirname, '..', 'dist', 'server', 'entry.mjs')).href
  const { handler } = (await import(entry)) as { handler: NodeHandler }
  const server = http.createServer((req, res) => {
    const https = isHttps(req.headers['x-forwarded-proto']?.toString(), Boolean((req.socket as TLSSocket).encrypted))
    for (const [name, value] of Object.entries(baseSecurityHeaders({ https }))) res.setHeader(name, value)
    res.setHeader('Content-Security-Policy', NON_DOCUMENT_CSP)
    if (serveSearchIndex(req, res) || answerFromCache(req, res)) return
    handler(req, res)
  })
  const port = Number(process.env.PORT ?? 4321)
  const host = process.env.HOST ?? 'localhost'
  server.listen(port, host, () => console.log(`Site listening on http://${host}:${port}`))
  const close = () => server.close(() => process.exit(0))
  process.on('SIGTERM', close)
  process.on('SIGINT', close)
}

void main()
