import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { siteRequestHandler } from '../../site/lib/requestHandler'
import type { StoredPage } from '../../site/lib/pageStore'

/** A stored HTML page, fresh for 5 minutes, with what `over` changes. */
export const storedPage = (over: Partial<StoredPage> = {}): StoredPage => ({
  body: Buffer.from('<p>Agenda</p>'),
  status: 200,
  headers: [
    ['content-type', 'text/html; charset=utf-8'],
    ['content-security-policy', "default-src 'self'"],
    ['content-length', '999'],
  ],
  storedAt: Date.now(),
  maxAge: 300,
  swr: 60,
  tags: ['events'],
  ...over,
})

/** No request is for a public upload. */
export const noFiles = () => Promise.resolve(false)
/** Files Astro would serve before any page, as site/server.ts lists them. */
export const staticFiles = new Set(['/favicon.svg', '/_astro/site.css'])

/**
 * The site's request handler (site/lib/requestHandler.ts) on a loopback port, with `astro` and
 * `files` standing for Astro and the public uploads: its address, and the function that stops it.
 * `onRequest` runs after the handler for each request it has taken in.
 */
export async function startFrontHandler(
  astro: (req: IncomingMessage, res: ServerResponse) => void,
  files: (req: IncomingMessage, res: ServerResponse) => Promise<boolean> = noFiles,
  onRequest?: () => void,
): Promise<{ base: string; stop: () => Promise<void> }> {
  const server = createServer(siteRequestHandler({ astro, files, staticFiles }))
  if (onRequest) server.on('request', onRequest)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
