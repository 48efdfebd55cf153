import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { type BundleList, partsDir } from '../../site/lib/search/indexDir'
import { publishSearchBuild } from '../../site/lib/search/indexStore'
import { stopPagefind } from '../../site/lib/search/pagefindBundle'
import { partFolder, RECENT_PART, splitIntoParts } from '../../site/lib/search/parts'
import type { SearchCorpus, SearchRecord } from '../../site/lib/search/records'
import { serveSearchIndex } from '../../site/lib/search/serveIndex'
import { rawRequest } from '../helpers/rawHttp'

const BUILT_AT = new Date('2026-06-15T10:00:00Z')

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

  it('names a part’s bundle after its records and the bundle format alone', () => {
    const part = { key: '2025', records: [record(4, 'Loto', '2025-12-31T20:00:00.000Z')] }
    const name = partFolder(part, 'pagefind 1')
    expect(name).toMatch(/^2025-[0-9a-f]{16}$/)
    expect(partFolder(structuredClone(part), 'pagefind 1')).toBe(name)
    expect(partFolder({ ...part, records: [{ ...part.records[0]!, title: 'Loto !' }] }, 'pagefind 1')).not.toBe(name)
    expect(partFolder(part, 'pagefind 2')).not.toBe(name)
  })
})

describe('publishing the search index part by part', () => {
  let root: string
  let server: http.Server
  let base: string
  const listed = () =>
    (JSON.parse(readFileSync(path.join(root, 'search', 'current', 'bundles.json'), 'utf8')) as BundleList).bundles

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

  it('writes again only the parts whose records changed, and removes bundles no kept build lists', async () => {
    const search = path.join(root, 'search')
    const old = record(1, 'Bal de printemps 2025', '2025-04-12T18:00:00.000Z')
    await publishSearchBuild(search, corpusOf([old, record(2, 'Vide-grenier', '2026-05-01T08:00:00.000Z')]))
    const [firstRecent, past] = listed()
    expect(firstRecent).toMatch(/^recent-/)
    expect(past).toMatch(/^2025-/)
    const pastWritten = statSync(path.join(partsDir(search), past!, 'pagefind-entry.json')).mtimeMs
    // A bundle left half written by a stopped site is removed with the others no build lists.
    mkdirSync(path.join(partsDir(search), '.recent-0000000000000000-dead'))

    await publishSearchBuild(
      search,
      corpusOf([old, record(2, 'Vide-grenier du printemps', '2026-05-01T08:00:00.000Z')]),
    )
    const [secondRecent, samePast] = listed()
    expect(secondRecent).not.toBe(firstRecent)
    expect(samePast).toBe(past)
    expect(statSync(path.join(partsDir(search), past!, 'pagefind-entry.json')).mtimeMs).toBe(pastWritten)
    // The build before stays whole: a browser that loaded its list still finds its files.
    expect(readdirSync(partsDir(search)).sort()).toEqual([past, firstRecent, secondRecent].sort())

    await publishSearchBuild(search, corpusOf([old, record(2, 'Vide-grenier d’été', '2026-05-01T08:00:00.000Z')]))
    expect(existsSync(path.join(partsDir(search), firstRecent!))).toBe(false)
    expect(readdirSync(partsDir(search))).toHaveLength(3)
  })

  it('serves the list of bundles revalidated, their files for good, and one WebAssembly for all', async () => {
    const [main, past] = listed()
    const list = await rawRequest(`${base}/pagefind/bundles.json`)
    expect(list.status).toBe(200)
    expect(list.headers['cache-control']).toBe('no-cache')
    expect((JSON.parse(list.body.toString()) as BundleList).bundles).toEqual([main, past])

    const entry = await rawRequest(`${base}/pagefind/${past}/pagefind-entry.json`)
    expect(entry.status).toBe(200)
    expect(entry.headers['cache-control']).toBe('public, max-age=31536000, immutable')

    const wasm = readdirSync(path.join(partsDir(), main!)).find((name) => /^wasm\.fr\.pagefind$/.test(name))!
    expect((await rawRequest(`${base}/pagefind/${main}/${wasm}`)).status).toBe(200)
    const merged = await rawRequest(`${base}/pagefind/${past}/${wasm}`)
    expect(merged.status).toBe(308)
    expect(merged.headers.location).toBe(`/pagefind/${main}/${wasm}`)

    for (const address of ['/pagefind/pagefind.js', '/pagefind/x/y', `/pagefind/${past}/absent.js`]) {
      const answer = await rawRequest(`${base}${address}`)
      expect(answer.status, address).toBe(404)
      expect(answer.headers['cache-control'], address).toBe('no-store')
    }
  })
})

describe('an index written before it had parts', () => {
  let root: string
  const saved = { ...process.env }

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'coope-search-old-'))
    // As the site left it: `current` with its records and one Pagefind folder, no list of bundles.
    mkdirSync(path.join(root, 'search', 'builds', 'old', 'pagefind'), { recursive: true })
    writeFileSync(path.join(root, 'search', 'builds', 'old', 'corpus.json'), JSON.stringify(corpusOf([])))
    symlinkSync(path.join('builds', 'old'), path.join(root, 'search', 'current'))
    // No CMS answers: the rebuild the site asks for fails, and says so.
    Object.assign(process.env, { DATA_DIR: root, CMS_URL: 'http://127.0.0.1:9', SEARCH_REBUILD_DELAY_MS: '0' })
  })
  afterAll(() => {
    process.env = saved
    rmSync(root, { recursive: true, force: true })
  })

  it('is built again at the site’s first request, since browsers could not load it', async () => {
    vi.resetModules()
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const search = await import('../../site/lib/search/searchIndex')
      search.ensureSearchIndex()
      await vi.waitFor(() => expect(errors).toHaveBeenCalledWith(expect.stringMatching(/search index not rebuilt/)))
    } finally {
      errors.mockRestore()
    }
  })
})
