import { rm } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

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
 * « Créer le brouillon » names each copy after the draft's first slug, `<title>-contribution-<id>`
 * (and `-photo-<n>` for a photo), and the collection adds a digest of the bytes
 * (`…-contribution-12-0a1b2c3d4e5f.mp3`). Found by that name, they are found even when the draft
 * was given other files or its slug was changed since.
 */
export async function copiesOf(
  req: PayloadRequest,
  collection: typeof slugs.audio | typeof slugs.media,
  contributionId: number | string,
): Promise<{ id: number; filename: string }[]> {
  const marker = `contribution-${contributionId}`
  const { docs } = await req.payload.find({
    collection,
    where: { filename: { like: marker } },
    depth: 0,
    limit: 100,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const copy = new RegExp(`(^|-)${marker}[-.]`)
  return docs
    .filter((doc) => copy.test(doc.filename ?? ''))
    .map((doc) => ({ id: doc.id, filename: doc.filename ?? '' }))
}
