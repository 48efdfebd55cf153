import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm, stat, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

import { create } from 'tar'

import { isMongoUri } from '../env'
import {
  ARCHIVE_DATABASE_DIR,
  ARCHIVE_MANIFEST,
  ARCHIVE_MEDIA_DIR,
  type BackupManifest,
  describeFiles,
  sha256Of,
} from './manifest'
import { OWNER_ONLY_FILE, OWNER_ONLY_FOLDER } from './ownerOnly'
import { snapshotSqlite } from './sqliteSnapshot'

export type Progress = (line: string) => void

/** A size for the operator's console: "2.4 MB". */
export const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`

/** The archive's file name for a backup made at `now`: sortable, no colon (portable file names). */
export const archiveName = (now: Date) => `coope-backup-${now.toISOString().slice(0, 19).replaceAll(':', '-')}Z.tar.gz`

/**
 * Writes one gzip'd tar archive holding a consistent copy of the database, every uploaded file and
 * a manifest (row counts, sizes and SHA-256 of every file), into `outDir`. The archive is 0600, and
 * the folders of `outDir` it creates are 0700.
 *
 * The database is copied first (SQLite: `VACUUM INTO`, safe while the CMS writes; MongoDB:
 * `mongodump --archive --gzip`, which must be on the PATH), then the uploads: a document in the copy
 * always finds its file, since files are written before their document and deleted after it.
 *
 * @param databaseUri `file:/absolute/path.db` or a MongoDB URI
 * @param mediaDir the uploads folder (absent means none)
 * @returns the archive's absolute path and its manifest
 * @throws Error with an English sentence when the database cannot be read or the archive written
 */
export async function createBackup(options: {
  databaseUri: string
  mediaDir: string
  outDir: string
  now?: Date
  progress?: Progress
}): Promise<{ archive: string; manifest: BackupManifest }> {
  const progress = options.progress ?? (() => undefined)
  const now = options.now ?? new Date()
  // Folders it creates are the operator's only; an existing one is the operator's choice, left as it is.
  await mkdir(options.outDir, { recursive: true, mode: OWNER_ONLY_FOLDER })
  const staging = await mkdtemp(path.join(options.outDir, '.backup-'))
  const archive = path.join(options.outDir, archiveName(now))
  try {
    await mkdir(path.join(staging, ARCHIVE_DATABASE_DIR))
    progress('Copying the database…')
    const database = await copyDatabase(options.databaseUri, path.join(staging, ARCHIVE_DATABASE_DIR))
    progress(`  database: ${megabytes(database.bytes)}, checksum ${database.sha256.slice(0, 12)}…`)

    progress('Reading the uploaded files…')
    const media = await describeFiles(options.mediaDir)
    const mediaBytes = media.reduce((sum, file) => sum + file.bytes, 0)
    progress(`  ${media.length} files, ${megabytes(mediaBytes)}`)

    const manifest: BackupManifest = {
      format: 'coope-backup',
      version: 1,
      createdAt: now.toISOString(),
      database,
      media,
    }
    await writeFile(path.join(staging, ARCHIVE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    // The uploads are archived where they are, through a link that only the archiver follows.
    if (existsSync(options.mediaDir))
      await symlink(path.resolve(options.mediaDir), path.join(staging, ARCHIVE_MEDIA_DIR))

    const total = database.bytes + mediaBytes
    let done = 0
    let shown = -1
    progress(`Writing ${archive}…`)
    await create(
      {
        gzip: true,
        file: `${archive}.part`,
        // The archive holds the whole database: readable by the operator's user only (the umask only narrows).
        mode: OWNER_ONLY_FILE,
        cwd: staging,
        portable: true,
        follow: true,
        filter: (_, entry) => {
          if ('isFile' in entry && entry.isFile()) done += entry.size
          const percent = total === 0 ? 100 : Math.floor((done / total) * 10) * 10
          if (percent > shown) {
            shown = percent
            progress(`  ${percent} %`)
          }
          return true
        },
      },
      [ARCHIVE_MANIFEST, ARCHIVE_DATABASE_DIR, ...(existsSync(options.mediaDir) ? [ARCHIVE_MEDIA_DIR] : [])],
    )
    await rename(`${archive}.part`, archive)
    progress(`Backup written: ${archive} (${megabytes((await stat(archive)).size)})`)
    return { archive, manifest }
  } catch (error) {
    await rm(`${archive}.part`, { force: true })
    throw error
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

async function copyDatabase(databaseUri: string, dir: string): Promise<BackupManifest['database']> {
  if (isMongoUri(databaseUri)) {
    const target = path.join(dir, 'mongodb.archive.gz')
    await promisify(execFile)('mongodump', [`--uri=${databaseUri}`, `--archive=${target}`, '--gzip']).catch(
      (error: NodeJS.ErrnoException) => {
        throw new Error(
          error.code === 'ENOENT'
            ? 'mongodump is not installed: install the MongoDB Database Tools to back up a MongoDB database.'
            : `mongodump failed: ${error.message}`,
        )
      },
    )
    return { kind: 'mongodb', file: `${ARCHIVE_DATABASE_DIR}/mongodb.archive.gz`, ...(await sizeAndSum(target)) }
  }
  const source = path.resolve(databaseUri.slice('file:'.length))
  if (!existsSync(source)) throw new Error(`There is no database at ${source}: nothing to back up.`)
  const target = path.join(dir, 'hub.db')
  const rows = await snapshotSqlite(source, target)
  return { kind: 'sqlite', file: `${ARCHIVE_DATABASE_DIR}/hub.db`, ...(await sizeAndSum(target)), rows }
}

const sizeAndSum = async (file: string) => ({ bytes: (await stat(file)).size, sha256: await sha256Of(file) })
