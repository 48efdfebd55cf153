import { execFileSync } from 'node:child_process'
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { setTimeout } from 'node:timers/promises'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type BundleList, currentBuild, partsDir, readBundleList } from '../../site/lib/search/indexDir'
import { publishSearchBuild } from '../../site/lib/search/indexStore'
import { pagefindRecord, stopPagefind, writePagefindBundle } from '../../site/lib/search/pagefindBundle'
import { partFolder, RECENT_PART, splitIntoParts } from '../../site/lib/search/parts'
import type { SearchCorpus, SearchRecord } from '../../site/lib/search/records'
import { serveSearchIndex } from '../../site/lib/search/serveIndex'
import { processes } from '../helpers/procfs'
import { rawRequest } from '../helpers/rawHttp'

const BUILT_AT = new Date('2026-06-15T10:00:00Z')

/** The Pagefind processes this test process started and that still run (a zombie does not count). */
const pagefindProcesses = () =>
  processes()
    .filter((entry) => entry.parent === process.pid && entry.state !== 'Z')
    .filter((entry) => path.basename(entry.cmdline[0] ?? '').startsWith('pagefind'))
    .map((entry) => entry.pid)

const record = (id: number, title: string, date: string | null): SearchRecord => ({
  source: `events:${id}`,
  url: `/agenda/evenement-${id}`,
  kind: 'evenement',
  title,
  summary: title,
  content: `${title}\nUn atelier ouvert à toutes et tous.`,
  date,
  houses: ['maison-du-port'],
  themes: [],
})

const corpusOf = (records: SearchRecord[], builtAt = BUILT_AT): SearchCorpus => ({
  builtAt: builtAt.toISOString(),
  records,
  houses: [],
  themes: [],
})

describe('the parts of the search index', () => {
  it('puts undated records and those of the build’s year or later in the recent part, then each past year, newest first', () => {
    const records = [
      record(1, 'Bal de 2024', '2024-03-01T18:00:00.000Z'),
      record(2, 'Vide-grenier', '2026-05-01T08:00:00.000Z'),
      record(3, 'Maison du Port', null),
      record(4, 'Loto de 2025', '2025-12-31T20:00:00.000Z'),
      record(5, 'Réveillon', '2027-01-01T00:00:00.000Z'),
      record(6, 'Galette de 2024', '2024-01-10T15:00:00.000Z'),
    ]
    const parts = splitIntoParts(records, BUILT_AT)
    expect(parts.map((part) => part.key)).toEqual([RECENT_PART, '2025', '2024'])
    expect(parts.map((part) => part.records.map((kept) => kept.source))).toEqual([
      ['events:2', 'events:3', 'events:5'],
      ['events:4'],
      ['events:1', 'events:6'],
    ])
    expect(splitIntoParts([], BUILT_AT)).toEqual([{ key: RECENT_PART, records: [] }])
  })

  it('names a part’s bundle after what it is written from and the bundle format alone', () => {
    const contents = [pagefindRecord(record(4, 'Loto', '2025-12-31T20:00:00.000Z'))]
    const name = partFolder('2025', contents, 'pagefind 1')
    expect(name).toMatch(/^2025-[0-9a-f]{16}$/)
    expect(partFolder('2025', structuredClone(contents), 'pagefind 1')).toBe(name)
    expect(partFolder('2025', [{ ...contents[0]!, meta: { title: 'Loto !' } }], 'pagefind 1')).not.toBe(name)
    expect(partFolder('2025', contents, 'pagefind 2')).not.toBe(name)
  })
})

