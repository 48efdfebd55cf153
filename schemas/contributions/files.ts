import path from 'node:path'

import { sniffType } from '../sniffType'

/**
 * What a resident may send with a contribution, checked on the site (to answer at once) and again
 * by the CMS before anything is stored. The type is read from the bytes (file-type), never from the
 * name or the browser's claim; the name's extension must agree with it.
 */

export const MAX_PHOTOS = 4
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024
export const MAX_AUDIO_BYTES = 12 * 1024 * 1024
/** All files of one contribution together (the site reads beyond it only to keep the text, see readForm.ts). */
export const MAX_TOTAL_BYTES = 15 * 1024 * 1024
/** 40 million pixels (a 48-Mpx phone photo is refused: its owner can send the « 12 Mpx » version). */
export const MAX_PHOTO_PIXELS = 40_000_000
/** A recording of at most 10 minutes. */
export const MAX_AUDIO_SECONDS = 10 * 60

/** Sniffed type → extensions its name may have. */
const PHOTO_TYPES: Record<string, string[]> = {
  'image/jpeg': ['.jpg', '.jpeg'],
  'image/png': ['.png'],
  'image/webp': ['.webp'],
  // iPhone photos: converted to JPEG by the CMS (see prepareFiles), never stored as they came.
  'image/heic': ['.heic', '.heif'],
  'image/heif': ['.heif', '.heic'],
}
const AUDIO_TYPES: Record<string, string[]> = {
  'audio/mpeg': ['.mp3'],
  'audio/x-m4a': ['.m4a', '.mp4'],
  'audio/mp4': ['.m4a', '.mp4'],
  'video/mp4': ['.m4a', '.mp4'],
  'audio/wav': ['.wav'],
  'audio/x-wav': ['.wav'],
  'audio/webm': ['.webm', '.weba'],
  'video/webm': ['.webm', '.weba'],
  'audio/ogg': ['.ogg', '.opus'],
  'audio/opus': ['.ogg', '.opus'],
}

/** How many files of each field a form sent (empty file inputs left out). */
export type FileCounts = { photos: number; audio: number }

/** The total-size refusal, the same on the site and in the CMS. */
export const TOO_LARGE_MESSAGE = `Les fichiers dépassent ${MAX_TOTAL_BYTES / 1024 / 1024} Mo en tout : envoyez moins de fichiers, ou des fichiers plus légers.`

/**
 * The refusal of one file over its own limit (8 MB a photo, 12 MB a recording), or null when it is
 * within it.
 *
 * @param size the file's size in bytes
 */
export function oversizeMessage(role: FileRole, size: number): string | null {
  const limit = role === 'photo' ? MAX_PHOTO_BYTES : MAX_AUDIO_BYTES
  return size > limit
    ? `${role === 'photo' ? 'Photo' : 'Enregistrement'} : le fichier dépasse ${limit / 1024 / 1024} Mo.`
    : null
}

/**
 * What the files of a form lack or have too many of, for the kind of contribution chosen: a photo
 * contribution needs a photo and a recording one its sound (without it there is nothing to
 * moderate); at most {@link MAX_PHOTOS} photos and one recording.
 *
 * @param kind the form's `kind` (any string: an unknown kind asks for nothing)
 * @returns French messages keyed by field (`photos`, `audio`); empty when the counts are right
 */
export function fileCountErrors(kind: unknown, counts: FileCounts): Partial<Record<keyof FileCounts, string>> {
  const errors: Partial<Record<keyof FileCounts, string>> = {}
  if (counts.photos > MAX_PHOTOS) errors.photos = `Photos : ${MAX_PHOTOS} au plus.`
  else if (kind === 'photo' && counts.photos === 0) errors.photos = 'Photos : ajoutez au moins une photo.'
  if (counts.audio > 1) errors.audio = 'Enregistrement : un seul fichier.'
  else if (kind === 'audio' && counts.audio === 0)
    errors.audio = 'Enregistrement : ajoutez votre fichier son, ou enregistrez-vous sur cette page.'
  return errors
}

