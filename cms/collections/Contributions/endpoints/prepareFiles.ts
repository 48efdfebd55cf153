import { parseBuffer } from 'music-metadata'
import sharp, { type Sharp } from 'sharp'

import {
  type FileRole,
  MAX_AUDIO_SECONDS,
  MAX_PHOTO_PIXELS,
  MAX_TOTAL_BYTES,
  sniffContributionFile,
  TOO_LARGE_MESSAGE,
} from '../../../../schemas/contributions/files'
import { heicPixels } from './heicPhoto'
import { decodedSound } from './podcastSound'
import { webmHasVideo } from './webmTracks'

/** The photo types sharp cannot decode by itself (see `heicPixels`). */
const HEIC_TYPES = new Set(['image/heic', 'image/heif'])

/** A file ready to store: checked, re-encoded where it is an image, under a name the server chose. */
export type PreparedFile = { data: Buffer; mimetype: string; name: string; size: number; role: FileRole }
export type PreparedFiles =
  { ok: true; files: PreparedFile[] } | { ok: false; field: FileRole | 'form'; message: string }

const refuse = (field: FileRole | 'form', message: string): PreparedFiles => ({ ok: false, field, message })

/**
 * Decodes a photo within the pixel limit and writes it again as a JPEG: whatever else the original
 * held (EXIF, GPS position, comments, bytes after the image) is left behind. Orientation is applied
 * first, since the tag that carried it goes. A HEIC photo is decoded to pixels first (`heicPixels`),
 * then goes through the same steps.
 */
async function reencodePhoto(bytes: Uint8Array, mime: string): Promise<Buffer | null> {
  const limits = { limitInputPixels: MAX_PHOTO_PIXELS, failOn: 'error', sequentialRead: true } as const
  try {
    let image: Sharp
    if (HEIC_TYPES.has(mime)) {
      const pixels = await heicPixels(bytes, MAX_PHOTO_PIXELS)
      if (!pixels) return null
      image = sharp(pixels.data, { ...limits, raw: { width: pixels.width, height: pixels.height, channels: 4 } })
    } else image = sharp(bytes, limits).rotate()
    return await image
      .resize({ width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer()
  } catch {
    return null
  }
}

const VIDEO_REFUSED = 'Enregistrement : ce fichier contient une vidéo ; envoyez seulement le son.'

/** Reads a recording's container: it must hold sound, no picture track, and last at most 10 minutes. */
async function audioProblem(bytes: Uint8Array, mime: string): Promise<string | null> {
  try {
    const { format } = await parseBuffer(bytes, { mimeType: mime }, { duration: true, skipCovers: true })
    // A real sound stream has a sample rate; a bare container header does not.
    if (!format.sampleRate) return 'Enregistrement : ce fichier son est illisible ou abîmé.'
    if (format.hasVideo) return VIDEO_REFUSED
    if (format.duration !== undefined && format.duration > MAX_AUDIO_SECONDS)
      return `Enregistrement : il dure plus de ${MAX_AUDIO_SECONDS / 60} minutes.`
    return null
  } catch {
    return decodedSoundProblem(bytes)
  }
}

/**
 * The same check by decoding the sound, for what music-metadata cannot read: the WebM browsers
 * record leave their sizes unknown. The decoder reads only the sound, so a WebM's tracks are read
 * first for a video (`webmHasVideo`).
 */
async function decodedSoundProblem(bytes: Uint8Array): Promise<string | null> {
  if (await webmHasVideo(bytes)) return VIDEO_REFUSED
  const decoded = await decodedSound(bytes).catch(() => null)
  if (decoded?.ok) return null
  if (decoded?.reason === 'too-long') return `Enregistrement : il dure plus de ${MAX_AUDIO_SECONDS / 60} minutes.`
  return 'Enregistrement : ce fichier son est illisible ou abîmé.'
}

/**
 * Checks and prepares what a resident sent with a contribution: the total size first, then each
 * file's real type from its bytes, then a decode (photos are re-encoded, recordings are read).
 * How many files each field may have is checked before (`fileCountErrors`).
 *
 * @param photos the `photos` files of the form, without the empty parts of unused file inputs
 * @param audio the `audio` files of the form
 * @param reference the contribution's reference, which the stored names start with
 * @returns the files to store, or the first refusal in French with the field it concerns
 */
export async function prepareFiles(photos: File[], audio: File[], reference: string): Promise<PreparedFiles> {
  const total = [...photos, ...audio].reduce((sum, file) => sum + file.size, 0)
  if (total > MAX_TOTAL_BYTES) return refuse('form', TOO_LARGE_MESSAGE)
  const prepared: PreparedFile[] = []
  const entries = [
    ...photos.map((file) => ({ file, role: 'photo' as const })),
    ...audio.map((file) => ({ file, role: 'audio' as const })),
  ]
  for (const [index, { file, role }] of entries.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer())
    const sniffed = await sniffContributionFile(bytes, file.name, role)
    if (!sniffed.ok) return refuse(role, sniffed.message)
    const name = `${reference.toLowerCase()}-${index + 1}`
    if (role === 'photo') {
      const jpeg = await reencodePhoto(bytes, sniffed.mime)
      if (!jpeg)
        return refuse(
          'photo',
          `Photo : l’image est illisible ou trop grande (${MAX_PHOTO_PIXELS / 1_000_000} millions de pixels au plus).`,
        )
      prepared.push({ data: jpeg, mimetype: 'image/jpeg', name: `${name}.jpg`, size: jpeg.length, role })
    } else {
      const problem = await audioProblem(bytes, sniffed.mime)
      if (problem) return refuse('audio', problem)
      const data = Buffer.from(bytes)
      prepared.push({ data, mimetype: sniffed.mime, name: `${name}${sniffed.extension}`, size: data.length, role })
    }
  }
  return { ok: true, files: prepared }
}
