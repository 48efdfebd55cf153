import { createServer } from 'node:http'
import path from 'node:path'

import next from 'next'

import { answerClientError } from '../schemas/http/clientError'
import { refuseMalformedTarget, requestTarget } from '../schemas/http/requestTarget'
import { isHttps, nonDocumentHeaders } from '../schemas/http/securityHeaders'
import { SOCKET_ADDRESS_HEADER } from './auth/clientAddress'
import { keepStaffFilesPrivate } from './http/privateStaffFiles'
import { projectRoot } from './paths'

/**
 * The CMS in production: Next's own request handler behind a plain Node HTTP server, which writes
 * the TCP peer's address into every request (replacing any copy a client sent). Next's route
 * handlers see only headers, and the X-Forwarded-For that `next start` fills in keeps whatever a
 * client sent, so the sign-in counters could not tell clients apart without this. A target that
 * is no address gets a plain 400 here: Next logs an error and answers 308 or 500 to it.
 * Listens on CMS_PORT (3000 by default).
 */
async function main(): Promise<void> {
  const port = Number(process.env.CMS_PORT ?? 3000)
  const app = next({ dev: false, dir: path.join(projectRoot, 'cms'), port })
  const handle = app.getRequestHandler()
  await app.prepare()
  createServer((req, res) => {
    if (!requestTarget(req.url)) {
      const https = isHttps(req.headers['x-forwarded-proto']?.toString(), false)
      return refuseMalformedTarget(res, nonDocumentHeaders({ https }))
    }
    req.headers[SOCKET_ADDRESS_HEADER] = req.socket.remoteAddress ?? ''
    keepStaffFilesPrivate(req, res)
    void handle(req, res)
  })
    .on('clientError', answerClientError)
    .listen(port, () => console.log(`CMS listening on port ${port}.`))
}

main().catch((error: unknown) => {
  console.error((error as Error).message)
  process.exit(1)
})
