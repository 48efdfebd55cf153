import path from 'node:path'

import { publicFileUrl } from '../../../schemas/files'
import { indexDependsOn } from '../../../site/lib/search/records'
import { type RawAnswer, rawRequest } from '../../helpers/rawHttp'
import type { BenchHub } from '../hub'
import { keepOffLoadCore, placement } from '../load/cores'
import { startNginx } from '../load/nginx'
import { type NodeAlone, startNodeAlone } from '../load/nodeAlone'
import { RANGE_BYTES, throughput, type Throughput } from '../load/wrk'
import { percentile, table } from '../stats'
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

/** The first answer to `url`, asked with `headers`, that `wanted` accepts within 5 s; undefined if none. */
async function firstAnswer(
  url: string,
  headers: Record<string, string> | undefined,
  wanted: (answer: RawAnswer) => boolean,
): Promise<RawAnswer | undefined> {
  const deadline = performance.now() + 5000
  while (performance.now() < deadline) {
    const answer = await rawRequest(url, { headers })
    if (wanted(answer)) return answer
  }
  return undefined
}

/**
 * Whether `answer` is a page's brotli bytes as the site serves them to browsers once cached: its
 * compressed copy (`site/lib/compressedCopies.ts`), made in a few ms after the first requests that
 * accept it, and told from a compression on the way out by its Content-Length.
 */
const isBrotliCopy = (answer: RawAnswer) =>
  answer.headers['content-encoding'] === 'br' && answer.headers['content-length'] !== undefined

/**
 * Renders the pages of `targets` again, then waits until the site answers each from its cache as
 * its rows ask it (from its brotli copy when asked compressed). Each round of rows then measures
 * the cache hit path alone, every page fresh for longer than a round. A page's own revalidation
 * falling within its runs (every five minutes for the pages that roll with time) once gave the
 * cached calendar feed a p99 of 308 ms, the CMS reading every event on the cores the site and the
 * load generator share; what a render costs is measured in section 3.
 * @throws Error when a page carries no tag to drop it by, or is not answered from the cache in 5 s
 */
