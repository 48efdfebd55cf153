/**
 * A CMS process for crash tests: `tsx crashWorker.ts <upload|publish|seed|delete>` starts Payload on the
 * data named by DATABASE_URI and MEDIA_DIR, prepares it as the launcher does before the servers start
 * (migrations, then the files of cut deletions settled and those a crash left set aside), prints what it finds as one `audit {json}` line,
 * then does the operation over and over, printing a line at each step, until it is killed.
 *
 * With PAUSE_AT=`<stage>:<n>` it stops for good at the n-th time it reaches that stage (`files`: an
 * upload's files are written and its document inserted, not committed; `version`: a publication's
 * document and version are written, not committed; `document`: the demo load has written its n-th
 * document; `replaced`: an image's file is replaced, its old files deleted, not committed; `deleted`: an
 * image's document and files are deleted, not committed), and says `paused`: the test kills it at that exact point.
 *
 * With STOP_AFTER=n, it stops after n operations (the demo load is one) and prints a second audit.
 *
 * Line protocol on stdout: `audit {json}`, `step <n>` after each committed operation, `paused`,
 * `document <n>` during the demo load, `seeded <true|false>`, and the last `audit {json}`.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { writeSync } from 'node:fs'

import sharp from 'sharp'
import { type CollectionAfterChangeHook, type CollectionAfterDeleteHook, getPayload, type Payload } from 'payload'

import { migrateDatabase } from '../../cms/db/migrate'
import { seedIfEmpty } from '../../cms/seed'
import { auditFiles, quarantineOrphanFiles } from '../../cms/uploads/orphans'
import { describeSettled, settlePendingDeletions } from '../../cms/uploads/pendingDeletions'
import { slugs } from '../../schemas/slugs'
import { createEvent, eventData } from './events'

const say = (line: string) => writeSync(1, `${line}\n`)

type Sqlite = { execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }> }

/** The rows of a SQL query on the database file, through the adapter's own client. */
const query = async (payload: Payload, sql: string) =>
  (await (payload.db as unknown as { client: Sqlite }).client.execute(sql)).rows

/** The version table of a collection, as the SQLite adapter names it. */
const versionTable = (slug: string) => `_${slug.replace(/-/g, '_')}_v`

/**
 * What a crash could have broken: SQLite's own check, foreign keys, files against documents, and
 * for every versioned collection, versions without their document and documents whose latest
 * version is missing, doubled or differs from them.
 */
async function audit(payload: Payload) {
  const integrity = (await query(payload, 'PRAGMA integrity_check')).map((row) => Object.values(row)[0])
  const foreignKeys = await query(payload, 'PRAGMA foreign_key_check')
  const versions: Record<string, { orphaned: number; doubledLatest: number; latestDiffers: number }> = {}
  for (const collection of payload.config.collections) {
    if (!collection.versions) continue
    const main = collection.slug.replace(/-/g, '_')
    const table = versionTable(collection.slug)
    const number = async (sql: string) => Number(Object.values((await query(payload, sql))[0] ?? {})[0] ?? 0)
    versions[collection.slug] = {
      orphaned: await number(`SELECT count(*) FROM ${table} WHERE parent_id NOT IN (SELECT id FROM ${main})`),
      doubledLatest: await number(
        `SELECT count(*) FROM (SELECT parent_id FROM ${table} WHERE latest = 1 GROUP BY parent_id HAVING count(*) > 1)`,
      ),
      // Publications only: the document is its latest version, status and update time included.
      latestDiffers: collection.versions.drafts
        ? await number(
            `SELECT count(*) FROM ${main} d WHERE NOT EXISTS (SELECT 1 FROM ${table} v WHERE v.parent_id = d.id ` +
              `AND v.latest = 1 AND v.version__status = d._status AND v.version_updated_at = d.updated_at)`,
          )
        : 0,
    }
  }
  const files = await auditFiles(payload)
  const counts = Object.fromEntries(
    await Promise.all(
      [slugs.media, slugs.audio, slugs.events, slugs.users].map(
        async (slug) => [slug, (await payload.count({ collection: slug, overrideAccess: true })).totalDocs] as const,
      ),
    ),
  )
  return { integrity, foreignKeys: foreignKeys.length, versions, files, counts }
}

let pauseStage = ''
let pauseAt = 0
const reached: Record<string, number> = {}
/** Stops here for good the n-th time this stage is reached, if PAUSE_AT asks for it. */
async function stage(name: string): Promise<void> {
  reached[name] = (reached[name] ?? 0) + 1
  if (name === 'document') say(`document ${reached[name]}`)
  if (name !== pauseStage || reached[name] !== pauseAt) return
  say('paused')
  await new Promise(() => undefined)
}

/**
 * An afterChange hook added to a collection: it runs inside the operation's transaction, before the
 * commit, at the stage `name` (or `onUpdate` for an update, when given).
 */
