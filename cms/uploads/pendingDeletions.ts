import { existsSync } from 'node:fs'
import { link, mkdir, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import type {
  CollectionBeforeDeleteHook,
  CollectionBeforeOperationHook,
  CollectionConfig,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
  Where,
} from 'payload'

import type { CollectionSlug } from '../../schemas/slugs'

import { namesOf, referencedNames, type Stored, uploadCollections } from './orphans'

/**
 * Payload removes a document's files before the deletion or replacement of that document commits:
 * a crash in between, or a rolled-back transaction, would leave a document whose file is gone.
 * So before it does, each file gets a second name (a hard link, on the same disk, costing no copy)
 * in `<MEDIA_DIR>/.deleting/<collection>/`; once the operation is known to have ended, the files
 * are settled: given back to a document that still refers to them, dropped otherwise.
 */
export const PENDING_DIR = '.deleting'

/** The pending folder of an upload collection stored in `staticDir` (MEDIA_DIR/<collection>). */
const pendingDirOf = (staticDir: string) =>
  path.join(path.dirname(path.resolve(staticDir)), PENDING_DIR, path.basename(staticDir))

/** Gives each file of `doc` its second name in the pending folder (files already gone are skipped). */
async function keepFiles(collection: SanitizedCollectionConfig, doc: Stored): Promise<void> {
  const staticDir = collection.upload?.staticDir
  if (!staticDir) return
  const pending = pendingDirOf(staticDir)
  await mkdir(pending, { recursive: true })
  for (const name of namesOf(doc)) {
    try {
      await link(path.join(staticDir, name), path.join(pending, name))
    } catch (error) {
      // Already kept by an operation still pending, or no file to keep: nothing to give back.
      const code = (error as NodeJS.ErrnoException).code
      if (code !== 'EEXIST' && code !== 'ENOENT') throw error
    }
  }
}

const storedDocs = async (req: PayloadRequest, collection: string, where: Where): Promise<Stored[]> =>
  (
    await req.payload.find({
      collection: collection as CollectionSlug,
      where,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs as Stored[]

/** Before a deletion: the document's files are kept until the deletion is settled. */
export const keepFilesBeforeDelete: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  for (const doc of await storedDocs(req, collection.slug, { id: { equals: id } })) await keepFiles(collection, doc)
}

/** Before an update that brings a new file: the files it replaces are kept until it is settled. */
export const keepFilesBeforeReplace: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' || !req.file) return args
  // An update by id (`updateByID`) or of every document matching `where` (`update`).
  const { id, where } = args as { id?: number | string; where?: Where }
  const replaced = await storedDocs(req, collection.slug, id !== undefined ? { id: { equals: id } } : (where ?? {}))
  for (const doc of replaced) await keepFiles(collection, doc)
  return args
}

/**
 * Adds the keeping hooks to an upload collection, after its own checks (a refused upload replaces
 * nothing); other collections are returned as they are.
 */
export const withPendingDeletions = (collection: CollectionConfig): CollectionConfig =>
  collection.upload
    ? {
        ...collection,
        hooks: {
          ...collection.hooks,
          beforeOperation: [...(collection.hooks?.beforeOperation ?? []), keepFilesBeforeReplace],
          beforeDelete: [...(collection.hooks?.beforeDelete ?? []), keepFilesBeforeDelete],
        },
      }
    : collection

/** What settling found: files given back to their document, and files dropped with theirs. */
export type Settled = { restored: string[]; dropped: string[] }

/**
 * Settles the kept files older than `before` (all of them by default): a file a document still
 * refers to is given back to the collection's folder if it is missing there (its deletion or
 * replacement was rolled back or cut by a crash), and its second name is dropped; a file no
 * document refers to is dropped (its operation committed). Safe at start, before the servers; while
 * they run, only with a `before` older than any transaction can last, so that an operation still in
 * flight is never settled. Age is the file's status-change time, which the second name sets.
 * @returns the files restored and dropped, as `collection/file name`
 */
export async function settlePendingDeletions(payload: Payload, before = new Date(8.64e15)): Promise<Settled> {
  const settled: Settled = { restored: [], dropped: [] }
  for (const { collection, dir } of uploadCollections(payload)) {
    const pending = pendingDirOf(dir)
    if (!existsSync(pending)) continue
    const names = (await readdir(pending, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name)
    if (names.length === 0) continue
    const referenced = await referencedNames(payload, collection)
    for (const name of names) {
      const kept = path.join(pending, name)
      if ((await stat(kept)).ctime >= before) continue
      const home = path.join(dir, name)
      if (referenced.has(name) && !existsSync(home)) {
        await link(kept, home)
        settled.restored.push(`${collection.slug}/${name}`)
      } else if (!referenced.has(name)) settled.dropped.push(`${collection.slug}/${name}`)
      await rm(kept, { force: true })
    }
  }
  return settled
}

/** One English line for the operator about files given back (none when nothing was given back). */
export const describeSettled = ({ restored }: Settled): string[] =>
  restored.length > 0
    ? [
        `Gave back ${restored.length} upload file(s) whose deletion or replacement did not complete ` +
          `(${restored.slice(0, 5).join(', ')}${restored.length > 5 ? ', …' : ''}).`,
      ]
    : []