/** What the form tells residents before they choose files (the same limits the checks apply). */
export const LIMITS_TEXT = {
  photos: `Jusqu’à ${MAX_PHOTOS} photos JPEG, PNG, WebP ou HEIC (iPhone), de ${MAX_PHOTO_BYTES / 1024 / 1024} Mo chacune au plus.`,
  audio: `Un enregistrement MP3, M4A, WAV, WebM ou Opus de ${MAX_AUDIO_BYTES / 1024 / 1024} Mo et ${MAX_AUDIO_SECONDS / 60} minutes au plus.`,
  total: `En tout, ${MAX_TOTAL_BYTES / 1024 / 1024} Mo au plus.`,
} as const

/** Markup anywhere in a photo or a sound: the sign of a polyglot (a file that is also a web page). */
const MARKUP_SIGNATURES = ['<script', '<html', '<svg', '<?php', '<!doctype', '<body', '<iframe', '<?xml']

/** A file name as a browser sends it: no folder, no control or invisible direction characters. */
// Control characters are what this pattern refuses.
// eslint-disable-next-line no-control-regex
const SAFE_NAME = /^[^/\\\u0000-\u001f<>:"|?*\u202a-\u202e\u2066-\u2069]{1,200}$/

/** The allowed types of each field of files: a contribution's photos, and its recording. */
const TYPES_OF = { photo: PHOTO_TYPES, audio: AUDIO_TYPES }
export type FileRole = keyof typeof TYPES_OF
export type SniffedFile = { ok: true; mime: string; extension: string } | { ok: false; message: string }

/** True when the bytes contain an HTML, SVG, XML or PHP opening anywhere (case-insensitive). */
export function containsMarkup(bytes: Uint8Array): boolean {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').toLowerCase()
  return MARKUP_SIGNATURES.some((signature) => text.includes(signature))
}

/**
 * Reads a file's real type from its bytes and checks it against its role and its name.
 *
 * @param bytes the whole file
 * @param name the name the browser sent (only its extension is looked at; the file is stored under another)
 * @returns the sniffed MIME type and the extension to store it with, or a French message saying why not
 */
export async function sniffContributionFile(bytes: Uint8Array, name: string, role: FileRole): Promise<SniffedFile> {
  const label = role === 'photo' ? 'Photo' : 'Enregistrement'
  if (!SAFE_NAME.test(name) || name.includes('..'))
    return {
      ok: false,
      message: `${label} : le nom du fichier contient des caractères interdits ; renommez-le (par exemple photo.jpg).`,
    }
  if (bytes.byteLength === 0) return { ok: false, message: `${label} : le fichier est vide.` }
  const oversize = oversizeMessage(role, bytes.byteLength)
  if (oversize) return { ok: false, message: oversize }
  const sniffed = await sniffType(bytes)
  const allowed = TYPES_OF[role]
  const extensions = sniffed ? allowed[sniffed.mime] : undefined
  if (!sniffed || !extensions)
    return {
      ok: false,
      message:
        role === 'photo'
          ? 'Photo : ce fichier n’est pas une photo JPEG, PNG, WebP ou HEIC.'
          : 'Enregistrement : ce fichier n’est pas un son MP3, M4A, WAV, WebM ou Opus.',
    }
  const extension = path.extname(name).toLowerCase()
  if (!extensions.includes(extension))
    return {
      ok: false,
      message: `${label} : le nom du fichier (${extension || 'sans extension'}) ne correspond pas à son contenu.`,
    }
  if (containsMarkup(bytes))
    return {
      ok: false,
      message: `${label} : ce fichier contient autre chose qu’une ${role === 'photo' ? 'image' : 'piste son'}.`,
    }
  return { ok: true, mime: sniffed.mime, extension: extensions[0]! }
}
