import { execFile } from 'node:child_process'
import { createReadStream, existsSync } from 'node:fs'
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { promisify } from 'node:util'
import { createGunzip } from 'node:zlib'

import { extract } from 'tar'

import { isMongoUri } from '../env'
import { type Progress, megabytes } from './backupArchive'
import { holdersOf } from './openFiles'
import { keepToOwner, OWNER_ONLY_FOLDER } from './ownerOnly'
import {
  ARCHIVE_DATABASE_DIR,
  ARCHIVE_MANIFEST,
  ARCHIVE_MEDIA_DIR,
  BackupManifest,
  describeFiles,
  sha256Of,
} from './manifest'
import { countRows, integrityOf } from './sqliteSnapshot'

/** A refusal: the archive or the target is not fit, and nothing was changed. */
export class RestoreRefused extends Error {}

const sqliteFileOf = (databaseUri: string) => path.resolve(databaseUri.slice('file:'.length))

const isEmptyFolder = async (dir: string) => !existsSync(dir) || (await readdir(dir)).length === 0

/**
 * Restores a backup made by `createBackup` into the data folders named by `databaseUri` and
 * `mediaDir`. The whole archive is unpacked into a temporary folder and checked first (every
 * checksum of the manifest, SQLite's integrity check, the row counts); only then are the data
 * folders touched. Existing data is refused unless `force`; with `force` it is moved aside
 * (`….before-restore-<time>`), never deleted. Stop the hub before restoring.
 *
 * @throws RestoreRefused with an English sentence when the target holds data (without `force`) or
 *   the archive is damaged, truncated or not a hub backup; nothing has been changed then
 */
export async function restoreBackup(options: {
  archive: string
  databaseUri: string
  mediaDir: string
  force?: boolean
  now?: Date
  progress?: Progress
}): Promise<BackupManifest> {
  const progress = options.progress ?? (() => undefined)
  const archive = path.resolve(options.archive)
  if (!existsSync(archive)) throw new RestoreRefused(`There is no archive at ${archive}.`)
  const mongo = isMongoUri(options.databaseUri)
  const databaseFile = mongo ? undefined : sqliteFileOf(options.databaseUri)
  if (!options.force) {
    const holdsData = (databaseFile && existsSync(databaseFile)) || !(await isEmptyFolder(options.mediaDir))
    if (holdsData)
      throw new RestoreRefused(
        `The data folders already hold data (${databaseFile ?? options.databaseUri}, ${options.mediaDir}). ` +
          'Restore into empty ones, or add --force to replace them (the current data is kept aside).',
      )
  }

  // Left out: this process, which may hold the file through a copy it checked before (libsql keeps
  // a database file open after closing it).
  const holders = databaseFile ? holdersOf(path.resolve(databaseFile)).filter((pid) => pid !== process.pid) : []
  if (holders.length)
    throw new RestoreRefused(
      `The database ${databaseFile} is open in a running process (pid ${holders.join(', ')}): ` +
        'stop the hub first (Ctrl-C where it runs), then restore.',
    )

  const staging = await mkdtemp(path.join(tmpdir(), 'coope-restore-'))
  try {
    const manifest = await unpackAndCheck(archive, staging, progress)
    const stamp = (options.now ?? new Date()).toISOString().replaceAll(':', '-')
    progress('Putting the data in place…')
    if (manifest.database.kind === 'mongodb') {
      await promisify(execFile)('mongorestore', [
        `--uri=${options.databaseUri}`,
        `--archive=${path.join(staging, manifest.database.file)}`,
        '--gzip',
        '--drop',
      ])
    } else {
      if (!databaseFile)
        throw new RestoreRefused('This archive holds a SQLite database but DATABASE_URI names MongoDB.')
      // The replaced database's write-ahead log holds its latest saves (SQLite moves them into the
      // file only at checkpoints): it goes aside with it, and is never replayed into the restored one.
      for (const suffix of ['-wal', '-shm'])
        if (existsSync(`${databaseFile}${suffix}`))
          await rename(`${databaseFile}${suffix}`, `${asideName(databaseFile, stamp)}${suffix}`)
      await replaceWith(path.join(staging, manifest.database.file), databaseFile, stamp)
    }
    await replaceWith(path.join(staging, ARCHIVE_MEDIA_DIR), options.mediaDir, stamp)
    progress(
      `Restored: ${describeDatabase(manifest)}, ${manifest.media.length} files, from a backup of ${manifest.createdAt}.`,
    )
    return manifest
  } finally {
    // An unpacking cut short may still be closing files: retry until the folder is gone.
    await rm(staging, { recursive: true, force: true, maxRetries: 10, retryDelay: 50 })
  }
}

const describeDatabase = (manifest: BackupManifest) =>
  manifest.database.kind === 'sqlite'
    ? `${Object.values(manifest.database.rows).reduce((sum, n) => sum + n, 0)} database rows`
    : 'the MongoDB database'

const damagedArchive = (archive: string, why: string) =>
  new RestoreRefused(`The archive ${archive} is damaged or incomplete (${why}): nothing was restored.`)

