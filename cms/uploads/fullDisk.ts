import { existsSync } from 'node:fs'
import { statfs } from 'node:fs/promises'
import path from 'node:path'

import type { CollectionBeforeOperationHook } from 'payload'

import { refusal } from '../hooks/refusal'

/** What staff read when the uploads folder has no room left. */
export const DISK_FULL_MESSAGE =
  'Le serveur n’a plus assez de place pour enregistrer ce fichier. Rien n’a été enregistré. ' +
  'Prévenez la personne qui s’occupe du hub pour qu’elle libère de l’espace.'

/** Room needed beside the file itself: its image sizes (AVIF and WebP) and the database's growth. */
const MARGIN_BYTES = 1_000_000

/** The free bytes of the disk holding `dir` (or its nearest existing parent). */
async function freeBytes(dir: string): Promise<number> {
  let existing = dir
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing)
  const stats = await statfs(existing)
  return stats.bavail * stats.bsize
}

/**
 * Before an upload: refuses it with a French message (507) when the uploads folder's disk has less
 * room than the file plus a margin, so that nothing starts being written.
 */
export const refuseWhenDiskFull: CollectionBeforeOperationHook = async ({ args, collection, req }) => {
  const dir = collection.upload?.staticDir
  if (!req.file || !dir) return args
  if ((await freeBytes(dir)) < req.file.size + MARGIN_BYTES) throw refusal('disk-full', DISK_FULL_MESSAGE, 507)
  return args
}
