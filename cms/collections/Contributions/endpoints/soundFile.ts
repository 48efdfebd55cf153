import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'
import type { Contribution } from '../../../../schemas/payload-types'
import { uploadDir } from '../../../uploads/servedUpload'

/** A resident's recording, read from the private files of contributions, ready for Payload's `file`. */
export type SoundFile = { data: Buffer; mimetype: string; name: string; size: number }

/** Sounds by their sniffed type: an M4A may have been filed as `video/mp4` (an MP4 container). */
const isSound = (mimeType: string | null | undefined) => /^(audio|video)\//.test(mimeType ?? '')

/**
 * The recording a contribution came with (its first sound file), read from the disk, named
 * `<base><extension>` (the stored name's extension: Payload's checks still read the bytes), or null
 * when it has none or its file is missing. Server code: moderation's endpoint asked for it.
 */
export async function contributionSound(
  req: PayloadRequest,
  contribution: Contribution,
  base: string,
): Promise<SoundFile | null> {
  for (const id of (contribution.files ?? []).map(relationId)) {
    if (id === null) continue
    const file = await req.payload.findByID({
      collection: slugs.contributionFiles,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!file?.filename || !isSound(file.mimeType)) continue
    const data = await readFile(path.join(uploadDir(slugs.contributionFiles), path.basename(file.filename))).catch(
      () => null,
    )
    if (!data) return null
    const name = `${base}${path.extname(file.filename).toLowerCase()}`
    return { data, mimetype: file.mimeType!, name, size: data.length }
  }
  return null
}

/**
 * Removes what a rolled-back copy into the Audio collection may have left: the document when there
 * was no transaction to undo it (its file goes with it), or else the file Payload wrote to the disk
 * before the database rolled back. Never throws: it runs while another error is being answered.
 */
export async function removeCopiedSound(req: PayloadRequest, copied: { id: number; filename?: string | null }) {
  const still = await req.payload
    .findByID({ collection: slugs.audio, id: copied.id, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (still) {
    await req.payload.delete({ collection: slugs.audio, id: copied.id, overrideAccess: true }).catch(() => undefined)
    return
  }
  if (copied.filename) await rm(path.join(uploadDir(slugs.audio), path.basename(copied.filename)), { force: true })
}
