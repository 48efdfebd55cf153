/**
 * Bench sections about the public site's quality (reported, never asserted):
 *  - Lighthouse 13 (mobile, its default) with Debian's chromium on the home, the agenda, an event,
 *    an article and an episode: the four category scores;
 *  - the search index: rebuild time from the CMS's REST API to a written Pagefind bundle, its size,
 *    and the bytes a browser downloads for a first French query.
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'

import { chromiumFlags, chromiumPath } from '../../helpers/chromium'
import type { BenchHub } from '../hub'
import { watchChildren } from '../memory'
import { percentile, table } from '../stats'
import type { Template } from '../templates'

const DEBUG_PORT = Number(process.env.BENCH_DEVTOOLS_PORT ?? 9322)
const LIGHTHOUSE_PAGES = ['home', 'agenda', 'event', 'article', 'episode']

/** Lighthouse's four scores for each of the five pages that have an address in `list`. */
export async function measureLighthouse(hub: BenchHub, list: Template[]): Promise<string> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumFlags, `--remote-debugging-port=${DEBUG_PORT}`],
  })
  const rows: string[][] = []
  try {
    for (const name of LIGHTHOUSE_PAGES) {
      const template = list.find((t) => t.name === name)
      if (!template) {
        rows.push([name, '–', '–', '–', '–', 'no such page in the content'])
        continue
      }
      const url = `${hub.site}${template.path}`
      const status = (await fetch(url)).status
      const result = await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error' })
      const categories = result?.lhr.categories ?? {}
      // No score (null) is a measurement Lighthouse could not make, not a zero: shown as such.
      const score = (id: string) => {
        const value = categories[id]?.score
        return typeof value === 'number' ? String(Math.round(value * 100)) : '–'
      }
      const problem = result?.lhr.runtimeError?.code
      rows.push([
        name,
        score('performance'),
        score('accessibility'),
        score('best-practices'),
        score('seo'),
        `${template.path}${status === 200 ? '' : ` (answered ${status})`}${problem ? ` (Lighthouse: ${problem})` : ''}`,
      ])
    }
  } finally {
    await browser.close()
  }
  return table(['page', 'performance', 'accessibility', 'best practices', 'SEO', 'address'], rows)
}

const folderBytes = (dir: string, keep: (name: string) => boolean = () => true): number =>
  readdirSync(dir).reduce((sum, name) => {
    const file = path.join(dir, name)
    const stat = statSync(file)
    return sum + (stat.isDirectory() ? folderBytes(file, keep) : keep(name) ? stat.size : 0)
  }, 0)

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Transfers (address, bytes) summed by kind of file (`.pf_index`, `.pf_fragment`…), the largest first. */
function byKind(transfers: readonly (readonly [string, number])[]): string[][] {
  const kinds = new Map<string, { requests: number; bytes: number }>()
  for (const [address, bytes] of transfers) {
    const kind = path.extname(address) || address
    const sum = kinds.get(kind) ?? { requests: 0, bytes: 0 }
    kinds.set(kind, { requests: sum.requests + 1, bytes: sum.bytes + bytes })
  }
  return [...kinds]
    .sort(([, a], [, b]) => b.bytes - a.bytes)
    .map(([kind, sum]) => [`*${kind}`, String(sum.requests), kb(sum.bytes)])
}

/**
 * Builds the index from the hub's CMS in this process: once from nothing (every part's bundle
 * written), then `rounds` complete reads (every part unchanged: no bundle written), then one record
 * changed in the recent part and one in the oldest year's, each written as a publication would
 * (`publishSearchBuild`). Times in ms and Pagefind's peak memory; then a browser's first query.
 */
