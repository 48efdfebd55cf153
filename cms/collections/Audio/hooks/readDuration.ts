import { parseBuffer } from 'music-metadata'
import type { CollectionBeforeChangeHook } from 'payload'

import type { Audio } from '../../../../schemas/payload-types'
import { fieldRefusal } from '../../../hooks/refusal'

/** Reads the duration from the uploaded file; a file that is not decodable audio is refused. */
export const readDuration: CollectionBeforeChangeHook<Audio> = async ({ data, req }) => {
  if (!req.file) return data
  try {
    const { format } = await parseBuffer(req.file.data, { mimeType: req.file.mimetype, size: req.file.size })
    if (!format.duration) throw new Error('no duration')
    data.duration = Math.round(format.duration * 1000) / 1000
  } catch {
    throw fieldRefusal('audio-unreadable', {
      path: 'file',
      message: 'Ce fichier audio est illisible : envoyez un MP3 ou un M4A valide.',
    })
  }
  return data
}