describe('publishing the search index part by part', () => {
  let root: string
  let server: http.Server
  let base: string
  const listed = () => readBundleList(currentBuild(path.join(root, 'search')))

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'coope-search-parts-'))
    process.env.DATA_DIR = root
    server = http.createServer((req, res) => {
      if (!serveSearchIndex(req, res, new URL(req.url!, 'http://test.invalid').pathname)) res.writeHead(418).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await stopPagefind()
    await new Promise((resolve) => server.close(resolve))
    delete process.env.DATA_DIR
    rmSync(root, { recursive: true, force: true })
  })

  it('writes again only the parts whose records changed, and removes bundles unlisted for an hour', async () => {
    const search = path.join(root, 'search')
    const old = record(1, 'Bal de printemps 2025', '2025-04-12T18:00:00.000Z')
    await publishSearchBuild(search, corpusOf([old, record(2, 'Vide-grenier', '2026-05-01T08:00:00.000Z')]))
    const [firstRecent, past] = await listed()
    expect(firstRecent).toMatch(/^recent-/)
    expect(past).toMatch(/^2025-/)
    const pastWritten = statSync(path.join(partsDir(search), past!, 'pagefind-entry.json')).mtimeMs
    // A bundle left half written, or half removed, by a stopped site.
    mkdirSync(path.join(partsDir(search), '.recent-0000000000000000-dead'))
    mkdirSync(path.join(partsDir(search), '.removed-2024-0000000000000000'))
    // The link of a build that was stopped before it was put in place.
    symlinkSync(path.join('builds', 'stopped'), path.join(search, 'current-1764000000000-dead'))

    // A summary is not given to Pagefind: changing it alone writes no bundle.
    await publishSearchBuild(
      search,
      corpusOf([{ ...old, summary: 'Un bal.' }, record(2, 'Vide-grenier', '2026-05-01T08:00:00.000Z')]),
    )
    expect(await listed()).toEqual([firstRecent, past])
    await publishSearchBuild(
      search,
      corpusOf([old, record(2, 'Vide-grenier du printemps', '2026-05-01T08:00:00.000Z')]),
    )
    const [secondRecent, samePast] = await listed()
    expect(secondRecent).not.toBe(firstRecent)
    expect(samePast).toBe(past)
    expect(statSync(path.join(partsDir(search), past!, 'pagefind-entry.json')).mtimeMs).toBe(pastWritten)
    // A browser that loaded an older list still finds its files; the leftovers are gone.
    expect(readdirSync(partsDir(search)).sort()).toEqual([past, firstRecent, secondRecent].sort())
    expect(readdirSync(search).sort()).toEqual(['builds', 'current', 'parts'])

    // An hour after the last build that listed it, an unlisted bundle goes; the one just unlisted stays.
    const hourAgo = new Date(Date.now() - 61 * 60_000)
    utimesSync(path.join(partsDir(search), firstRecent!), hourAgo, hourAgo)
    await publishSearchBuild(search, corpusOf([old, record(2, 'Vide-grenier d’été', '2026-05-01T08:00:00.000Z')]))
    const [thirdRecent] = await listed()
    expect(readdirSync(partsDir(search)).sort()).toEqual([past, secondRecent, thirdRecent].sort())
  }, 60_000)

  it('replaces a `current` that is a folder itself (an index copied or restored so)', async () => {
    const search = path.join(root, 'search-copied')
    mkdirSync(path.join(search, 'current', 'pagefind'), { recursive: true })
    writeFileSync(path.join(search, 'current', 'corpus.json'), JSON.stringify(corpusOf([])))
    await publishSearchBuild(search, corpusOf([record(2, 'Vide-grenier', '2026-05-01T08:00:00.000Z')]))
    expect(lstatSync(path.join(search, 'current')).isSymbolicLink()).toBe(true)
    expect(readdirSync(path.join(search, 'current'))).toEqual(['bundles.json', 'corpus.json'])
    // Set aside among the builds, then removed with the older ones at the next build.
    await publishSearchBuild(search, corpusOf([record(2, 'Vide-grenier', '2026-05-01T08:00:00.000Z')]))
    expect(readdirSync(path.join(search, 'builds')).filter((name) => name.startsWith('set-aside'))).toEqual([])
  }, 60_000)

  it('stops Pagefind when a bundle cannot be written, and keeps the current build', async () => {
    const search = path.join(root, 'search-refused')
    await publishSearchBuild(search, corpusOf([record(2, 'Vide-grenier', '2026-05-01T08:00:00.000Z')]))
    const before = await readBundleList(currentBuild(search))
    // The parts folder on a read-only file system (the tests run as root, whom permissions do not stop).
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'ro,size=1m', 'tmpfs', partsDir(search)])
    try {
      // Bounded here, so that a build that hangs again fails the test and still unmounts.
      const outcome = await Promise.race([
        publishSearchBuild(search, corpusOf([record(3, 'Bal de printemps', '2026-04-12T18:00:00.000Z')])).then(
          () => 'published',
          () => 'refused',
        ),
        setTimeout(20_000, 'hung', { ref: false }),
      ])
      expect(outcome).toBe('refused')
    } finally {
      execFileSync('umount', [partsDir(search)])
    }
    await vi.waitFor(() => expect(pagefindProcesses()).toEqual([]), { timeout: 10_000, interval: 50 })
    expect(await readBundleList(currentBuild(search))).toEqual(before)
  }, 60_000)

  it('gives up on a Pagefind that stopped answering once its deadline has passed, and stops it', async () => {
    const records = Array.from({ length: 2000 }, (_, n) =>
      pagefindRecord(record(n, `Atelier ${n}`, '2026-05-01T08:00:00.000Z')),
    )
    const failure = writePagefindBundle(records, path.join(root, 'hung'), 2_000).then(
      () => null,
      (error: Error) => error,
    )
    // Frozen: Pagefind's Node API waits for answers that never come, as after a crash while waiting.
    await vi.waitFor(() => expect(pagefindProcesses()).not.toEqual([]), { timeout: 10_000, interval: 5 })
    const [pid] = pagefindProcesses()
    process.kill(pid!, 'SIGSTOP')
    try {
      expect((await failure)?.message).toBe('Pagefind made no bundle within 2 s: its process was stopped')
    } finally {
      // The signal that stops it waits for it to run again.
      process.kill(pid!, 'SIGCONT')
    }
    await vi.waitFor(() => expect(pagefindProcesses()).toEqual([]), { timeout: 10_000, interval: 50 })
    expect(existsSync(path.join(root, 'hung'))).toBe(false)
  }, 60_000)

  it('serves the list of bundles revalidated, and their files for good', async () => {
    const [main, past] = await listed()
    const list = await rawRequest(`${base}/pagefind/bundles.json`)
    expect(list.status).toBe(200)
    expect(list.headers['cache-control']).toBe('no-cache')
    expect((JSON.parse(list.body.toString()) as BundleList).bundles).toEqual([main, past])

    for (const file of [`${main}/pagefind.js`, `${past}/pagefind-entry.json`, `${past}/wasm.fr.pagefind`]) {
      const answer = await rawRequest(`${base}/pagefind/${file}`)
      expect(answer.status, file).toBe(200)
      expect(answer.headers['cache-control'], file).toBe('public, max-age=31536000, immutable')
    }

    // A malformed Range is ignored (the whole file), an unsatisfiable one refused.
    const entry = `${base}/pagefind/${past}/pagefind-entry.json`
    const whole = await rawRequest(entry, { headers: { range: 'bytes=abc' } })
    expect(whole.status).toBe(200)
    expect(whole.body.equals(readFileSync(path.join(partsDir(), past!, 'pagefind-entry.json')))).toBe(true)
    expect((await rawRequest(entry, { headers: { range: 'Bytes=0-3' } })).status).toBe(206)
    expect((await rawRequest(entry, { headers: { range: `bytes=${whole.body.length + 1}-` } })).status).toBe(416)

    for (const address of [
      `/pagefind/${past}/fragment`,
      '/pagefind/pagefind.js',
      '/pagefind/x/y',
      `/pagefind/${past}/absent.js`,
      `/pagefind/${past}/..%2f..%2fcurrent%2fcorpus.json`,
      `/pagefind/.removed-${past}/pagefind.js`,
    ]) {
      const answer = await rawRequest(`${base}${address}`)
      expect(answer.status, address).toBe(404)
      expect(answer.headers['cache-control'], address).toBe('no-store')
    }
  })
})