export async function measureSearch(hub: BenchHub, rounds: number): Promise<string> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coope-bench-search-'))
  // The site's settings reader wants the invalidation secret; this process only reads, so any will do.
  process.env.SITE_INVALIDATION_SECRET ??= randomBytes(32).toString('hex')
  // No debounce and no rest between rebuilds: each round times one rebuild, not the site's pacing of them.
  Object.assign(process.env, {
    CMS_URL: hub.cms,
    DATA_DIR: dataDir,
    SEARCH_REBUILD_DELAY_MS: '0',
    SEARCH_REBUILD_REST_FACTOR: '0',
  })
  const search = await import('../../../site/lib/search/searchIndex')
  const { currentBuild, partsDir, readBundleList, searchIndexDir } = await import('../../../site/lib/search/indexDir')
  const { publishSearchBuild } = await import('../../../site/lib/search/indexStore')
  const { splitIntoParts } = await import('../../../site/lib/search/parts')
  const lines: string[] = []
  /** Times `build` and watches the Pagefind it starts (a build stops it at its end: its peak is this build's). */
  const measured = async (build: () => Promise<unknown>) => {
    const pagefind = watchChildren(process.pid, 100)
    const started = performance.now()
    await build()
    const ms = performance.now() - started
    pagefind.stop()
    return { ms, pagefindMiB: pagefind.peaks().children }
  }
  const rebuild = async () => {
    search.requestSearchRebuild()
    await search.searchIndexSettled()
  }
  try {
    // The index's timers do not hold a process open (the site's server does); this one does here.
    const keepAlive = setInterval(() => undefined, 1000)
    const first = await measured(rebuild)
    const times: number[] = []
    for (let i = 0; i < rounds; i++) times.push((await measured(rebuild)).ms)
    const corpus = (await search.currentSearchCorpus())!
    const parts = splitIntoParts(corpus.records, new Date(corpus.builtAt))
    /** One record of `part` retitled, published as an update: only that part's bundle is written. */
    const changeIn = (part: (typeof parts)[number]) => {
      const record = part.records[0]!
      const records = corpus.records.map((kept) =>
        kept === record ? { ...kept, title: `${kept.title} (modifié)`, content: `${kept.content} modifié` } : kept,
      )
      return measured(() => publishSearchBuild(searchIndexDir(), { ...corpus, records }))
    }
    const recent = await changeIn(parts[0]!)
    // Only when the index has past years: the recent part's record changed again would write nothing.
    const oldest = parts.length > 1 ? await changeIn(parts.at(-1)!) : undefined
    clearInterval(keepAlive)
    const bundles = await readBundleList(currentBuild())
    // Pagefind also writes UI files the site does not use: left out of the index's size.
    const used = (name: string) => !/-ui\.|highlight|playground/.test(name)
    const onDisk = (keep?: (name: string) => boolean) =>
      bundles.reduce((sum, bundle) => sum + folderBytes(path.join(partsDir(), bundle), keep), 0)
    const mib = (value: number) => `${value.toFixed(0)} MiB`
    lines.push(
      `Index of ${corpus.records.length} documents in ${bundles.length} ${bundles.length === 1 ? 'part' : 'parts'} (the recent content, ${parts[0]!.records.length} documents, then one per past year, the largest ${Math.max(...parts.slice(1).map((part) => part.records.length), 0)}); each Pagefind bundle written one after the other.`,
      '',
      table(
        ['build', 'time', 'Pagefind peak'],
        [
          [
            'from nothing: every document read from the CMS, every bundle written',
            `${first.ms.toFixed(0)} ms`,
            mib(first.pagefindMiB),
          ],
          [
            `every document read again, no part changed (${rounds} rounds, p50 / max)`,
            `${percentile(times, 50).toFixed(0)} / ${Math.max(...times).toFixed(0)} ms`,
            '–',
          ],
          [
            'one document of the recent part changed (its bundle written)',
            `${recent.ms.toFixed(0)} ms`,
            mib(recent.pagefindMiB),
          ],
          ...(oldest
            ? [
                [
                  `one document of ${parts.at(-1)!.key} changed (its bundle written)`,
                  `${oldest.ms.toFixed(0)} ms`,
                  mib(oldest.pagefindMiB),
                ],
              ]
            : []),
        ],
      ),
      '',
      `Size on disk: ${kb(onDisk(used))} used by the site (${kb(onDisk())} with Pagefind's unused UI files).`,
    )
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }

  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  try {
    const page = await browser.newPage()
    // Playwright reports the requests of the page's workers too: Pagefind fetches its index from one.
    let transfers: Promise<readonly [string, number]>[] = []
    page.on('requestfinished', (request) =>
      transfers.push(
        request
          .sizes()
          .then(
            (sizes) => [new URL(request.url()).pathname, sizes.responseHeadersSize + sizes.responseBodySize] as const,
          ),
      ),
    )
    await page.goto(`${hub.site}/recherche`, { waitUntil: 'networkidle' })
    const pageBytes = (await Promise.all(transfers)).reduce((sum, [, size]) => sum + size, 0)
    transfers = []
    await page.getByRole('searchbox', { name: 'Mots à chercher' }).fill('atelier cuisine')
    await page.getByRole('status').filter({ hasText: 'pour « atelier cuisine »' }).waitFor()
    await page.waitForLoadState('networkidle')
    const query = await Promise.all(transfers)
    const total = query.reduce((sum, [, size]) => sum + size, 0)
    lines.push(
      `A browser's first query « atelier cuisine » on /recherche: ${kb(pageBytes)} for the page itself (with the files of the index it loads before any query), then ${kb(total)} transferred in ${query.length} requests for the query.`,
      '',
      table(['files', 'requests', 'transferred'], byKind(query)),
    )
  } finally {
    await browser.close()
  }
  return lines.join('\n')
}
