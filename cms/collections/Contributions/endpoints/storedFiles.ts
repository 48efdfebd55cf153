import { readFile } from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest } from 'payload'

import { relationId } from '../../../../schemas/relations'
import { slugs } from '../../../../schemas/slugs'
import type { Contribution } from '../../../../schemas/payload-types'
import { uploadDir } from '../../../uploads/servedUpload'

/** One private file of a contribution: its stored name and sniffed type, and its bytes (null when missing from the disk). */
export type StoredFile = { filename: string; mimeType: string; data: Buffer | null }

/**
 * The files a contribution came with whose stored type `accepts` takes, in the order the
 * contributor sent them, read from the private folder of contribution files. A file whose
 * document is gone is skipped; one whose bytes are missing comes with `data: null`, for the
 * caller to refuse. Server code: moderation's endpoint asked for them.
 */
export async function storedFiles(
  req: PayloadRequest,
  contribution: Contribution,
  accepts: (mimeType: string) => boolean,
): Promise<StoredFile[]> {
  const found: StoredFile[] = []
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
    if (!file?.filename || !file.mimeType || !accepts(file.mimeType)) continue
    const data = await readFile(path.join(uploadDir(slugs.contributionFiles), path.basename(file.filename))).catch(
      () => null,
    )
    found.push({ filename: file.filename, mimeType: file.mimeType, data })
  }
  return found
}
