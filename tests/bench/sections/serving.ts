import path from 'node:path'

import { publicFileUrl } from '../../../schemas/files'
import { rawRequest } from '../../helpers/rawHttp'
import type { BenchHub } from '../hub'
import { startNginx } from '../load/nginx'
import { type NodeAlone, startNodeAlone } from '../load/nodeAlone'
import { RANGE_BYTES, throughput, type Throughput } from '../load/wrk'
import { table } from '../stats'
import type { Template } from '../templates'

/**
 * Something served to many: a cached page or feed, or a public file (whole, or in random ranges),
 * asked with these request headers.
 */
export type Target = { name: string; url: string; ranged?: boolean; headers?: Record<string, string> }

/** The Accept-Encoding a browser sends (Chromium's, Firefox's): every page it reads is asked this way. */
const BROWSER_ENCODINGS = { 'accept-encoding': 'gzip, deflate, br, zstd' }
/** Pages also served as browsers ask them: compressed, in brotli, against nginx sending the same bytes. */
const COMPRESSED = new Set(['home', 'agenda'])

/**
 * The page's brotli bytes as the site serves them to browsers once cached: its compressed copy
 * (`site/lib/compressedCopies.ts`), made in a few ms after the first request that accepts it, and
 * told from a compression on the way out by its Content-Length. Undefined if none came in 5 s.
 */
async function brotliCopy(url: string): Promise<Uint8Array | undefined> {
  const deadline = performance.now() + 5000
  while (performance.now() < deadline) {
    const answer = await rawRequest(url, { headers: BROWSER_ENCODINGS })
    if (answer.headers['content-encoding'] === 'br' && answer.headers['content-length']) return answer.body
  }
  return undefined
}

/** A latency in ms as the table prints it: tenths below 10 ms, whole ms above. */
const latency = (ms: number) => (ms < 9.95 ? ms.toFixed(1) : Math.round(ms).toString())

const row = (target: Target, connections: number, site: Throughput, nginx: Throughput, alone: Throughput) => [
  target.name,
  connections,
  Math.round(site.requestsPerSecond),
  Math.round(nginx.requestsPerSecond),
  (site.requestsPerSecond / nginx.requestsPerSecond).toFixed(2),
  Math.round(alone.requestsPerSecond),
  (site.requestsPerSecond / alone.requestsPerSecond).toFixed(2),
  `${latency(site.p50)} / ${latency(site.p99)} ms`,
  `${latency(nginx.p50)} / ${latency(nginx.p99)} ms`,
  site.failures + nginx.failures + alone.failures,
]

/** The audio file of the latest episode, at the address the site publishes for it. */
export async function audioTarget(hub: BenchHub): Promise<Target | undefined> {
  const response = await fetch(`${hub.cms}/api/episodes?limit=1&depth=1&sort=-publishedAt`)
  const episode = ((await response.json()) as { docs: { audio?: { url?: string } }[] }).docs[0]
  const url = episode?.audio?.url
  // The CMS gives its own address of the file; listeners get the site's, as the feeds give it (its
  // path: a MEDIA_URL in the benchmark's environment would name another server).
  if (!url) return undefined
  const { pathname } = new URL(publicFileUrl(url), hub.site)
  return { name: 'episode audio', url: new URL(pathname, hub.site).href }
}

/**
 * Requests/s and latency of the site against two references serving the very same bytes, with the
 * same load generator in a second process, at each of `connections`, for `seconds` each: nginx
 * from a file, and Node alone (load/nodeAloneProcess.ts): for pages and feeds a bare `node:http`
 * server answering the bytes from memory, for the audio the `send` library alone on the file, so
 * that a ratio to nginx is read beside the ceiling of Node and of the file library themselves.
 */
export async function measureServing(
  hub: BenchHub,
  pages: Template[],
  audio: Target | undefined,
  { connections, seconds, nginxPort }: { connections: number[]; seconds: number; nginxPort: number },
): Promise<string> {
  const nginx = await startNginx(nginxPort)
  let alone: NodeAlone | undefined
  const rows: (string | number)[][] = []
  try {
    alone = await startNodeAlone(nginx.root)
    const targets: { target: Target; nginx: string; alone: string; size: number }[] = []
    for (const [index, page] of pages.entries()) {
      const url = `${hub.site}${page.path}`
      await fetch(url)
      const response = await fetch(url)
      if (response.status !== 200) continue
      const bytes = new Uint8Array(await response.arrayBuffer())
      // Named by their type, which both references give from the name.
      const name = `page-${index}${path.posix.extname(page.path) || '.html'}`
      targets.push({
        target: { name: page.name, url },
        nginx: nginx.put(name, bytes),
        alone: alone.memory(name),
        size: bytes.length,
      })
      const compressed = COMPRESSED.has(page.name) ? await brotliCopy(url) : undefined
      if (compressed) {
        targets.push({
          target: { name: `${page.name}, as browsers ask (brotli)`, url, headers: BROWSER_ENCODINGS },
          nginx: nginx.put(`${name}.br`, compressed),
          alone: alone.memory(`${name}.br`),
          size: compressed.length,
        })
      }
    }
    if (audio) {
      const response = await fetch(audio.url)
      if (response.ok) {
        const bytes = new Uint8Array(await response.arrayBuffer())
        const reference = { nginx: nginx.put('audio.mp3', bytes), alone: alone.send('audio.mp3'), size: bytes.length }
        targets.push({ target: audio, ...reference })
        if (bytes.length > RANGE_BYTES)
          targets.push({
            target: { ...audio, name: `${audio.name}, random 64 KiB ranges`, ranged: true },
            ...reference,
          })
      }
    }
    for (const { target, size, ...references } of targets) {
      for (const count of connections) {
        const spec = { connections: count, seconds, headers: target.headers, rangeOf: target.ranged ? size : undefined }
        const site = await throughput({ ...spec, url: target.url })
        const nginxResult = await throughput({ ...spec, url: references.nginx })
        const aloneResult = await throughput({ ...spec, url: references.alone })
        rows.push(row(target, count, site, nginxResult, aloneResult))
      }
    }
  } finally {
    await alone?.stop()
    await nginx.stop()
  }
  return table(
    [
      'served',
      'connections',
      'site req/s',
      'nginx req/s',
      'site / nginx',
      'Node alone req/s',
      'site / Node alone',
      'site p50 / p99',
      'nginx p50 / p99',
      'failures',
    ],
    rows,
  )
}
