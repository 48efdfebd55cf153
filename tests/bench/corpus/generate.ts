/**
 * `npm run bench:corpus -- --years N [--dir DIR] [--scale S]`: fills a database of its own (never the
 * user's: `tests/.tmp/corpus-<N>y` unless `--dir` says otherwise) through the CMS, so hooks and
 * validation run as for staff: the demo content, then N years of the houses' production (see
 * plan.ts). Seeded, so the same N gives the same documents; resumable: run it again after an
 * interruption and it continues where it stopped. `--years 10` is the ten-year corpus.
 */
import { randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'

import type { Payload } from 'payload'

import { slugs } from '../../../schemas/slugs'
import type { Model } from './documents'
import { corpusPrefix, isCorpusKey, kinds, type Refs } from './plan'
import { documentSeed, Random } from './random'

export type Corpus = { dir: string; database: string; media: string; years: number }

/** Where the corpus of `years` years lives, unless told otherwise. */
export const corpusDir = (years: number) => path.resolve(import.meta.dirname, '..', '..', '.tmp', `corpus-${years}y`)

/** The corpus's fixed facts, written on its first run: the moment its dates count from, and its secret. */
function corpusFacts(dir: string): { now: string; secret: string } {
  const file = path.join(dir, 'corpus.json')
  if (!existsSync(file)) {
    mkdirSync(dir, { recursive: true })
    writeFileSync(file, JSON.stringify({ now: new Date().toISOString(), secret: randomBytes(32).toString('hex') }))
  }
  return JSON.parse(readFileSync(file, 'utf8')) as { now: string; secret: string }
}

/** A one-line progress bar on a terminal; a line every tenth otherwise. */
function progress(total: number): (done: number, label: string) => void {
  let lastTenth = -1
  return (done, label) => {
    const share = done / total
    if (process.stderr.isTTY) {
      const bar = '#'.repeat(Math.round(share * 30)).padEnd(30, '.')
      process.stderr.write(`\r[${bar}] ${(share * 100).toFixed(0).padStart(3)} % ${label.padEnd(28)}`)
      if (done === total) process.stderr.write('\n')
    } else if (Math.floor(share * 10) > lastTenth) {
      lastTenth = Math.floor(share * 10)
      console.error(`${(share * 100).toFixed(0).padStart(3)} % ${label}`)
    }
  }
}

async function openCms(dir: string, secret: string): Promise<Payload> {
  Object.assign(process.env, {
    DATABASE_URI: `file:${path.join(dir, 'corpus.db')}`,
    MEDIA_DIR: path.join(dir, 'media'),
    PAYLOAD_SECRET: secret,
    SITE_INVALIDATION_SECRET: secret,
    SITE_URL: 'http://127.0.0.1:9',
    JOBS_AUTORUN: 'false',
  })
  const { getPayload } = await import('payload')
  const config = await (await import('../../../payload.config')).default
  const { migrateDatabase } = await import('../../../cms/db/migrate')
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  return payload
}

/**
 * Generates (or completes) the corpus of `years` years in `dir`, each year's counts multiplied by
 * `scale` (1 = the houses' real pace; the smoke run of the benchmark uses a tiny one); returns
 * where its files are.
 */
export async function generateCorpus(
  years: number,
  { dir = corpusDir(years), scale = 1 }: { dir?: string; scale?: number } = {},
): Promise<Corpus> {
  const facts = corpusFacts(dir)
  const now = new Date(facts.now)
  const payload = await openCms(dir, facts.secret)
  const context = { skipInvalidation: true }
  const { seedIfEmpty } = await import('../../../cms/seed')
  await seedIfEmpty(payload, { now, adminEmail: 'corpus@test.coope', adminPassword: facts.secret })

  const all = async (collection: (typeof kinds)[number]['collection']) =>
    (await payload.find({ collection, depth: 0, limit: 0, pagination: false, overrideAccess: true })).docs
  const refs: Refs = {
    now,
    models: {},
    shows: [],
    issueOf: async (year, quarter) => {
      const found = await payload.find({
        collection: slugs.journalIssues,
        where: { number: { equals: 1000 + year * 4 + quarter } },
        depth: 0,
        overrideAccess: true,
      })
      const id = found.docs[0]?.id
      if (id === undefined) throw new Error(`Journal issue ${quarter} of corpus year ${year} is missing.`)
      return id
    },
  }
  for (const kind of kinds) {
    const documents = (await all(kind.collection)) as unknown as Model[]
    refs.models[kind.collection] = documents.filter((doc) => !isCorpusKey(String(doc[kind.keyField])))
  }

  // At least one of each kind, however small the scale: the smoke run goes through every kind.
  const perYear = (kind: (typeof kinds)[number]) => Math.max(1, Math.round(kind.perYear * scale))
  const total = kinds.reduce((sum, kind) => sum + perYear(kind) * (kind.once ? 1 : years), 0)
  const tick = progress(total)
  let done = 0
  const started = performance.now()
  for (let year = 0; year < years; year++) {
    for (const kind of kinds) {
      if (kind.once && year > 0) continue
      if (kind.collection === slugs.episodes) refs.shows = (await all(slugs.shows)).map((show) => show.id)
      const where = { [kind.keyField]: { contains: corpusPrefix(kind.name, year) } }
      const made = (await payload.count({ collection: kind.collection, where, overrideAccess: true })).totalDocs
      done += made
      for (let index = made; index < perYear(kind); index++) {
        const data = await kind.build(new Random(documentSeed(kind.name, year, index)), year, index, refs)
        await payload.create({ collection: kind.collection, data: data as never, context, overrideAccess: true })
        tick(++done, `${kind.name}s, year ${year + 1}/${years}`)
      }
    }
  }
  tick(total, 'done')
  console.error(`Corpus of ${years} year(s) ready in ${dir} (${((performance.now() - started) / 1000).toFixed(0)} s).`)
  await payload.destroy()
  return { dir, database: path.join(dir, 'corpus.db'), media: path.join(dir, 'media'), years }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: { years: { type: 'string' }, dir: { type: 'string' }, scale: { type: 'string', default: '1' } },
  })
  const years = Number(values.years)
  if (!Number.isInteger(years) || years < 1 || years > 30) {
    console.error('Usage: npm run bench:corpus -- --years N (1 to 30) [--dir DIR] [--scale 0.01]')
    process.exit(2)
  }
  const dir = values.dir ? path.resolve(values.dir) : undefined
  await generateCorpus(years, { dir, scale: Number(values.scale) })
  process.exit(0)
}