describe('an index written before it had parts', () => {
  let root: string
  const saved = { ...process.env }
  /** A CMS that holds the first read until the test lets it fail, and refuses the later ones. */
  let cms: http.Server
  const reads: http.ServerResponse[] = []
  let refusing = false
  const refuse = (res: http.ServerResponse) => res.writeHead(503, { 'content-type': 'text/plain' }).end('Indisponible.')

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'coope-search-old-'))
    // As the site left it: `current` with its records and one Pagefind folder, no list of bundles.
    mkdirSync(path.join(root, 'search', 'builds', 'old', 'pagefind'), { recursive: true })
    writeFileSync(path.join(root, 'search', 'builds', 'old', 'corpus.json'), JSON.stringify(corpusOf([])))
    symlinkSync(path.join('builds', 'old'), path.join(root, 'search', 'current'))
    cms = http.createServer((_req, res) => {
      reads.push(res)
      if (refusing) refuse(res)
    })
    await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve))
    Object.assign(process.env, {
      DATA_DIR: root,
      CMS_URL: `http://127.0.0.1:${(cms.address() as AddressInfo).port}`,
      SITE_INVALIDATION_SECRET: 'a-secret-for-this-test-alone-0123456789',
      SEARCH_REBUILD_DELAY_MS: '0',
    })
  })
  afterAll(async () => {
    // DATA_DIR and CMS_URL stay: a retry of the failed rebuild, later, must not reach anything real.
    process.env = { ...saved, DATA_DIR: root, CMS_URL: 'http://127.0.0.1:9' }
    cms.closeAllConnections()
    await new Promise((resolve) => cms.close(resolve))
    rmSync(root, { recursive: true, force: true })
  })

  it('is built again from the site’s first request until it is, since browsers could not load it', async () => {
    vi.resetModules()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const search = await import('../../site/lib/search/searchIndex')
      search.ensureSearchIndex()
      await vi.waitFor(() => expect(reads).toHaveLength(1), { timeout: 10_000 })
      // The search page reads the old index's records while the rebuild waits for the CMS…
      expect(await search.currentSearchCorpus()).not.toBeNull()
      refusing = true
      refuse(reads[0]!)
      await vi.waitFor(
        () => expect(errors).toHaveBeenCalledWith(expect.stringMatching(/search index not rebuilt.*CMS read failed/)),
        { timeout: 10_000 },
      )
      // …and the rebuild is still tried again (5 s after a first failure).
      const failedAfter = reads.length
      await vi.waitFor(() => expect(reads.length).toBeGreaterThan(failedAfter), { timeout: 15_000 })
    } finally {
      errors.mockRestore()
    }
  }, 30_000)
})