const pauseHook =
  (name: string, onUpdate = name): CollectionAfterChangeHook =>
  async ({ doc, operation }) => {
    await stage(operation === 'update' ? onUpdate : name)
    return doc
  }

/** An afterDelete hook at the stage `deleted`: the document and its files are gone, nothing is committed. */
const pauseAfterDelete: CollectionAfterDeleteHook = async ({ doc }) => {
  await stage('deleted')
  return doc
}

const demo = (name: string) => readFileSync(path.join(import.meta.dirname, '..', '..', 'media', 'demo', name))

/** A photo-like JPEG that differs at each call (so each upload has its own name and sizes to make). */
async function photo(n: number): Promise<Buffer> {
  const width = 800
  const height = 600
  const noise = Buffer.alloc(width * height * 3)
  for (let i = 0; i < noise.length; i++) noise[i] = ((i + n * 7919) * 2654435761) >>> 24
  return sharp(noise, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 80 })
    .toBuffer()
}

/** Prints `step <n>`; true once the worker has done the STOP_AFTER operations it was asked for. */
const stepDone = (n: number) => {
  say(`step ${n}`)
  return n === Number(process.env.STOP_AFTER)
}

async function uploads(payload: Payload): Promise<void> {
  const mp3 = demo('episode-1.mp3')
  for (let n = 1; ; n++) {
    const data = await photo(n + Date.now())
    await payload.create({
      collection: slugs.media,
      data: { alt: `Photo ${n}`, cooperation: true },
      file: { data, mimetype: 'image/jpeg', name: `photo-${n}.jpg`, size: data.length },
    })
    if (stepDone(2 * n - 1)) return
    // Different bytes at each upload: a new content-addressed name.
    const sound = Buffer.concat([mp3, Buffer.from(`${n}-${Date.now()}`)])
    await payload.create({
      collection: slugs.audio,
      data: { title: `Son ${n}`, cooperation: true },
      file: { data: sound, mimetype: 'audio/mpeg', name: `son-${n}.mp3`, size: sound.length },
    })
    if (stepDone(2 * n)) return
  }
}

/** An image created, its file replaced, then deleted: the two operations that remove files. */
async function deletions(payload: Payload): Promise<void> {
  const image = async (n: number) => {
    const data = await photo(n + Date.now())
    return { data, mimetype: 'image/jpeg', name: `photo-${n}.jpg`, size: data.length }
  }
  for (let n = 1; ; n++) {
    const { id } = await payload.create({
      collection: slugs.media,
      data: { alt: `Photo ${n}`, cooperation: true },
      file: await image(n),
    })
    await payload.update({ collection: slugs.media, id, data: {}, file: await image(-n) })
    if (stepDone(2 * n - 1)) return
    await payload.delete({ collection: slugs.media, id })
    if (stepDone(2 * n)) return
  }
}

async function publications(payload: Payload): Promise<void> {
  const { docs } = await payload.find({ collection: slugs.events, limit: 3, depth: 0, sort: 'id' })
  const events = [...docs]
  while (events.length < 3)
    events.push(await createEvent(payload, eventData(`Fête ${events.length + 1}`, { cooperation: true }), 'published'))
  for (let n = 1; ; n++) {
    const event = events[n % events.length]!
    await payload.update({
      collection: slugs.events,
      id: event.id,
      data: { title: `Fête de quartier, version ${n}`, _status: 'published' },
    })
    if (stepDone(n)) return
  }
}

async function main(): Promise<void> {
  const [operation] = process.argv.slice(2)
  ;[pauseStage = '', pauseAt = 0] = (process.env.PAUSE_AT ?? '')
    .split(':')
    .map((part, i) => (i ? Number(part) : part)) as [string, number]
  const config = await (await import('../../payload.config')).default
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  const settled = describeSettled(await settlePendingDeletions(payload))
  const quarantined = await quarantineOrphanFiles(payload, process.env.MEDIA_DIR!)
  say(`audit ${JSON.stringify({ ...(await audit(payload)), settled, quarantined })}`)
  payload.collections[slugs.media].config.hooks.afterChange.push(pauseHook('files', 'replaced'))
  payload.collections[slugs.media].config.hooks.afterDelete.push(pauseAfterDelete)
  payload.collections[slugs.audio].config.hooks.afterChange.push(pauseHook('files'))
  payload.collections[slugs.events].config.hooks.afterChange.push(pauseHook('version'))
  if (operation === 'seed') {
    for (const collection of payload.config.collections)
      payload.collections[collection.slug].config.hooks.afterChange.push(pauseHook('document'))
    say(`seeded ${(await seedIfEmpty(payload, { adminEmail: 'admin@crash.test' })).seeded}`)
  }
  if (operation === 'upload') await uploads(payload)
  if (operation === 'publish') await publications(payload)
  if (operation === 'delete') await deletions(payload)
  say(`audit ${JSON.stringify({ ...(await audit(payload)), settled: [], quarantined: [] })}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
