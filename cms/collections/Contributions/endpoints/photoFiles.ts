import path from 'node:path'

import type { PayloadRequest } from 'payload'

import type { Contribution } from '../../../../schemas/payload-types'
import type { SoundFile } from './soundFile'
import { storedFiles } from './storedFiles'

/** A resident's photo, read from the private files of contributions, ready for Payload's `file`. */
export type PhotoFile = SoundFile

/**
 * The photos a contribution came with, in the contributor's order, read from the disk and named
 * `<base>-photo-<n><extension>` (`base` is the article's slug): the intake re-encoded every photo, HEIC included, to a JPEG the Media collection takes. Null when
 * one of them is missing from the disk: the draft is then refused rather than made without it.
 */
export async function contributionPhotos(
  req: PayloadRequest,
  contribution: Contribution,
  base: string,
): Promise<PhotoFile[] | null> {
  const photos = await storedFiles(req, contribution, (mimeType) => mimeType.startsWith('image/'))
  const files: PhotoFile[] = []
  for (const [index, photo] of photos.entries()) {
    if (!photo.data) return null
    const name = `${base}-photo-${index + 1}${path.extname(photo.filename).toLowerCase()}`
    files.push({ data: photo.data, mimetype: photo.mimeType, name, size: photo.data.length })
  }
  return files
}
