import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'

import { z } from 'zod'

/** What a backup archive says about itself, in `manifest.json` at its root. */
export const BackupManifest = z.object({
  format: z.literal('coope-backup'),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  database: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('sqlite'),
      /** Path inside the archive. */
      file: z.string(),
      bytes: z.number().int().nonnegative(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** Rows per table at the moment of the snapshot. */
      rows: z.record(z.string(), z.number().int().nonnegative()),
    }),
    z.object({ kind: z.literal('mongodb'), file: z.string(), bytes: z.number(), sha256: z.string() }),
  ]),
  /** Every uploaded file, by its path under `media/` in the archive (slashes). */
  media: z.array(z.object({ path: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string() })),
})
export type BackupManifest = z.infer<typeof BackupManifest>

/** Inside an archive: the manifest, the database under `database/`, the uploads under `media/`. */
export const ARCHIVE_MANIFEST = 'manifest.json'
export const ARCHIVE_DATABASE_DIR = 'database'
export const ARCHIVE_MEDIA_DIR = 'media'

/** The SHA-256 of a file, in lowercase hex, read as a stream (files can be large audio). */
export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/**
 * Every regular file under `dir` with its size and SHA-256, paths relative to `dir` with forward
 * slashes, sorted; an absent folder has none.
 */
export async function describeFiles(dir: string): Promise<BackupManifest['media']> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return []
    throw error
  })
  const files = entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
  const described = []
  for (const file of files.sort()) {
    described.push({
      path: path.relative(dir, file).split(path.sep).join('/'),
      bytes: (await stat(file)).size,
      sha256: await sha256Of(file),
    })
  }
  return described
}
