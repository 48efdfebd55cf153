import { readdirSync } from 'node:fs'
import { access } from 'node:fs/promises'
import http from 'node:http'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { answerClientError } from '../schemas/http/clientError'
import { FileMemory } from './files/fileMemory'
import { heldFileFront } from './files/heldFileFront'
import { sweepPodcastArt } from './files/podcastArt'
import { publicFiles } from './files/publicFiles'
import { sharedFilePermissions } from './files/permissionCache'
import { cmsPermission } from './files/readPermission'
import { fileMemoryBytes } from './lib/env'
import { type NodeHandler, siteRequestHandler } from './lib/requestHandler'
import { keepTickObjectShape } from './lib/tickObjectShape'

/**
 * Starts the site's server: Astro's standalone handler, built into dist/server/, behind the site's
 * own request handler (lib/requestHandler.ts: the security headers on every answer, static files
 * included, which Astro's middleware never sees; cached pages answered from the page store; public
 * uploads under /fichiers/, those asked most recently held in memory and answered from it at once;
 * compression). Pages replace the default Content-Security-Policy with their own (site/middleware.ts).
 */
async function main(): Promise<void> {
  // Before the built site is loaded, whose loading collects garbage (lib/tickObjectShape.ts).
  if (!(await keepTickObjectShape()))
    console.error("[site] no TickObject kept: after a full garbage collection, process.nextTick takes V8's slow path")
  // Told before the built site is loaded: a wrong setting costs the operator no wait.
  let memoryBytes: number
  try {
    memoryBytes = fileMemoryBytes()
  } catch (error) {
    // The operator's one sentence, not a stack trace.
    console.error((error as Error).message)
    process.exit(1)
  }
  // The built entry would otherwise start its own server, without these headers.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled'
  const entry = pathToFileURL(path.resolve(import.meta.dirname, '..', 'dist', 'server', 'entry.mjs')).href
  const { handler } = (await import(entry)) as { handler: NodeHandler }
  const mediaDir = path.resolve(process.env.MEDIA_DIR ?? path.join(import.meta.dirname, '..', 'media', 'uploads'))
  void sweepPodcastArt(mediaDir).catch((error) => console.error(`[site] podcast artwork not swept: ${String(error)}`))
  // The invalidation endpoint empties this same cache (site/pages/api/cache/invalidate.ts).
  const permissions = sharedFilePermissions()
  const memory = new FileMemory(memoryBytes)
  const files = publicFiles({
    mediaDir,
    mayRead: cmsPermission(process.env.CMS_URL ?? 'http://localhost:3000', fetch, permissions, (collection, filename) =>
      access(path.join(mediaDir, collection, filename)).then(
        () => true,
        () => false,
      ),
    ),
    memory,
  })
  const heldFiles = heldFileFront({ mediaDir, memory, permissions })
  const staticFiles = filePaths(path.resolve(import.meta.dirname, '..', 'dist', 'client'))
  const server = http.createServer(siteRequestHandler({ astro: handler, heldFiles, files, staticFiles }))
  server.on('clientError', answerClientError)
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

/** The address paths of the files under `dir` (`/favicon.svg`, `/_astro/…`), read once at start. */
function filePaths(dir: string): Set<string> {
  return new Set(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`),
  )
}

void main()
