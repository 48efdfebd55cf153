/**
 * Sections of `npm run bench` about the public site's quality (printed, never asserted):
 *  - Lighthouse 13 (mobile, its default), Debian's chromium, on the home, the agenda, an event, an
 *    article and an episode: the four category scores;
 *  - the search index: rebuild time from the CMS's REST API to a written Pagefind bundle, its size,
 *    and the bytes a browser downloads for a first French query.
 */
import { readdirSync, statSync } from 'node:fs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium } from '@playwright/test'
import lighthouse from 'lighthouse'

import { chromiumFlags, chromiumPath } from '../helpers/chromium'

const DEBUG_PORT = Number(process.env.BENCH_DEVTOOLS_PORT ?? 9322)

type Doc = { slug: string; number?: number; issue?: { number: number } | null; show?: { slug: string } | null }
const first = async (cms: string, collection: string): Promise<Doc | undefined> =>
  ((await (await fetch(`${cms}/api/${collection}?limit=1&depth=1&sort=-updatedAt`)).json()) as { docs: Doc[] }).docs[0]

/** The five pages Lighthouse looks at, with slugs from the demo content (addresses as the site agreed them). */
async function lighthousePages(cms: string): Promise<[string, string][]> {
  const event = await first(cms, 'events')
  const article = await first(cms, 'articles')
  const episode = await first(cms, 'episodes')
  return [
    ['home', '/'],
    ['agenda', '/agenda'],
    ['event', `/agenda/${event?.slug}`],
    ['article', `/journal/${article?.issue?.number}/${article?.slug}`],
    ['episode', `/radio/${episode?.show?.slug}/${episode?.slug}`],
  ]
}

export async function lighthouseScores(site: string, cms: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumFlags, `--remote-debugging-port=${DEBUG_PORT}`],
  })
  try {
    console.log('\nLighthouse 13 (mobile), performance / accessibility / best practices / SEO:')
    for (const [name, address] of await lighthousePages(cms)) {
      const status = (await fetch(`${site}${address}`)).status
      const result = await lighthouse(`${site}${address}`, { port: DEBUG_PORT, output: 'json', logLevel: 'error' })
      const categories = result?.lhr.categories ?? {}
      const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(3)
      console.log(
        `${name.padEnd(8)} ${score('performance')} ${score('accessibility')} ${score('best-practices')} ${score('seo')}   ${address}${status === 200 ? '' : ` (answered ${status})`}`,
      )
    }
  } finally {
    await browser.close()
  }
}

const folderBytes = (dir: string, keep: (name: string) => boolean = () => true): number =>
  readdirSync(dir).reduce((sum, name) => {
    const file = path.join(dir, name)
    const stat = statSync(file)
    return sum + (stat.isDirectory() ? folderBytes(file, keep) : keep(name) ? stat.size : 0)
  }, 0)

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`

/** Rebuilds the index from the running CMS in this process, `rounds` times, and measures a browser's first query. */
export async function searchFigures(site: string, cms: string, rounds = 5): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'coope-bench-search-'))
  Object.assign(process.env, { CMS_URL: cms, DATA_DIR: dataDir, SEARCH_REBUILD_DELAY_MS: '0' })
  const search = await import('../../site/lib/search/searchIndex')
  const { searchIndexDir } = await import('../../site/lib/search/indexDir')
  try {
    const times: number[] = []
    for (let i = 0; i < rounds; i++) {
      const started = performance.now()
      search.requestSearchRebuild()
      await search.searchIndexSettled()
      times.push(performance.now() - started)
    }
    const corpus = await search.currentSearchCorpus()
    const bundle = path.join(searchIndexDir(), 'current', 'pagefind')
    // The UI files Pagefind writes but the site does not use are left out of the index's size.
    const used = (name: string) => !/-ui\.|highlight|playground/.test(name)
    times.sort((a, b) => a - b)
    console.log(`\nSearch index (${corpus?.records.length} documents, ${rounds} rebuilds from the CMS's REST API):`)
    console.log(
      `rebuild (read + Pagefind write)  median ${times[Math.floor(rounds / 2)]!.toFixed(0)} ms   max ${times.at(-1)!.toFixed(0)} ms`,
    )
    console.log(
      `index on disk: ${kb(folderBytes(bundle, used))} used by the site (${kb(folderBytes(bundle))} with Pagefind's unused UI files)`,
    )
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }

  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags })
  try {
    const page = await browser.newPage()
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('Network.enable')
    const urls = new Map<string, string>()
    const bytes = new Map<string, number>()
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url))
    cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength))
    await page.goto(`${site}/recherche`)
    const pageBytes = [...bytes.values()].reduce((a, b) => a + b, 0)
    bytes.clear()
    await page.getByRole('searchbox', { name: 'Mots à chercher' }).fill('atelier cuisine')
    await page.getByRole('status').filter({ hasText: 'pour « atelier cuisine »' }).waitFor()
    await page.waitForLoadState('networkidle')
    const query = [...bytes].map(([id, size]) => [new URL(urls.get(id) ?? site).pathname, size] as const)
    const total = query.reduce((sum, [, size]) => sum + size, 0)
    console.log(
      `search page itself: ${kb(pageBytes)}; first query « atelier cuisine »: ${kb(total)} in ${query.length} requests`,
    )
    for (const [address, size] of query.sort((a, b) => b[1] - a[1]).slice(0, 6))
      console.log(`  ${kb(size).padStart(9)}  ${address}`)
  } finally {
    await browser.close()
  }
}
