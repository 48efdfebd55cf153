import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { COPY_OF_FIELD } from '../../../../schemas/fields/contributionCopy'
import { type CollectionSlug, slugs } from '../../../../schemas/slugs'
import { uploadDir } from '../../../uploads/servedUpload'

/** An upload document « Créer le brouillon » made: its id, its file's name and those of its resized images. */
export type CopiedUpload = {
  id: number
  filename?: string | null
  sizes?: Record<string, { filename?: string | null } | undefined> | null
}

/**
 * Removes what a rolled-back copy into an upload collection (Audio, Media) may have left: the
 * document when there was no transaction to undo it (its files go with it), or else the files
 * Payload wrote to the disk before the database rolled back, resized images included. Never
 * throws: it runs while another error is being answered.
 */
export async function removeCopiedUpload(
  req: PayloadRequest,
  collection: CollectionSlug,
  copied: CopiedUpload,
): Promise<void> {
  const still = await req.payload
    .findByID({ collection, id: copied.id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (still) {
    await req.payload.delete({ collection, id: copied.id, overrideAccess: true }).catch(() => undefined)
    return
  }
  const names = [copied.filename, ...Object.values(copied.sizes ?? {}).map((size) => size?.filename)]
  for (const name of names.filter((value): value is string => Boolean(value)))
    await rm(path.join(uploadDir(collection), path.basename(name)), { force: true }).catch(() => undefined)
}

/**
 * The documents of `collection` (Audio, Media) copied from contribution `contributionId`'s files:
 * « Créer le brouillon » marks each copy with its contribution (`COPY_OF_FIELD`), so they are found
 * even when the draft was given other files or its slug was changed since, and a staff upload whose
 * name merely mentions the contribution is never taken for one.
 */
export async function copiesOf(
  req: PayloadRequest,
  collection: typeof slugs.audio | typeof slugs.media,
  contributionId: number | string,
): Promise<{ id: number; filename: string }[]> {
  const { docs } = await req.payload.find({
    collection,
    where: { [COPY_OF_FIELD]: { equals: contributionId } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return docs.map((doc) => ({ id: doc.id, filename: doc.filename ?? '' }))
}
