import path from 'node:path'

import type { PayloadRequest } from 'payload'

import type { Contribution } from '../../../../schemas/payload-types'
import { storedFiles } from './storedFiles'

/** A resident's recording, read from the private files of contributions, ready for Payload's `file`. */
export type SoundFile = { data: Buffer; mimetype: string; name: string; size: number }

/** Sounds by their sniffed type: an M4A may have been filed as `video/mp4` (an MP4 container). */
const isSound = (mimeType: string) => /^(audio|video)\//.test(mimeType)

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
  const [sound] = await storedFiles(req, contribution, isSound)
  if (!sound?.data) return null
  const name = `${base}${path.extname(sound.filename).toLowerCase()}`
  return { data: sound.data, mimetype: sound.mimeType, name, size: sound.data.length }
}
