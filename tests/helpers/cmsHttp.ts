import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { REST_GET, REST_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'

import { COLLECTION_READS_PATH, ReadsRequest } from '../../schemas/collectionReads'

export type CmsHttp = { origin: string; close: () => Promise<void> }

/** The whole body of a request. */
async function bodyOf(incoming: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/**
 * The CMS's REST reads served over real HTTP on a free loopback port, through the handlers the
 * server mounts under /api: what the site's `content` door talks to, without building the admin.
 * Each read's decoded path and query (`/api/events?where[id][in]=3,4…`) goes into `log` if given,
 * those sent together (`POST /api/reads`) one by one. While `unavailable()` is true, every request
 * is logged and answered 503, as while the CMS restarts.
 */
export async function serveCmsReads(
  config: SanitizedConfig,
  log?: string[],
  unavailable: () => boolean = () => false,
): Promise<CmsHttp> {
  const handlers = { GET: REST_GET(Promise.resolve(config)), POST: REST_POST(Promise.resolve(config)) }
  const server: Server = createServer((incoming, outgoing) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1')
    const method = incoming.method === 'POST' ? 'POST' : 'GET'
    void (async () => {
      const body = method === 'POST' ? await bodyOf(incoming) : undefined
      if (body && url.pathname === `/api/${COLLECTION_READS_PATH}`) {
        const together = ReadsRequest.safeParse(JSON.parse(body.toString()))
        for (const read of together.data?.reads ?? []) log?.push(decodeURIComponent(`/api/${read}`))
      } else log?.push(decodeURIComponent(`${url.pathname}${url.search}`))
      if (unavailable()) return new Response(null, { status: 503 })
      const headers = { accept: 'application/json', 'content-type': incoming.headers['content-type'] ?? 'text/plain' }
      return handlers[method](new Request(url, { method, headers, body: body && new Uint8Array(body) }), {
        params: Promise.resolve({ slug: url.pathname.split('/').slice(2) }),
      })
    })()
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
