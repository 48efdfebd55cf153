/**
 * `npm run bench [-- --years N] [-- --smoke] [-- --rounds N]`: the hub's figures, each beside a reference measured
 * in the same run, written to tests/bench/REPORT.md (the report of the last full run is committed).
 *
 * A full run generates (once; later runs reuse them) the one-year and the N-year corpus (N = 10 by
 * default, see corpus/generate.ts), starts the built hub on a copy of each, and measures:
 *  1. serving: cached pages, feeds and an episode's audio (whole, random ranges) against nginx
 *     serving the same bytes, at 10 and 100 connections (wrk in a second process, load/wrk.ts);
 *  2. publish-to-live of an event, an article and an episode, on their pages and feeds;
 *  3. uncached rendering of every template on both corpora, and the ratio; and after a change to
 *     its content alone, the frame every page reads kept by the site;
 *  4. the CMS's REST reads and the admin's events list;
 *  5. a 12-megapixel photo upload (time, memory, bytes of its sizes);
 *  6. the search index: rebuild time, size, bytes a browser downloads for a first query;
 *  7. Lighthouse scores (mobile) of the home, the agenda, an event, an article and an episode;
 *  8. building a 500-episode podcast feed in process, and converting 10-minute recordings to MP3;
 *  9. peak resident memory of the CMS and site processes.
 * `--smoke` does all of it on the demo content alone with few rounds, short runs, one page served
 * against the references and 15-second recordings (about a minute once built), to prove the
 * benchmark still runs; with BENCH_CMS_URL… set (see hub.ts) it uses that running hub instead of
 * starting one, as `npm test` does. Ctrl-C stops the hubs it started.
 * `--rounds N` sets the rounds per template and CMS read (60 in a full run, 3 in a smoke run): a
 * smoke run of 60 rounds gives the demo content's rendering percentiles. With 20, a p95 is the
 * second-slowest render, which one busy moment of a shared machine moves; with 60, the fourth.
 * Asserts nothing: it reports.
 */
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

import { format, resolveConfig } from 'prettier'

import { corpusDir } from './corpus/generate'
import { type BenchHub, runningHub, startHub } from './hub'
import { nginxMissing } from './load/nginx'
import { wrkMissing } from './load/wrk'
import { cmsReads, measureCmsReads } from './sections/cmsApi'
import { measureFeedBuild } from './sections/feedBuild'
import { memoryOf, watchChildren } from './memory'
import { measureImageUpload } from './sections/media'
import { measurePublishing, type Publication } from './sections/publish'
import { measureLighthouse, measureSearch } from './sections/quality'
import { measureRendering, renderingTable } from './sections/rendering'
import { measureSoundConversion } from './sections/soundConversion'
import { machineSettled } from './settle'
import { audioTarget, measureServing } from './sections/serving'
import { table } from './stats'
import { type Template, templates } from './templates'

const root = path.resolve(import.meta.dirname, '..', '..')
const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    years: { type: 'string', default: '10' },
    report: { type: 'string' },
    rounds: { type: 'string' },
  },
})
const smoke = values.smoke
const years = Number(values.years)
const reportFile = values.report ?? (smoke ? undefined : path.join(import.meta.dirname, 'REPORT.md'))
const settings = smoke
  ? { rounds: 3, publishes: 2, connections: [10], seconds: 1, servingRounds: 1 }
  : { rounds: 60, publishes: 50, connections: [10, 100], seconds: 10, servingRounds: 5 }
if (values.rounds !== undefined) {
  settings.rounds = Number(values.rounds)
  if (!Number.isInteger(settings.rounds) || settings.rounds < 1) throw new Error('--rounds takes a whole number from 1')
}

const log = (line: string) => console.error(`• ${line}`)
// A smoke run proves the benchmark runs, beside the rest of the test suite: it waits for nothing.
const settled = () => (smoke ? Promise.resolve() : machineSettled())

/**
 * Quiet time after publications that change what search shows: the search index update they ask
 * for may first wait out its rest (three times the last update's duration,
 * `site/lib/search/searchIndex.ts`), about a minute on ten years of content, during which the
 * machine is quiet already; the update (about 20 s of Pagefind) would then run beside what follows.
 */