/** Unpacks `archive` into `dir` and checks it against its manifest; the manifest when all is well. */
async function unpackAndCheck(archive: string, dir: string, progress: Progress): Promise<BackupManifest> {
  try {
    return await unpackAndCheckOrThrow(archive, dir, progress)
  } catch (error) {
    // Whatever broke while reading it (a corrupt database page included), the archive is unfit.
    if (error instanceof RestoreRefused) throw error
    throw damagedArchive(archive, (error as Error).message.split('\n')[0] ?? 'unreadable')
  }
}

async function unpackAndCheckOrThrow(archive: string, dir: string, progress: Progress): Promise<BackupManifest> {
  const damaged = (why: string) => damagedArchive(archive, why)
  const size = (await stat(archive)).size
  progress(`Checking ${archive} (${megabytes(size)})…`)
  // The whole compressed stream first, to its checksum: unpacking stops at the archive's end marker
  // and never reads the rest, so damage in a file's padding or after that marker would go unseen.
  try {
    await pipeline(
      createReadStream(archive),
      createGunzip(),
      new Writable({ write: (_chunk, _encoding, done) => done() }),
    )
  } catch (error) {
    throw damaged((error as Error).message)
  }
  const allowed = new Set([ARCHIVE_MANIFEST, ARCHIVE_DATABASE_DIR, ARCHIVE_MEDIA_DIR])
  let entries = 0
  let unexpected: string | undefined
  try {
    await extract({
      file: archive,
      cwd: dir,
      strict: true,
      // Only plain files and folders under the three known names: no links, devices or odd paths.
      // The filter runs inside tar's stream handlers, where a throw would crash the process: it
      // notes the first stranger, skips it, and the refusal comes once the reading ends.
      filter: (entryPath, entry) => {
        const top = entryPath.replace(/^\.\//, '').split('/')[0] ?? ''
        const type = 'type' in entry ? entry.type : undefined
        if (!allowed.has(top) || (type !== 'File' && type !== 'Directory' && type !== 'OldFile')) {
          unexpected ??= entryPath
          return false
        }
        if (++entries % 200 === 0) progress(`  ${entries} entries read`)
        return true
      },
    })
  } catch (error) {
    throw damaged((error as Error).message)
  }
  if (unexpected !== undefined) throw damaged(`unexpected entry ${unexpected}: not a backup of the hub`)
  if (!existsSync(path.join(dir, ARCHIVE_MANIFEST))) throw damaged('no manifest.json: not a backup of the hub')
  let manifest: BackupManifest
  try {
    manifest = BackupManifest.parse(JSON.parse(await readFile(path.join(dir, ARCHIVE_MANIFEST), 'utf8')))
  } catch {
    throw damaged('its manifest.json cannot be read')
  }

  progress('Comparing every file with its checksum…')
  const database = path.join(dir, manifest.database.file)
  if (!existsSync(database) || (await sha256Of(database)) !== manifest.database.sha256)
    throw damaged('the database copy does not match its checksum')
  const found = await describeFiles(path.join(dir, ARCHIVE_MEDIA_DIR))
  const expected = new Map(manifest.media.map((file) => [file.path, file]))
  if (found.length !== manifest.media.length)
    throw damaged(`${found.length} files found, ${manifest.media.length} listed`)
  for (const file of found) {
    const listed = expected.get(file.path)
    if (!listed || listed.sha256 !== file.sha256 || listed.bytes !== file.bytes)
      throw damaged(`media/${file.path} does not match its checksum`)
  }
  if (manifest.database.kind === 'sqlite') {
    progress('Checking the database…')
    const integrity = await integrityOf(database)
    if (integrity !== 'ok') throw damaged(`SQLite integrity check: ${integrity}`)
    const rows = await countRows(database)
    if (JSON.stringify(rows) !== JSON.stringify(manifest.database.rows)) throw damaged('the row counts differ')
  }
  progress(`  all ${found.length + 1} files match`)
  return manifest
}

/** Where the data at `target` is kept aside by a forced restore. */
const asideName = (target: string, stamp: string) => `${target}.before-restore-${stamp}`

/**
 * Puts `source` (a file or folder) at `target`, moving what was there to `asideName(target)`, for
 * the operator's user only (files 0600, folders 0700, the parent folders it creates too): the
 * archive's entries carry the modes of the backed-up files, and unpacking applies the umask.
 */
async function replaceWith(source: string, target: string, stamp: string) {
  if (existsSync(target)) {
    if ((await stat(target)).isDirectory() && (await isEmptyFolder(target))) await rm(target, { recursive: true })
    else await rename(target, asideName(target, stamp))
  }
  await mkdir(path.dirname(target), { recursive: true, mode: OWNER_ONLY_FOLDER })
  if (!existsSync(source)) {
    await mkdir(target, { mode: OWNER_ONLY_FOLDER })
    return
  }
  try {
    await rename(source, target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error
    await cp(source, target, { recursive: true, preserveTimestamps: true })
  }
  await keepToOwner(target)
}
