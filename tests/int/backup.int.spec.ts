import { execFileSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import Database from 'libsql'
import sharp from 'sharp'
import { create } from 'tar'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sha256Of } from '../../cms/operator/manifest'
import { holdersOf } from '../../cms/operator/openFiles'
import { restoreBackup } from '../../cms/operator/restoreArchive'
import { slugs } from '../../schemas/slugs'
import { createEvent, eventData } from '../helpers/events'
import { contentDigest, type ContentDigest } from '../helpers/contentDigest'
import { startTestCms, type TestCms } from '../helpers/payload'
import { runScript } from '../helpers/run'

let cms: TestCms
let work: string
let archive: string
let backupOutput: string
let original: ContentDigest

const EVENTS = 12
const IMAGES = 3

/** Published and draft events, and images with their generated sizes: every kind of row and file. */
async function someContent() {
  for (let i = 0; i < EVENTS; i++)
    await createEvent(cms.payload, eventData(`Sauvegardé ${i}`, { cooperation: true }), i % 3 ? 'published' : 'draft')
  for (let i = 0; i < IMAGES; i++) {
    const data = await sharp({ create: { width: 320, height: 240, channels: 3, background: `#${i}0a0c0` } })
      .jpeg()
      .toBuffer()
    await cms.payload.create({
      collection: slugs.media,
      data: { alt: `Image ${i}`, cooperation: true },
      file: { data, mimetype: 'image/jpeg', name: `image-${i}.jpg`, size: data.length },
    })
  }
}

/** The permission bits of a file or folder, as `ls -l` reads them in octal ("600"). */
const modeOf = (file: string) => (statSync(file).mode & 0o777).toString(8)

/** `dir` and everything in it: every folder 700 and every file 600, for a list of what is not. */
const widerThanOwner = (dir: string) =>
  [dir, ...readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => path.join(dir, name))]
    .map((entry) => ({ entry, mode: modeOf(entry), expected: statSync(entry).isDirectory() ? '700' : '600' }))
    .filter(({ mode, expected }) => mode !== expected)

/** The settings of a hub whose data lives in `dir`. */
const dataIn = (dir: string) => ({
  DATABASE_URI: `file:${path.join(dir, 'hub.db')}`,
  MEDIA_DIR: path.join(dir, 'media'),
})

beforeAll(async () => {
  cms = await startTestCms()
  await someContent()
  work = await mkdtemp(path.join(tmpdir(), 'coope-backup-'))
  // Backed up while the CMS keeps the database open, as a nightly cron job would.
  const backup = await runScript(
    'cms/operator/backup.ts',
    { DATABASE_URI: process.env.DATABASE_URI!, MEDIA_DIR: process.env.MEDIA_DIR!, DATA_DIR: cms.dir },
    ['--out', path.join(work, 'archives')],
  )
  expect(backup.stderr).toBe('')
  expect(backup.code).toBe(0)
  backupOutput = backup.stdout
  archive = backup.stdout.trim().split('\n').at(-1)!
  original = await contentDigest(cms.payload, process.env.MEDIA_DIR!)
})
afterAll(async () => {
  await cms.stop()
  await rm(work, { recursive: true, force: true })
})

describe('backup and restore', () => {
  it('writes one archive and says how far it has got', () => {
    expect(existsSync(archive)).toBe(true)
    expect(backupOutput).toContain('Copying the database')
    expect(backupOutput).toContain('100 %')
  })

  it('writes archives readable by the operator’s user only, in folders it creates for that user only', async () => {
    expect(modeOf(archive)).toBe('600')
    expect(modeOf(path.dirname(archive))).toBe('700')
    const backupDir = path.join(work, 'nuit', 'archives')
    const nightly = await runScript('cms/operator/backup.ts', {
      DATABASE_URI: process.env.DATABASE_URI!,
      MEDIA_DIR: process.env.MEDIA_DIR!,
      DATA_DIR: cms.dir,
      BACKUP_DIR: backupDir,
    })
    expect(nightly.code).toBe(0)
    expect(widerThanOwner(path.join(work, 'nuit'))).toEqual([])
    expect(readdirSync(backupDir)).toHaveLength(1)
  })

  it('writes into DATA_DIR/backups when BACKUP_DIR is empty, as .env.example leaves it', async () => {
    const dataDir = path.join(work, 'donnees')
    const backup = await runScript(
      'cms/operator/backup.ts',
      { DATABASE_URI: process.env.DATABASE_URI!, MEDIA_DIR: process.env.MEDIA_DIR!, DATA_DIR: dataDir, BACKUP_DIR: '' },
      [],
    )
    expect(backup.code).toBe(0)
    expect(path.dirname(backup.stdout.trim().split('\n').at(-1)!)).toBe(path.join(dataDir, 'backups'))
  })

  it('restores into an empty folder a hub that starts with every document and file identical', async () => {
    const target = path.join(work, 'restored')
    const restore = await runScript('cms/operator/restore.ts', dataIn(target), [archive])
    expect(restore.stderr).toBe('')
    expect(restore.code).toBe(0)
    expect(restore.stdout).toContain('all ')
    const started = await runScript('tests/helpers/contentDigestScript.ts', dataIn(target))
    expect(started.code).toBe(0)
    const restored = JSON.parse(started.stdout.trim().split('\n').at(-1)!) as ContentDigest
    expect(restored).toEqual(original)
    // Not an empty hub compared with another: the documents and every image size are there.
    expect(restored.documents.events!.count).toBe(EVENTS)
    expect(restored.documents.media!.count).toBe(IMAGES)
    expect(restored.files.length).toBeGreaterThan(IMAGES * 2)
    // The database and the uploads come back for the operator's user only, whatever the archive held.
    expect(widerThanOwner(target)).toEqual([])
    const documents = Object.values(restored.documents).reduce((sum, { count }) => sum + count, 0)
    console.log(
      `Restore compared: ${documents} documents in ${Object.keys(restored.documents).length} collections, ` +
        `${Object.values(restored.versions).reduce((sum, n) => sum + n, 0)} versions, ${restored.files.length} files.`,
    )

    const again = await runScript('cms/operator/restore.ts', dataIn(target), [archive])
    expect(again.code).toBe(1)
    expect(again.stderr).toContain('already hold data')
    expect(again.stderr).toContain('--force')
  }, 120_000)

  it('refuses a truncated or corrupted archive before touching anything', async () => {
    const size = statSync(archive).size
    const truncated = path.join(work, 'tronquee.tar.gz')
    writeFileSync(truncated, readFileSync(archive))
    truncateSync(truncated, Math.floor(size / 2))
    const corrupted = path.join(work, 'abimee.tar.gz')
    const bytes = readFileSync(archive)
    bytes[Math.floor(size / 3)]! ^= 0xff
    writeFileSync(corrupted, bytes)
    // Damage that unpacking alone never reads: the compressed stream's own checksum, at its end.
    const badChecksum = path.join(work, 'somme-fausse.tar.gz')
    const trailer = readFileSync(archive)
    trailer[size - 6]! ^= 0xff
    writeFileSync(badChecksum, trailer)
    const staging = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('coope-restore-'))
    const stagingBefore = await staging()
    for (const damaged of [truncated, corrupted, badChecksum]) {
      const target = path.join(work, `cible-${path.basename(damaged)}`)
      await expect(restoreBackup({ archive: damaged, ...toOptions(dataIn(target)) })).rejects.toThrow(
        /is damaged or incomplete .*nothing was restored/,
      )
      expect(existsSync(target)).toBe(false)
    }
    expect(await staging()).toEqual(stagingBefore)
  })
})

