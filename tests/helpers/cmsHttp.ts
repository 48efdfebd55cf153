import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { REST_GET } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

export type CmsHttp = { origin: string; close: () => Promise<void> }

/**
 * The CMS's REST reads served over real HTTP on a free loopback port, through the handler the
 * server mounts under /api: what the site's `content` door talks to, without building the admin.
 * Each read's decoded path and query (`/api/events?where[id][in]=3,4…`) goes into `log` if given.
 */
export async function serveCmsReads(config: SanitizedConfig, log?: string[]): Promise<CmsHttp> {
  const handler = REST_GET(Promise.resolve(config))
  const server: Server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    log?.push(decodeURIComponent(`${url.pathname}${url.search}`))
    const request = new Request(url, { method: 'GET', headers: { accept: 'application/json' } })
    void handler(request, { params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }) })
      .then(async (response) => {
        outgoing.writeHead(response.status, { 'content-type': response.headers.get('content-type') ?? 'text/plain' })
        outgoing.end(Buffer.from(await response.arrayBuffer()))
      })
      .catch((error: unknown) => {
        outgoing.writeHead(500)
        outgoing.end(String(error))
      })
  })
  // Idle connections stay open until the client closes them (`server.close` closes them at the end):
  // with Node's 5 s timeout, a read after a slower setup could go out on the socket just as the
  // server closed it (`fetch failed`, seen once in CI after 6.5 s of creating episodes).
  server.keepAliveTimeout = 0
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
