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

/** Rebuilds the index from the hub's CMS in this process `rounds` times, then measures a browser's first query. */
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
  const { searchIndexDir } = await import('../../../site/lib/search/indexDir')
  const lines: string[] = []
  try {
    const times: number[] = []
    // The index's timers do not hold a process open (the site's server does); this one does here.
    const keepAlive = setInterval(() => undefined, 1000)
    for (let i = 0; i < rounds; i++) {
      const started = performance.now()
      search.requestSearchRebuild()
      await search.searchIndexSettled()
      times.push(performance.now() - started)
    }
    clearInterval(keepAlive)
    const corpus = await search.currentSearchCorpus()
    const bundle = path.join(searchIndexDir(), 'current', 'pagefind')
    // Pagefind also writes UI files the site does not use: left out of the index's size.
    const used = (name: string) => !/-ui\.|highlight|playground/.test(name)
    lines.push(
      `Index of ${corpus?.records.length ?? 0} documents. Rebuild (every public document read from the CMS's REST API, Pagefind bundle written), ${rounds} rounds: p50 ${percentile(times, 50).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms.`,
      `Size on disk: ${kb(folderBytes(bundle, used))} used by the site (${kb(folderBytes(bundle))} with Pagefind's unused UI files).`,
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
      `A browser's first query « atelier cuisine » on /recherche (${kb(pageBytes)} for the page itself): ${kb(total)} transferred in ${query.length} requests.`,
      '',
      table(
        ['file', 'transferred'],
        query.sort((a, b) => b[1] - a[1]).map(([address, size]) => [address, kb(size)]),
      ),
    )
  } finally {
    await browser.close()
  }
  return lines.join('\n')
}