describe('a forced restore over a hub stopped abruptly', () => {
  it('keeps aside the saves still in the replaced database’s write-ahead log', async () => {
    const target = path.join(work, 'interrompu')
    await restoreBackup({ archive, ...toOptions(dataIn(target)) })
    // A save after the backup, left in the write-ahead log by a process killed before any checkpoint.
    const database = path.join(target, 'hub.db')
    const save = [
      "const Database = require('libsql')",
      `const db = new Database(${JSON.stringify(database)})`,
      "db.pragma('journal_mode = WAL')",
      "db.pragma('wal_autocheckpoint = 0')",
      "db.exec('CREATE TABLE after_backup (note TEXT)')",
      "db.prepare('INSERT INTO after_backup VALUES (?)').run('saved after the backup')",
      "process.kill(process.pid, 'SIGKILL')",
    ].join(';')
    expect(() => execFileSync(process.execPath, ['-e', save], { stdio: 'pipe' })).toThrow()
    expect(statSync(`${database}-wal`).size).toBeGreaterThan(0)

    await restoreBackup({ archive, ...toOptions(dataIn(target)), force: true, now: new Date('2026-12-01T02:00:00Z') })
    const aside = new Database(`${database}.before-restore-2026-12-01T02-00-00.000Z`, { readonly: true })
    try {
      expect(aside.prepare('SELECT note FROM after_backup').all()).toEqual([{ note: 'saved after the backup' }])
    } finally {
      aside.close()
    }
    expect(existsSync(`${database}-wal`)).toBe(false)
  })
})

describe('a restore while the hub runs', () => {
  it('is refused before anything is touched', async () => {
    const target = path.join(work, 'en-marche')
    await restoreBackup({ archive, ...toOptions(dataIn(target)) })
    const database = path.join(target, 'hub.db')
    // Another process with the database open, as the running CMS has it.
    const running = spawn(
      process.execPath,
      ['-e', `const db = new (require('libsql'))(${JSON.stringify(database)}); setInterval(() => db, 1000)`],
      { stdio: 'ignore' },
    )
    try {
      await expect.poll(() => holdersOf(database), { timeout: 10_000 }).toContain(running.pid)
      const before = await sha256Of(database)
      await expect(restoreBackup({ archive, ...toOptions(dataIn(target)), force: true })).rejects.toThrow(
        new RegExp(`open in a running process \\(pid ${running.pid}\\).*stop the hub first`),
      )
      expect(await sha256Of(database)).toBe(before)
      expect((await readdir(target)).filter((name) => name.includes('before-restore'))).toEqual([])
    } finally {
      running.kill('SIGKILL')
    }
  })
})

describe('an archive that is not a backup of the hub', () => {
  it('is refused in one sentence, with nothing written and no temporary folder left', async () => {
    const folder = path.join(work, 'autre-chose')
    mkdirSync(folder)
    writeFileSync(path.join(folder, 'README.md'), 'Un autre projet.\n')
    const other = path.join(work, 'autre-chose.tar.gz')
    await create({ gzip: true, file: other, cwd: folder }, ['README.md'])
    const target = path.join(work, 'cible-autre-chose')
    const staging = async () => (await readdir(tmpdir())).filter((name) => name.startsWith('coope-restore-'))
    const stagingBefore = await staging()
    const refused = await runScript('cms/operator/restore.ts', dataIn(target), [other])
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim()).toMatch(
      /^Restore refused: .*unexpected entry README\.md: not a backup of the hub.*nothing was restored\.$/,
    )
    expect(existsSync(target)).toBe(false)
    expect(await staging()).toEqual(stagingBefore)
  })
})

const toOptions = (settings: ReturnType<typeof dataIn>) => ({
  databaseUri: settings.DATABASE_URI,
  mediaDir: settings.MEDIA_DIR,
})
