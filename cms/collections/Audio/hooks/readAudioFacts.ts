import { sniffType } from '../../../../schemas/sniffType'
import { parseBuffer } from 'music-metadata'
import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import type { Audio } from '../../../../schemas/payload-types'
import { fieldRefusal } from '../../../hooks/refusal'

/** What podcast apps all play: MP3 and AAC in an MP4 container (M4A), by the type of the bytes. */
export const PODCAST_AUDIO: ReadonlySet<string> = new Set(['audio/mpeg', 'audio/mp4', 'audio/x-m4a'])

/**
 * Checks an uploaded sound by its bytes (file-type), never by its name or the type the browser
 * sent: anything but MP3 or M4A is refused with a French message saying what to do. Runs before
 * Payload's own type check, whose message is generic.
 */
export const refuseNonPodcastAudio: CollectionBeforeOperationHook = async ({ args, req }) => {
  if (!req.file) return args
  const sniffed = await sniffType(req.file.data)
  if (!sniffed || !PODCAST_AUDIO.has(sniffed.mime)) {
    const found = sniffed ? ` (ce fichier est un ${sniffed.ext.toUpperCase()})` : ''
    throw fieldRefusal('audio-not-mp3-or-m4a', {
      path: 'file',
      message: `Seuls les fichiers MP3 et M4A sont acceptés${found} : exportez l’enregistrement en MP3 ou en M4A puis envoyez-le à nouveau.`,
    })
  }
  return args
}

/**
 * Reads an uploaded sound's duration (seconds) and bitrate (bits per second) with music-metadata;
 * its size in bytes is Payload's `filesize`. Audio that cannot be decoded is refused in French.
 */
export const readAudioFacts: CollectionBeforeChangeHook<Audio> = async ({ data, req }) => {
  if (!req.file) return data
  try {
    const { format } = await parseBuffer(req.file.data, { mimeType: req.file.mimetype, size: req.file.size })
    if (!format.duration) throw new Error('no duration')
    data.duration = Math.round(format.duration * 1000) / 1000
    data.bitrate = format.bitrate ? Math.round(format.bitrate) : null
  } catch {
    throw fieldRefusal('audio-unreadable', {
      path: 'file',
      message: 'Ce fichier audio est illisible : envoyez un MP3 ou un M4A valide.',
    })
  }
  return data
}