const SEARCH_UPDATE_QUIET_MS = 90_000

/** The ports of the measured hub; the one-year hub, measured beside it, takes the next ones. */
const PORTS = { cmsPort: 3320, sitePort: 4420 }

/** The clean-ups of the hubs started and not yet stopped: run on Ctrl-C too (`stopOnSignals`). */
const cleanUps = new Set<() => Promise<void>>()

/**
 * On Ctrl-C or a SIGTERM, stops the hubs this run started (each in a process group of its own, so
 * the terminal's signal never reaches them) and removes their copies of the corpus before exiting.
 */
function stopOnSignals(): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)
    process.once(signal, () => {
      log(`${signal}: stopping the hubs…`)
      void Promise.allSettled([...cleanUps].map((cleanUp) => cleanUp())).then(() => process.exit(code))
    })
}

/**
 * The hub on a copy of a corpus (or on fresh demo data when `corpus` is undefined), on `ports`;
 * stopped and removed by `cleanUp`.
 */
async function hubOn(corpus: string | undefined, ports = PORTS): Promise<BenchHub & { cleanUp: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'coope-bench-'))
  let admin = { email: 'bench@test.coope', password: `bench-${process.pid}-${Date.now()}-password` }
  if (corpus) {
    // The write-ahead log holds what the generator wrote since SQLite's last checkpoint.
    for (const suffix of ['', '-wal'])
      if (existsSync(path.join(corpus, `corpus.db${suffix}`)))
        cpSync(path.join(corpus, `corpus.db${suffix}`), path.join(dir, `hub.db${suffix}`))
    cpSync(path.join(corpus, 'media'), path.join(dir, 'media'), { recursive: true })
    const facts = JSON.parse(readFileSync(path.join(corpus, 'corpus.json'), 'utf8')) as { secret: string }
    admin = { email: 'corpus@test.coope', password: facts.secret }
  }
  const removeCopy = async () => rmSync(dir, { recursive: true, force: true })
  cleanUps.add(removeCopy)
  const hub = await startHub({
    ...ports,
    dataDir: dir,
    database: path.join(dir, 'hub.db'),
    media: path.join(dir, 'media'),
    admin,
  })
  cleanUps.delete(removeCopy)
  const cleanUp = async () => {
    cleanUps.delete(cleanUp)
    await hub.stop()
    rmSync(dir, { recursive: true, force: true })
  }
  cleanUps.add(cleanUp)
  return { ...hub, cleanUp }
}

