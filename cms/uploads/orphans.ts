import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

import type { Payload, SanitizedCollectionConfig } from 'payload'

/** Files and documents that disagree, as `collection/file name`. */
export type FileAudit = { orphans: string[]; missing: string[] }

/** What an upload document says of its files. */
export type Stored = {
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | undefined> | null
}

/** The upload collections with the folder each stores its files in. */
export const uploadCollections = (payload: Payload): { collection: SanitizedCollectionConfig; dir: string }[] =>
  payload.config.collections.flatMap((collection) =>
    collection.upload?.staticDir ? [{ collection, dir: collection.upload.staticDir }] : [],
  )

/** The file names of an upload document: its file and each of its image sizes. */
export const namesOf = (doc: Stored): string[] => [
  ...(doc.filename ? [doc.filename] : []),
  ...Object.values(doc.sizes ?? {}).flatMap((size) => (size?.filename ? [size.filename] : [])),
]

/** Every file name the documents of an upload collection refer to (their image sizes included; upload
 * collections keep no versions, so the documents are all there is). */
export async function referencedNames(payload: Payload, collection: SanitizedCollectionConfig): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: collection.slug,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  return new Set((docs as Stored[]).flatMap(namesOf))
}

const filesIn = async (dir: string) =>
  existsSync(dir) ? (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name) : []

/**
 * Compares each upload collection's folder with its documents: files no document refers to
 * (`orphans`), and names documents refer to that are not on the disk (`missing`).
 */
export async function auditFiles(payload: Payload): Promise<FileAudit> {
  const audit: FileAudit = { orphans: [], missing: [] }
  for (const { collection, dir } of uploadCollections(payload)) {
    const referenced = await referencedNames(payload, collection)
    const present = new Set(await filesIn(dir))
    for (const name of present) if (!referenced.has(name)) audit.orphans.push(`${collection.slug}/${name}`)
    for (const name of referenced) if (!present.has(name)) audit.missing.push(`${collection.slug}/${name}`)
  }
  return audit
}

/**
 * Deletes the uploaded files no document refers to: what an upload cut short (a crash, a full disk,
 * a rolled-back transaction) leaves behind, since files are written before their document commits.
 * Only safe while no upload is in flight: at start, before the servers, or after a failed demo load.
 * @returns the files removed, as `collection/file name`
 */
export async function removeOrphanFiles(payload: Payload): Promise<string[]> {
  const { orphans } = await auditFiles(payload)
  for (const orphan of orphans) {
    const [slug, name] = orphan.split('/') as [string, string]
    const { dir } = uploadCollections(payload).find(({ collection }) => collection.slug === slug)!
    await rm(path.join(dir, name), { force: true })
  }
  return orphans
}

/** Where `quarantineOrphanFiles` puts the files it moves, inside MEDIA_DIR (a rename, never a copy). */
export const QUARANTINE_DIR = '.quarantine'

/**
 * Reconciles each upload folder with its documents at start, before the servers take requests:
 * moves the files no document refers to (a `kill -9` or a power cut between writing an upload's files
 * and committing its document leaves them) to `<mediaDir>/.quarantine/<time>/<collection>/`, where an
 * operator can look at them before deleting them, so that the retried upload gets its usual name.
 * Nothing is deleted, and only files are moved: never run while a server of this hub is running.
 * @returns one English line per finding for the operator (none when files and documents agree)
 */
export async function quarantineOrphanFiles(payload: Payload, mediaDir: string, now = new Date()): Promise<string[]> {
  const { orphans, missing } = await auditFiles(payload)
  const lines: string[] = []
  if (orphans.length > 0) {
    const target = path.join(mediaDir, QUARANTINE_DIR, now.toISOString().replace(/[:.]/g, '-'))
    for (const orphan of orphans) {
      const [slug, name] = orphan.split('/') as [string, string]
      const { dir } = uploadCollections(payload).find(({ collection }) => collection.slug === slug)!
      await mkdir(path.join(target, slug), { recursive: true })
      await rename(path.join(dir, name), path.join(target, slug, name))
    }
    lines.push(
      `Moved ${orphans.length} upload file(s) that no document refers to (left by an interrupted upload) ` +
        `to ${target}; delete them once checked.`,
    )
  }
  if (missing.length > 0)
    lines.push(
      `${missing.length} file(s) that documents refer to are missing from ${mediaDir} ` +
        `(${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ', …' : ''}): visitors get a 404 for them; ` +
        'restore them from a backup or upload them again.',
    )
  return lines
}