async function freshlyCached(hub: BenchHub, targets: readonly Target[]): Promise<void> {
  const tags = new Set<string>()
  for (const target of targets) {
    // A page's tags are told by its answers from the cache; the one rendering it may not say them.
    const cached = await firstAnswer(target.url, undefined, (answer) => answer.headers['cache-tag'] !== undefined)
    // Not the tags of what search shows: the site would then read every document again for its
    // search index (about 25 s of both cores on the ten-year corpus), under the rows that follow.
    // Every page carries those of its frame (identity, navigation…), which search does not show.
    const unsearched = String(cached?.headers['cache-tag'] ?? '')
      .split(/,\s*/)
      .filter((tag) => tag && !indexDependsOn(tag))
    if (unsearched.length === 0) throw new Error(`${target.url} carries no cache tag to render it again by`)
    for (const tag of unsearched) tags.add(tag)
  }
  // At once: the frame's tags are every page's, so that dropping one page's drops the others'.
  await hub.invalidate([...tags])
  for (const target of targets) {
    const seen: string[] = []
    const hit = (answer: RawAnswer) => {
      seen.push(
        `${answer.status} ${String(answer.headers['x-astro-cache'])} ${answer.headers['content-encoding'] ?? ''}`,
      )
      return answer.headers['x-astro-cache'] === 'HIT' && (target.headers === undefined || isBrotliCopy(answer))
    }
    if (!(await firstAnswer(target.url, target.headers, hit)))
      throw new Error(
        `${target.name}: not answered from the cache after rendering it again (${seen.slice(-3).join('; ')})`,
      )
  }
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
 * The median of each figure over runs, failures summed: what a server does when a moment of the
 * shared machine busy elsewhere, which slows whichever server runs then, is left aside.
 */
function median(runs: readonly Throughput[]): Throughput {
  const middle = (figure: (run: Throughput) => number) => percentile(runs.map(figure), 50)
  return {
    requestsPerSecond: middle((run) => run.requestsPerSecond),
    p50: middle((run) => run.p50),
    p99: middle((run) => run.p99),
    requests: runs.reduce((sum, run) => sum + run.requests, 0),
    failures: runs.reduce((sum, run) => sum + run.failures, 0),
  }
}

/**
 * Requests/s and latency of the site against two references serving the very same bytes, with the
 * same load generator in a second process, at each of `connections`, for `seconds` each, in
 * `rounds` runs that take turns (site, nginx, Node alone) and give their medians. Each round runs
 * every row once, so that a slower spell of the shared machine falls on one run of a row rather
 * than on all of them (spells of 25–40 s were seen, Node's processor time per answer nearly
 * doubled, where a row's five runs took 30 s). The references: nginx from a file, and Node alone
 * (load/nodeAloneProcess.ts), a bare `node:http` server answering the bytes (and the audio's
 * ranges) from memory, so that a ratio to nginx is read beside the ceiling of Node itself. The
 * load generator runs on the last core, which the site and Node alone keep off (the site given back
 * the cores it had at the end), nginx's workers on any (load/cores.ts); the text returned says so
 * above the table.
 */
export async function measureServing(
  hub: BenchHub,
  pages: Template[],
  audio: Target | undefined,
  {
    connections,
    seconds,
    rounds,
    nginxPort,
  }: { connections: number[]; seconds: number; rounds: number; nginxPort: number },
): Promise<string> {
  const nginx = await startNginx(nginxPort)
  let alone: NodeAlone | undefined
  let giveSiteCoresBack: (() => void) | undefined
  const rows: (string | number)[][] = []
  const sitePid = hub.pids().site
  try {
    alone = await startNodeAlone(nginx.root)
    if (sitePid !== undefined) giveSiteCoresBack = keepOffLoadCore(sitePid)
    /** `cached`: a page or feed of the route cache, not a file. */
    const targets: { target: Target; nginx: string; alone: string; size: number; cached: boolean }[] = []
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
        cached: true,
      })
      const compressed = COMPRESSED.has(page.name)
        ? (await firstAnswer(url, BROWSER_ENCODINGS, isBrotliCopy))?.body
        : undefined
      if (compressed) {
        targets.push({
          target: { name: `${page.name}, as browsers ask (brotli)`, url, headers: BROWSER_ENCODINGS },
          nginx: nginx.put(`${name}.br`, compressed),
          alone: alone.memory(`${name}.br`),
          size: compressed.length,
          cached: true,
        })
      }
    }
    if (audio) {
      const response = await fetch(audio.url)
      if (response.ok) {
        const bytes = new Uint8Array(await response.arrayBuffer())
        const reference = {
          nginx: nginx.put('audio.mp3', bytes),
          alone: alone.memory('audio.mp3'),
          size: bytes.length,
          cached: false,
        }
        targets.push({ target: audio, ...reference })
        if (bytes.length > RANGE_BYTES)
          targets.push({
            target: { ...audio, name: `${audio.name}, random 64 KiB ranges`, ranged: true },
            ...reference,
          })
      }
    }
    type Runs = Record<'site' | 'nginx' | 'alone', Throughput[]>
    const rowRuns = targets.flatMap((measured) =>
      connections.map((count) => ({ measured, count, runs: { site: [], nginx: [], alone: [] } as Runs })),
    )
    const cachedPages = targets.filter(({ cached }) => cached).map(({ target }) => target)
    for (let round = 0; round < rounds; round++) {
      if (cachedPages.length > 0) await freshlyCached(hub, cachedPages)
      for (const { measured, count, runs } of rowRuns) {
        const { target, size } = measured
        const spec = {
          connections: count,
          seconds: seconds / rounds,
          headers: target.headers,
          rangeOf: target.ranged ? size : undefined,
        }
        runs.site.push(await throughput({ ...spec, url: target.url }))
        runs.nginx.push(await throughput({ ...spec, url: measured.nginx }))
        runs.alone.push(await throughput({ ...spec, url: measured.alone }))
      }
    }
    for (const { measured, count, runs } of rowRuns)
      rows.push(row(measured.target, count, median(runs.site), median(runs.nginx), median(runs.alone)))
  } finally {
    await alone?.stop()
    await nginx.stop()
    // Last, and never in place of the error that ended the runs (a site gone has no cores to give back).
    try {
      giveSiteCoresBack?.()
    } catch (error) {
      console.error(`• The site's cores were not given back: ${String(error)}`)
    }
  }
  const placed = !placement
    ? 'Every process ran where the scheduler put it.'
    : `wrk ran on core ${placement.load}; ${sitePid === undefined ? "the site's process was not found, so it ran where the scheduler put it" : `the site on core(s) ${placement.servers}`}, Node alone on core(s) ${placement.servers}, nginx's workers on any core.`
  return `${placed}\n\n${table(
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
  )}`
}