function generate(corpusYears: number): string {
  log(`Corpus of ${corpusYears} year(s): generating what is missing (resumable; the first time takes long)…`)
  execFileSync(
    path.join(root, 'node_modules', '.bin', 'tsx'),
    ['tests/bench/corpus/generate.ts', '--years', String(corpusYears)],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  return corpusDir(corpusYears)
}

/** The documents whose publication is timed, with the pages and feeds that show them. */
function publications(hub: BenchHub, list: Template[]): Promise<Publication[]> {
  const byName = (name: string) => list.find((template) => template.name === name)
  const idAt = async (collection: string, slug: string) =>
    (
      (await (await fetch(`${hub.cms}/api/${collection}?where[slug][equals]=${slug}&depth=0&limit=1`)).json()) as {
        docs: { id: number }[]
      }
    ).docs[0]?.id
  const candidates: [string, string, string, string[]][] = [
    ['an event', 'events', 'summary', ['event', 'agenda iCalendar']],
    ['an article', 'articles', 'summary', ['article', 'journal RSS']],
    ['an episode', 'episodes', 'description', ['episode', 'podcast feed (all shows)']],
  ]
  return Promise.all(
    candidates.map(async ([name, collection, field, shownOn]) => {
      const page = byName(shownOn[0]!)
      const id = page ? await idAt(collection, page.path.split('/').at(-1)!) : undefined
      const served = await Promise.all(
        shownOn.map(async (shown) => {
          const template = byName(shown)
          return template && (await fetch(`${hub.site}${template.path}`)).status === 200 ? [template] : []
        }),
      )
      const watch = served.flat()
      return id === undefined || watch.length === 0 ? [] : [{ name, collection, field, id, watch }]
    }),
  ).then((found) => found.flat())
}

/** When a corpus's dates count from (`corpus.json`): its future empties as it ages. */
function corpusNow(dir: string): Date {
  return new Date((JSON.parse(readFileSync(path.join(dir, 'corpus.json'), 'utf8')) as { now: string }).now)
}

/** A corpus generated longer ago than this has fewer events ahead than it had: the figures flatter. */
const CORPUS_FRESH_DAYS = 2

async function main(): Promise<void> {
  stopOnSignals()
  const sections: string[] = []
  const corpora: string[] = []
  const missing = nginxMissing() ?? wrkMissing()
  if (missing) throw new Error(missing)
  const external = await runningHub()
  const corpusOf = (corpusYears: number) => {
    const dir = generate(corpusYears)
    const days = (Date.now() - corpusNow(dir).getTime()) / 86_400_000
    if (days > CORPUS_FRESH_DAYS)
      log(`The ${corpusYears}-year corpus dates from ${days.toFixed(0)} days ago: remove ${dir} for figures of today.`)
    corpora.push(
      `${corpusYears}-year corpus generated on ${corpusNow(dir).toISOString()} (${days.toFixed(1)} days before)`,
    )
    return dir
  }
  const hub = external ?? (await hubOn(smoke ? undefined : corpusOf(years)))
  const corpusName = smoke ? 'demo content' : `${years}-year corpus`
  // The one-year hub runs beside the measured one while both render (`measureRendering`).
  const small =
    smoke || external
      ? undefined
      : await hubOn(corpusOf(1), { cmsPort: PORTS.cmsPort + 1, sitePort: PORTS.sitePort + 1 })
  let smallStopped: Promise<void> | undefined
  const stopSmall = () => (smallStopped ??= small?.cleanUp() ?? Promise.resolve())
  try {
    const list = await templates(hub)
    const peaks = { cms: 0, site: 0 }
    const siteChildren = watchChildren(hub.pids().site)
    const memoryRows: string[][] = []
    /** Notes each server's resident memory now and its peak so far, after `step`. */
    const sample = (step: string) => {
      const pids = hub.pids()
      const cms = memoryOf(pids.cms)
      const site = memoryOf(pids.site)
      peaks.cms = Math.max(peaks.cms, cms?.peak ?? 0)
      peaks.site = Math.max(peaks.site, site?.peak ?? 0)
      const mib = (value: number | undefined) => (value === undefined ? '–' : `${value.toFixed(0)} MiB`)
      memoryRows.push([step, mib(cms?.now), mib(cms?.peak), mib(site?.now), mib(site?.peak)])
    }
    sample('start')

    log(`Uncached rendering${small ? ', beside the one-year corpus' : ''}…`)
    const rendered = [{ hub, list }, ...(small ? [{ hub: small, list: await templates(small) }] : [])]
    // Each site builds its search index at its first request: let that be over before timing.
    await settled()
    sample('first search index build')
    // A few untimed rounds first: a hub's first renders are slower than those after (the one-year
    // home's p95 was 286 against 201 ms when the ten-year hub had served for minutes already).
    if (!smoke) await measureRendering(rendered, 3)
    await settled()
    const [rendering, smallRendering] = await measureRendering(rendered, settings.rounds)
    await stopSmall()
    const renderingSection = `## 3. Rendering (${settings.rounds} rounds per template)\n\nCached: asked uncompressed (the front handler alone). Uncached and frame kept: asked as fetch asks (gzip, deflate, br), compressed on the way out. Frame kept: after the CMS announced a publication of a document the page shows, none having changed, so that the site reuses every event it keeps (the best case after a publication).${small ? ` Each round renders a template on the ${years}-year hub, then on the one-year hub beside it.` : ''}\n\n${renderingTable(rendering!, smallRendering, smallRendering ? [` (${years} y)`, ' (1 y)'] : ['', ' (other corpus)'])}`
    sample('uncached rendering')

    log('Serving from the cache, against nginx…')
    // The frame-kept renders announced publications, each asking for a search index update.
    if (!smoke) await machineSettled({ quietMs: SEARCH_UPDATE_QUIET_MS })
    // The smoke run serves one page (with its brotli copy) and the audio: every page row runs the same code.
    const servedNames = smoke ? ['agenda'] : ['home', 'agenda', 'event', 'podcast feed (all shows)', 'agenda iCalendar']
    const served = list.filter((template) => servedNames.includes(template.name))
    const audio = await audioTarget(hub)
    sections.push(
      `## 1. Serving (${corpusName})\n\nSame bytes, same load generator (wrk, one thread, second process), ${settings.seconds} s per server and row in ${settings.servingRounds} runs of ${settings.seconds / settings.servingRounds} s taking turns (site, nginx, Node alone), one run of every row in each of ${settings.servingRounds} rounds; each figure is the median of its runs.\n\n${await measureServing(hub, served, audio, { connections: settings.connections, seconds: settings.seconds, rounds: settings.servingRounds, nginxPort: 8420 })}`,
    )
    sample('serving')

    log('Publish to live…')
    await settled()
    sections.push(
      `## 2. Publish to live (${corpusName})\n\nFrom the REST response of the publication to the change showing on each page or feed.\n\n${await measurePublishing(hub, await publications(hub, list), settings.publishes)}`,
    )
    sample('publish to live')

    sections.push(renderingSection)

    log('CMS reads…')
    if (!smoke) await machineSettled({ quietMs: SEARCH_UPDATE_QUIET_MS })
    const reads = await measureCmsReads(hub, cmsReads(), settings.rounds)
    sections.push(`## 4. CMS API (${corpusName})\n\n${table(['read', 'status', 'p50', 'p95'], reads)}`)
    sample('CMS reads')

    log('Image upload…')
    sections.push(`## 5. Images\n\n${await measureImageUpload(hub)}`)
    sample('image upload')

    log('Search index…')
    await settled()
    sections.push(`## 6. Search (${corpusName})\n\n${await measureSearch(hub, Math.min(settings.rounds, 5))}`)
    sample('search index rebuilds')

    log('Lighthouse…')
    // The smoke run scores one page: enough to prove the section still runs.
    const scored = smoke ? list.filter((template) => template.name === 'home') : list
    sections.push(`## 7. Lighthouse (mobile, Debian's chromium)\n\n${await measureLighthouse(hub, scored)}`)
    sample('Lighthouse')

    log('Feed builders…')
    sections.push(`## 8. Feed builders\n\n${measureFeedBuild(smoke ? 20 : 500, settings.rounds)}`)
    log('Sound conversion…')
    sections.push(
      `## 8b. Recordings converted to MP3 (in process)\n\n${await measureSoundConversion(smoke ? 0.25 : 10)}`,
    )

    siteChildren.stop()
    const { children, together } = siteChildren.peaks()
    sections.push(
      `## 9. Memory\n\nPeak resident set (VmHWM) over the whole run: CMS ${peaks.cms.toFixed(0)} MiB, site ${peaks.site.toFixed(0)} MiB. The site's Pagefind, a process of its own while it writes a search index: peak ${children.toFixed(0)} MiB; the site and its children together: at most ${together.toFixed(0)} MiB at one moment (sampled every 250 ms). Resident set (VmRSS) and peak so far after each step:\n\n${table(['after', 'CMS now', 'CMS peak', 'site now', 'site peak'], memoryRows)}`,
    )
  } finally {
    await stopSmall()
    if (!external) await (hub as Awaited<ReturnType<typeof hubOn>>).cleanUp()
  }

  const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
  const header = [
    `# Benchmark report${smoke ? ' (smoke run)' : ''}`,
    '',
    `Run on ${new Date().toISOString()} — ${os.cpus().length} × ${cpu}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node.js ${process.version}, ${os.type()} ${os.release()}.`,
    `Produced by \`npm run bench${smoke ? ' -- --smoke' : ''}\`; every figure sits beside its reference from the same run.`,
    ...(corpora.length ? ['', `Dates count from each corpus's generation: ${corpora.join('; ')}.`] : []),
  ].join('\n')
  const report = [header, ...sections].join('\n\n') + '\n'
  // Written as the project's formatter would, so that the committed report passes `npm run lint`.
  if (reportFile)
    writeFileSync(reportFile, await format(report, { parser: 'markdown', ...(await resolveConfig(reportFile)) }))
  console.log(report)
}

await main()
